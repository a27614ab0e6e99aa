import { createOrganization, createPublishedJob, putProfile } from '../factories/marketplace';
import { createAdmin, registerUser, SignedInUser } from '../factories/users';
import { startTestApp, TestApp } from '../setup/test-app';

/**
 * Who may call what: every route of the contract with every role. The expected status is the one the
 * route answers to that role for a resource the caller has no particular relation to (deny by default);
 * the route's own specs test the owners, consents and bodies in depth.
 */
type Role = 'anonymous' | 'candidate' | 'employer' | 'adviser' | 'admin';
const ROLES: Role[] = ['anonymous', 'candidate', 'employer', 'adviser', 'admin'];

let t: TestApp;
let users: Record<Exclude<Role, 'anonymous'>, SignedInUser>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  users = {
    candidate: await registerUser(t.http, 'candidate'),
    employer: await registerUser(t.http, 'employer'),
    adviser: await registerUser(t.http, 'adviser'),
    admin: await createAdmin(t),
  };
  // Resources owned by people other than the callers above.
  const owner = await registerUser(t.http, 'employer');
  ids.org = (await createOrganization(t.http, owner)).id;
  ids.job = (await createPublishedJob(t.http, owner, ids.org)).id;
  const applicant = await registerUser(t.http, 'candidate');
  ids.profile = (await putProfile(t.http, applicant, { visibility: 'private' })).id;
  ids.application = (await t.http.post(`/api/v1/jobs/${ids.job}/applications`).set(applicant.auth).send({}).expect(201)).body.id;
  const plan = await t.http.post('/api/v1/pathway-plans').set(applicant.auth).send({ pathwayId: 'kr-d2-e7', startDate: '2024-03-01' }).expect(201);
  ids.plan = plan.body.id;
  ids.item = plan.body.items[0].itemId;
});
afterAll(() => t.close());

const anyone = { anonymous: 200, candidate: 200, employer: 200, adviser: 200, admin: 200 };
const signedIn = { anonymous: 401, candidate: 200, employer: 200, adviser: 200, admin: 200 };
const only = (role: Exclude<Role, 'anonymous'>, ok: number, other = 403): Record<Role, number> => ({
  anonymous: 401,
  candidate: other,
  employer: other,
  adviser: other,
  admin: other,
  [role]: ok,
});

interface Row {
  route: string;
  call: (agent: TestApp['http']) => ReturnType<TestApp['http']['get']>;
  expected: Record<Role, number>;
}

