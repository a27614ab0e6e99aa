import { buildProfile, createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { createAdmin, registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET/PUT /candidates/me', () => {
  it('starts empty, then stores the whole profile with skills mapped to the taxonomy', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    const empty = await t.http.get('/api/v1/candidates/me').set(candidate.auth).expect(200);
    expect(empty.body).toMatchObject({ education: [], skills: [], visibility: 'private', completeness: { percent: 0 } });

    const saved = await putProfile(t.http, candidate, { skills: ['営業', '영업', 'Excel', 'underwater basket weaving'] });
    expect(saved.id).toBe(empty.body.id);
    expect(saved.skills).toEqual(['sales', 'excel']);
    expect(saved.otherSkills).toEqual(['underwater basket weaving']);
    expect(saved).toMatchObject({ nationality: 'JP', currentStatus: 'KR:D-2', completeness: { percent: 100, missing: [] } });

    const again = await t.http.get('/api/v1/candidates/me').set(candidate.auth).expect(200);
    expect(again.body.education[0]).toMatchObject({ level: 'bachelor', field: 'business administration', gpa: 3.4 });
  });

  it('reports what is missing from a partial profile', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    const saved = await putProfile(t.http, candidate, { experience: [], languageTests: [] });
    expect(saved.completeness).toEqual({ percent: 71, missing: ['languages', 'experience'] });
  });

  it.each([
    [{ education: [{ level: 'kindergarten' }] }, 'education.0.level'],
    [{ birthDate: '2001-02-30' }, 'birthDate'],
    [{ currentStatus: 'D-2' }, 'currentStatus'],
    [{ languageTests: [{ test: 'JLPT', level: 'N7' }] }, 'languageTests.0.level'],
    [{ languageTests: [{ test: 'TOPIK', level: 9 }] }, 'languageTests.0.level'],
    [{ languageTests: [{ test: 'BJT' }] }, 'languageTests.0.score'],
    [{ wishes: { salaryFloor: { amount: 1.5, currency: 'KRW', period: 'year' } } }, 'wishes.salaryFloor.amount'],
    [{ wishes: { countries: ['US'] } }, 'wishes.countries'],
    [{ visibility: 'everyone' }, 'visibility'],
    [{ favouriteColour: 'blue' }, 'favouriteColour'],
    [{ education: [{ level: 'bachelor', secret: 1 }] }, 'education.0.secret'],
  ])('refuses %j with a detail at %s and changes nothing', async (override, path) => {
    const candidate = await registerUser(t.http, 'candidate');
    const before = await putProfile(t.http, candidate);
    const response = await t.http.put('/api/v1/candidates/me').set(candidate.auth).send(buildProfile(override));
    const error = expectError(response, 422, 'VALIDATION_FAILED');
    expect(error.details?.map((d) => d.path)).toContain(path);
    const after = await t.http.get('/api/v1/candidates/me').set(candidate.auth).expect(200);
    expect(after.body.updatedAt).toBe(before.updatedAt);
  });

  it.each(['employer', 'adviser'] as const)('refuses a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.get('/api/v1/candidates/me').set(user.auth), 403, 'FORBIDDEN');
    expectError(await t.http.put('/api/v1/candidates/me').set(user.auth).send(buildProfile()), 403, 'FORBIDDEN');
  });
});

