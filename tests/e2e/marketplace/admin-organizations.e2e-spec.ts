import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { createAdmin, registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let admin: SignedInUser;
beforeAll(async () => {
  t = await startTestApp();
  admin = await createAdmin(t);
});
afterAll(() => t.close());

interface Reviewed {
  id: string;
  verified: boolean;
  verifiedAt: string | null;
  members: number;
  publishedJobs: number;
  ownerEmail: string | null;
}

async function page(status: 'pending' | 'verified', query: Record<string, string | number> = {}) {
  const response = await t.http.get('/api/v1/admin/organizations').query({ status, ...query }).set(admin.auth).expect(200);
  return response.body as { items: Reviewed[]; nextCursor: string | null };
}

async function everything(status: 'pending' | 'verified'): Promise<Reviewed[]> {
  const all: Reviewed[] = [];
  let cursor: string | null = null;
  do {
    const next: { items: Reviewed[]; nextCursor: string | null } = await page(status, { limit: 2, ...(cursor ? { cursor } : {}) });
    all.push(...next.items);
    cursor = next.nextCursor;
  } while (cursor);
  return all;
}

describe('the verification queue', () => {
  it('lists waiting organisations oldest first with who runs them, and moves them on verification and back', async () => {
    const owner = await registerUser(t.http, 'employer');
    const first = (await createOrganization(t.http, owner)).id;
    await createPublishedJob(t.http, owner, first);
    const second = (await createOrganization(t.http, await registerUser(t.http, 'employer'))).id;

    const waiting = await everything('pending');
    const ids = waiting.map((o) => o.id);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    expect(waiting.find((o) => o.id === first)).toMatchObject({ verified: false, verifiedAt: null, members: 1, publishedJobs: 1, ownerEmail: owner.email });

    await t.http.post(`/api/v1/admin/organizations/${second}/verify`).set(admin.auth).expect(200);
    await t.http.post(`/api/v1/admin/organizations/${first}/verify`).set(admin.auth).expect(200);
    expect((await everything('pending')).map((o) => o.id)).not.toContain(first);
    const verified = (await everything('verified')).map((o) => o.id);
    expect(verified.indexOf(first)).toBeLessThan(verified.indexOf(second)); // latest verified first

    const revoked = await t.http.delete(`/api/v1/admin/organizations/${first}/verification`).set(admin.auth).expect(200);
    expect(revoked.body).toMatchObject({ id: first, verified: false });
    expect((await everything('pending')).map((o) => o.id)).toContain(first);
  });

  it('takes away what a verified employer could see as soon as the check is revoked', async () => {
    const employer = await registerUser(t.http, 'employer');
    const orgId = (await createOrganization(t.http, employer)).id;
    await t.http.post(`/api/v1/admin/organizations/${orgId}/verify`).set(admin.auth).expect(200);
    const profile = await putProfile(t.http, await registerUser(t.http, 'candidate'), { visibility: 'verified-employers' });
    await t.http.get(`/api/v1/candidates/${profile.id}`).set(employer.auth).expect(200);
    await t.http.delete(`/api/v1/admin/organizations/${orgId}/verification`).set(admin.auth).expect(200);
    expectError(await t.http.get(`/api/v1/candidates/${profile.id}`).set(employer.auth), 404, 'NOT_FOUND');
  });

  it('refuses an unknown status, a bad cursor and an unknown organisation', async () => {
    expectError(await t.http.get('/api/v1/admin/organizations').query({ status: 'everything' }).set(admin.auth), 422, 'VALIDATION_FAILED');
    expectError(await t.http.get('/api/v1/admin/organizations').query({ cursor: 'nonsense' }).set(admin.auth), 422, 'VALIDATION_FAILED');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await t.http.post(`/api/v1/admin/organizations/${unknown}/verify`).set(admin.auth), 404, 'NOT_FOUND');
    expectError(await t.http.delete(`/api/v1/admin/organizations/${unknown}/verification`).set(admin.auth), 404, 'NOT_FOUND');
  });

  it.each(['candidate', 'employer', 'adviser'] as const)('is closed to a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.get('/api/v1/admin/organizations').set(user.auth), 403, 'FORBIDDEN');
  });
});