const rows: () => Row[] = () => [
  { route: 'GET /health', call: (h) => h.get('/api/v1/health'), expected: anyone },
  { route: 'GET /me', call: (h) => h.get('/api/v1/me'), expected: signedIn },
  { route: 'GET /me/export', call: (h) => h.get('/api/v1/me/export'), expected: signedIn },
  { route: 'GET /admin/users', call: (h) => h.get('/api/v1/admin/users'), expected: only('admin', 200) },
  { route: 'GET /admin/organizations', call: (h) => h.get('/api/v1/admin/organizations'), expected: only('admin', 200) },
  { route: 'POST /admin/organizations/:id/verify', call: (h) => h.post(`/api/v1/admin/organizations/${ids.org}/verify`), expected: only('admin', 200) },
  { route: 'DELETE /admin/organizations/:id/verification', call: (h) => h.delete(`/api/v1/admin/organizations/${ids.org}/verification`), expected: only('admin', 200) },
  { route: 'GET /candidates/me', call: (h) => h.get('/api/v1/candidates/me'), expected: only('candidate', 200) },
  { route: 'PUT /candidates/me', call: (h) => h.put('/api/v1/candidates/me').send({}), expected: only('candidate', 200) },
  { route: 'GET /candidates/:id (private, no relation)', call: (h) => h.get(`/api/v1/candidates/${ids.profile}`), expected: { ...only('employer', 404), adviser: 404 } },
  { route: 'GET /candidates/me/advisers', call: (h) => h.get('/api/v1/candidates/me/advisers'), expected: only('candidate', 200) },
  { route: 'GET /advisers/me/candidates', call: (h) => h.get('/api/v1/advisers/me/candidates'), expected: only('adviser', 200) },
  { route: 'POST /organizations', call: (h) => h.post('/api/v1/organizations').send({}), expected: only('employer', 422) },
  { route: 'GET /organizations/mine', call: (h) => h.get('/api/v1/organizations/mine'), expected: only('employer', 200) },
  { route: 'GET /organizations/:id (not a member)', call: (h) => h.get(`/api/v1/organizations/${ids.org}`), expected: only('employer', 404) },
  { route: 'PATCH /organizations/:id (not a member)', call: (h) => h.patch(`/api/v1/organizations/${ids.org}`).send({ size: 2 }), expected: only('employer', 404) },
  { route: 'GET /organizations/:id/jobs (not a member)', call: (h) => h.get(`/api/v1/organizations/${ids.org}/jobs`), expected: only('employer', 404) },
  { route: 'GET /jobs', call: (h) => h.get('/api/v1/jobs'), expected: anyone },
  { route: 'GET /jobs/:id', call: (h) => h.get(`/api/v1/jobs/${ids.job}`), expected: anyone },
  { route: 'POST /jobs', call: (h) => h.post('/api/v1/jobs').send({}), expected: only('employer', 422) },
  { route: 'PATCH /jobs/:id (not a member)', call: (h) => h.patch(`/api/v1/jobs/${ids.job}`).send({ city: 'Jeju' }), expected: only('employer', 404) },
  { route: 'POST /jobs/:id/publish (not a member)', call: (h) => h.post(`/api/v1/jobs/${ids.job}/publish`), expected: only('employer', 404) },
  { route: 'POST /jobs/:id/close (not a member)', call: (h) => h.post(`/api/v1/jobs/${ids.job}/close`), expected: only('employer', 404) },
  { route: 'GET /jobs/:id/readiness (not a member)', call: (h) => h.get(`/api/v1/jobs/${ids.job}/readiness`), expected: only('employer', 404) },
  { route: 'GET /jobs/:id/matches (not a member)', call: (h) => h.get(`/api/v1/jobs/${ids.job}/matches`), expected: only('employer', 404) },
  { route: 'GET /jobs/:id/fit', call: (h) => h.get(`/api/v1/jobs/${ids.job}/fit`), expected: only('candidate', 200) },
  { route: 'GET /matches/jobs', call: (h) => h.get('/api/v1/matches/jobs'), expected: only('candidate', 200) },
  { route: 'POST /jobs/:id/applications (empty profile applies)', call: (h) => h.post(`/api/v1/jobs/${ids.job}/applications`).send({}), expected: only('candidate', 201) },
  { route: 'GET /applications', call: (h) => h.get('/api/v1/applications'), expected: { ...only('candidate', 200), employer: 200 } },
  { route: 'GET /applications/:id (someone else’s)', call: (h) => h.get(`/api/v1/applications/${ids.application}`), expected: { ...only('candidate', 404), employer: 404 } },
  { route: 'PATCH /applications/:id (someone else’s)', call: (h) => h.patch(`/api/v1/applications/${ids.application}`).send({ status: 'withdrawn' }), expected: { ...only('candidate', 404), employer: 404 } },
  { route: 'POST /visa/eligibility', call: (h) => h.post('/api/v1/visa/eligibility').send({ target: 'KR:H-1', evalDate: '2026-04-01' }), expected: anyone },
  { route: 'GET /visa/pathways', call: (h) => h.get('/api/v1/visa/pathways'), expected: anyone },
  { route: 'GET /visa/rule-set', call: (h) => h.get('/api/v1/visa/rule-set'), expected: anyone },
  { route: 'POST /visa/sponsorship-check', call: (h) => h.post('/api/v1/visa/sponsorship-check').send({ country: 'KR', employmentType: 'full-time', sponsorship: true }), expected: anyone },
  { route: 'GET /pathway-plans', call: (h) => h.get('/api/v1/pathway-plans'), expected: { ...only('candidate', 200), adviser: 422 } },
  { route: 'POST /pathway-plans', call: (h) => h.post('/api/v1/pathway-plans').send({}), expected: only('candidate', 422) },
  { route: 'GET /pathway-plans/:id (someone else’s)', call: (h) => h.get(`/api/v1/pathway-plans/${ids.plan}`), expected: { ...only('candidate', 404), adviser: 404 } },
  { route: 'PATCH /pathway-plans/:id (someone else’s)', call: (h) => h.patch(`/api/v1/pathway-plans/${ids.plan}`).send({ startDate: '2024-04-01' }), expected: only('candidate', 404) },
  { route: 'DELETE /pathway-plans/:id (someone else’s)', call: (h) => h.delete(`/api/v1/pathway-plans/${ids.plan}`), expected: only('candidate', 404) },
  { route: 'PATCH /pathway-plans/:id/items/:itemId (someone else’s)', call: (h) => h.patch(`/api/v1/pathway-plans/${ids.plan}/items/${ids.item}`).send({ status: 'verified' }), expected: { ...only('candidate', 404), adviser: 404 } },
  { route: 'GET /taxonomy/skills', call: (h) => h.get('/api/v1/taxonomy/skills'), expected: anyone },
  { route: 'GET /taxonomy/occupations', call: (h) => h.get('/api/v1/taxonomy/occupations'), expected: anyone },
  { route: 'GET /insights/market', call: (h) => h.get('/api/v1/insights/market'), expected: anyone },
  { route: 'POST /jobs/:id/reports (invalid body)', call: (h) => h.post(`/api/v1/jobs/${ids.job}/reports`).send({}), expected: { ...only('candidate', 422), employer: 422, adviser: 422 } },
  { route: 'GET /admin/jobs', call: (h) => h.get('/api/v1/admin/jobs'), expected: only('admin', 200) },
  { route: 'POST /admin/jobs/:id/takedown (invalid body)', call: (h) => h.post(`/api/v1/admin/jobs/${ids.job}/takedown`).send({}), expected: only('admin', 422) },
  { route: 'POST /admin/jobs/:id/reports/dismiss', call: (h) => h.post(`/api/v1/admin/jobs/${ids.job}/reports/dismiss`), expected: only('admin', 200) },
];

describe('role × route', () => {
  it('answers every role as expected on every route', async () => {
    const mismatches: string[] = [];
    for (const row of rows()) {
      for (const role of ROLES) {
        const request = row.call(t.http);
        if (role !== 'anonymous') request.set(users[role].auth);
        const { status } = await request;
        if (status !== row.expected[role]) mismatches.push(`${row.route} as ${role}: ${status}, expected ${row.expected[role]}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