describe('GET /candidates/:id under the candidate’s consent', () => {
  let admin: SignedInUser;
  let verifiedEmployer: SignedInUser;
  let unverifiedEmployer: SignedInUser;
  let verifiedOrgId: string;

  beforeAll(async () => {
    admin = await createAdmin(t);
    verifiedEmployer = await registerUser(t.http, 'employer');
    verifiedOrgId = (await createOrganization(t.http, verifiedEmployer)).id;
    await t.http.post(`/api/v1/admin/organizations/${verifiedOrgId}/verify`).set(admin.auth).expect(200);
    unverifiedEmployer = await registerUser(t.http, 'employer');
    await createOrganization(t.http, unverifiedEmployer);
  });

  async function candidateWith(visibility: string) {
    const candidate = await registerUser(t.http, 'candidate');
    const profile = await putProfile(t.http, candidate, { visibility });
    return { candidate, profileId: profile.id };
  }

  it.each([
    ['verified-employers', 'verified employer', 200],
    ['verified-employers', 'unverified employer', 404],
    ['applied', 'verified employer', 404],
    ['private', 'verified employer', 404],
  ])('a %s profile, seen by a %s: %i', async (visibility, viewer, status) => {
    const { profileId } = await candidateWith(visibility);
    const employer = viewer === 'verified employer' ? verifiedEmployer : unverifiedEmployer;
    expect((await t.http.get(`/api/v1/candidates/${profileId}`).set(employer.auth)).status).toBe(status);
  });

  it.each([
    ['applied', 200],
    ['verified-employers', 200],
    ['private', 404],
  ])('a %s profile is seen by an employer it applied to: %i, and the applicant list says so', async (visibility, status) => {
    const { candidate, profileId } = await candidateWith(visibility);
    const job = await createPublishedJob(t.http, unverifiedEmployer, (await createOrganization(t.http, unverifiedEmployer)).id);
    await t.http.post(`/api/v1/jobs/${job.id}/applications`).set(candidate.auth).send({}).expect(201);
    expect((await t.http.get(`/api/v1/candidates/${profileId}`).set(unverifiedEmployer.auth)).status).toBe(status);
    const applicants = await t.http.get('/api/v1/applications').query({ jobId: job.id }).set(unverifiedEmployer.auth).expect(200);
    expect(applicants.body.items.map((a: { candidate: unknown }) => a.candidate)).toEqual([{ id: profileId, displayName: expect.any(String), profileVisible: status === 200 }]);
  });

  it('lets an adviser see a profile only while the consent stands, and logs every view', async () => {
    const { candidate, profileId } = await candidateWith('private');
    const adviser = await registerUser(t.http, 'adviser');
    expectError(await t.http.get(`/api/v1/candidates/${profileId}`).set(adviser.auth), 404, 'NOT_FOUND');
    await t.http.post('/api/v1/candidates/me/advisers').set(candidate.auth).send({ adviserEmail: adviser.email }).expect(201);
    await t.http.get(`/api/v1/candidates/${profileId}`).set(adviser.auth).expect(200);
    await t.http.delete(`/api/v1/candidates/me/advisers/${adviser.id}`).set(candidate.auth).expect(204);
    expectError(await t.http.get(`/api/v1/candidates/${profileId}`).set(adviser.auth), 404, 'NOT_FOUND');

    const exported = await t.http.get('/api/v1/me/export').set(candidate.auth).expect(200);
    expect(exported.body.accessLog).toEqual([expect.objectContaining({ viewerId: adviser.id, viewerRole: 'adviser', purpose: 'profile-view' })]);
    expect(exported.body.advisersWithAccess).toEqual([expect.objectContaining({ adviserId: adviser.id, revokedAt: expect.any(String) })]);
  });

  it('refuses candidates and admins, and answers 404 for an unknown or malformed id', async () => {
    const { profileId } = await candidateWith('verified-employers');
    const other = await registerUser(t.http, 'candidate');
    expectError(await t.http.get(`/api/v1/candidates/${profileId}`).set(other.auth), 403, 'FORBIDDEN');
    expectError(await t.http.get(`/api/v1/candidates/${profileId}`).set(admin.auth), 403, 'FORBIDDEN');
    expectError(await t.http.get('/api/v1/candidates/00000000-0000-4000-8000-000000000000').set(verifiedEmployer.auth), 404, 'NOT_FOUND');
    expectError(await t.http.get('/api/v1/candidates/not-a-uuid').set(verifiedEmployer.auth), 404, 'NOT_FOUND');
  });

  it('refuses consent for an address that is not an adviser', async () => {
    const { candidate } = await candidateWith('private');
    const employer = await registerUser(t.http, 'employer');
    const response = await t.http.post('/api/v1/candidates/me/advisers').set(candidate.auth).send({ adviserEmail: employer.email });
    expect(expectError(response, 422, 'VALIDATION_FAILED').details).toEqual([{ path: 'adviserEmail', issue: 'no adviser account has this e-mail' }]);
  });
});
