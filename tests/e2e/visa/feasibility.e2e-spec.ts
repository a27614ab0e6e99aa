import type { Response } from 'supertest';
import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  employer = await registerUser(t.http, 'employer');
  const org = (await createOrganization(t.http, employer)).id;
  // Start dates in 2026, where the E-7-1 wage floor is published (31.12 million won from 2026-02-01).
  const dates = { startDate: '2026-09-01', deadline: '2026-08-01' };
  ids.sponsored = (await createPublishedJob(t.http, employer, org, { ...dates, title: { ko: '스폰서 해외영업' } })).id;
  ids.noSponsor = (await createPublishedJob(t.http, employer, org, { ...dates, title: { ko: '비자 지원 없음' }, sponsorship: false })).id;
  ids.lowPay = (await createPublishedJob(t.http, employer, org, { ...dates, title: { ko: '저임금' }, salary: { min: 20_000_000, max: 22_000_000, currency: 'KRW', period: 'year' } })).id;
  ids.unknownFloor = (await createPublishedJob(t.http, employer, org, { startDate: '2028-04-01', deadline: '2028-03-01', title: { ko: '2028년 입사' } })).id;
});
afterAll(() => t.close());

const found = (r: Response) => r.body.items.map((j: { id: string }) => j.id).sort();

describe('GET /jobs?feasible=true', () => {
  it('keeps for a Japanese D-2 student only the postings a documented route reaches', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    await putProfile(t.http, candidate, { nationality: 'JP', currentStatus: 'KR:D-2' });
    const all = await t.http.get('/api/v1/jobs').set(candidate.auth).expect(200);
    expect(all.body.items).toHaveLength(4);
    const feasible = await t.http.get('/api/v1/jobs').query({ feasible: true }).set(candidate.auth).expect(200);
    // the 2028 posting stays: no floor is published for its start date yet, so the rules cannot rule it out
    expect(found(feasible)).toEqual([ids.sponsored, ids.unknownFloor].sort());
  });

  it('keeps everything in Korea for a Korean national', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    await putProfile(t.http, candidate, { nationality: 'KR', currentCountry: 'KR', currentStatus: undefined, statusExpiresAt: undefined });
    const feasible = await t.http.get('/api/v1/jobs').query({ feasible: true, limit: 1 }).set(candidate.auth).expect(200);
    expect(feasible.body.items).toHaveLength(1);
    expect(feasible.body.nextCursor).not.toBeNull();
  });

  it('needs a signed-in candidate', async () => {
    expectError(await t.http.get('/api/v1/jobs').query({ feasible: true }), 422, 'VALIDATION_FAILED');
  });
});

describe('GET /jobs/:id/readiness', () => {
  it('tells the employer what sponsoring will require, and shows warnings on the posting', async () => {
    const readiness = await t.http.get(`/api/v1/jobs/${ids.lowPay}/readiness`).set(employer.auth).expect(200);
    expect(readiness.body.requirements.length).toBeGreaterThan(0);
    expect(readiness.body.warnings.some((w: { ruleId: string }) => w.ruleId.startsWith('KR-E7-W'))).toBe(true);
    const posting = await t.http.get(`/api/v1/jobs/${ids.lowPay}`).expect(200);
    expect(posting.body.visaWarnings).toEqual(readiness.body.warnings);
  });

  it('is for the organisation’s members only', async () => {
    const other = await registerUser(t.http, 'employer');
    expectError(await t.http.get(`/api/v1/jobs/${ids.sponsored}/readiness`).set(other.auth), 404, 'NOT_FOUND');
    const candidate = await registerUser(t.http, 'candidate');
    expectError(await t.http.get(`/api/v1/jobs/${ids.sponsored}/readiness`).set(candidate.auth), 403, 'FORBIDDEN');
  });
});
