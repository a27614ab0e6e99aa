import { addDays, marketDay } from '@hashidari/domain-core';
import { createOrganization, createPublishedJob, putProfile } from '../../factories/marketplace';
import { createAdmin, registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
let orgId: string;
const ids: Record<string, string> = {};
/** A date n days after the day the suite runs: the postings stay open whenever it runs. */
const inDays = (n: number) => addDays(marketDay(new Date()), n);

beforeAll(async () => {
  t = await startTestApp();
  const admin = await createAdmin(t);
  employer = await registerUser(t.http, 'employer');
  orgId = (await createOrganization(t.http, employer)).id;
  await t.http.post(`/api/v1/admin/organizations/${orgId}/verify`).set(admin.auth).expect(200);
  const dates = { startDate: inDays(22), deadline: inDays(12) };
  ids.sales = (await createPublishedJob(t.http, employer, orgId, { ...dates, title: { ko: '해외영업원' }, requiredSkills: ['sales'], preferredSkills: ['excel'] })).id;
  ids.dev = (await createPublishedJob(t.http, employer, orgId, { ...dates, title: { ko: '백엔드 개발자' }, occupationCode: '2223', requiredSkills: ['java', 'sql'], preferredSkills: [] })).id;
  const jpEmployer = await registerUser(t.http, 'employer');
  const jpOrg = (await createOrganization(t.http, jpEmployer, { names: { ja: 'あおば商事' }, country: 'JP', jpCategory: 3 })).id;
  ids.japan = (await createPublishedJob(t.http, jpEmployer, jpOrg, {
    ...dates,
    country: 'JP',
    city: 'Tokyo',
    occupationCode: '048',
    title: { ja: '海外営業担当' },
    salary: { min: 4_000_000, max: 5_000_000, currency: 'JPY', period: 'year' },
    languageRequirements: [{ test: 'JLPT', level: 'N2' }],
  })).id;
});
afterAll(() => t.close());

async function salesCandidate(overrides: Record<string, unknown> = {}) {
  const candidate = await registerUser(t.http, 'candidate');
  const profile = await putProfile(t.http, candidate, {
    skills: ['sales', 'excel'],
    wishes: { countries: ['KR'], employmentTypes: ['full-time'], occupationCodes: ['2742'], salaryFloor: { amount: 30_000_000, currency: 'KRW', period: 'year' }, startFrom: inDays(3) },
    ...overrides,
  });
  return { candidate, profileId: profile.id };
}

describe('GET /matches/jobs', () => {
  it('ranks the postings that fit both ways first, each with a score and the why', async () => {
    const { candidate } = await salesCandidate();
    const response = await t.http.get('/api/v1/matches/jobs').query({ limit: 10 }).set(candidate.auth).expect(200);
    const ranked = response.body.items.map((i: { job: { id: string } }) => i.job.id);
    expect(ranked[0]).toBe(ids.sales);
    expect(ranked).not.toContain(ids.japan); // Japan is not among the wished countries: a hard gate
    const top = response.body.items[0];
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
    const skills = top.explanation.find((e: { factor: string }) => e.factor === 'skills');
    expect(skills.params.matchedRequired).toEqual(['sales']);
    expect(top.visa).toMatchObject({ verdict: expect.any(String), citizen: false });
    expect(top.explanation.every((e: { messageKey: string }) => e.messageKey.startsWith('match.'))).toBe(true);
    // the posting in short: the texts and the posting's visa notes are on GET /jobs/:id
    expect(top.job).toMatchObject({ id: ids.sales, title: expect.any(Object), organization: expect.objectContaining({ verified: true }) });
    expect(top.job).not.toHaveProperty('description');
    expect(top.job).not.toHaveProperty('visaWarnings');
  });

  it('answers an empty list to a candidate without a profile, and refuses other roles', async () => {
    const fresh = await registerUser(t.http, 'candidate');
    expect((await t.http.get('/api/v1/matches/jobs').set(fresh.auth).expect(200)).body.items).toEqual([]);
    expectError(await t.http.get('/api/v1/matches/jobs').set(employer.auth), 403, 'FORBIDDEN');
    expectError(await t.http.get('/api/v1/matches/jobs'), 401, 'UNAUTHENTICATED');
    expectError(await t.http.get('/api/v1/matches/jobs').query({ limit: 500 }).set(fresh.auth), 422, 'VALIDATION_FAILED');
  });
});

describe('GET /jobs/:id/fit', () => {
  it('tells a candidate why not, for a posting they cannot take', async () => {
    const { candidate } = await salesCandidate();
    const fit = await t.http.get(`/api/v1/jobs/${ids.japan}/fit`).set(candidate.auth).expect(200);
    expect(fit.body.gated).toBe(true);
    expect(fit.body.gates.filter((g: { passed: boolean }) => !g.passed).map((g: { gate: string }) => g.gate)).toContain('country-not-wished');
  });
});

describe('GET /jobs/:id/matches', () => {
  it('shows only consenting candidates, best first, and logs each one shown', async () => {
    const { profileId: visible } = await salesCandidate({ displayName: 'Visible' });
    const { profileId: hidden } = await salesCandidate({ displayName: 'Hidden', visibility: 'applied' });
    const response = await t.http.get(`/api/v1/jobs/${ids.sales}/matches`).set(employer.auth).expect(200);
    const shown = response.body.items.map((i: { candidate: { id: string } }) => i.candidate.id);
    expect(response.body.organizationVerified).toBe(true);
    expect(shown).toContain(visible);
    expect(shown).not.toContain(hidden);
    expect(response.body.items[0].explanation.length).toBeGreaterThan(0);
    const [{ count }] = await t.app.get(require('typeorm').DataSource).query(
      `SELECT count(*)::int AS count FROM access_logs WHERE candidate_id = $1 AND purpose = 'match-review'`,
      [visible],
    );
    expect(count).toBe(1);
  });

  it('keeps the employer’s side free of the candidate’s salary floor', async () => {
    await salesCandidate();
    const response = await t.http.get(`/api/v1/jobs/${ids.sales}/matches`).set(employer.auth).expect(200);
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const item of response.body.items) {
      const salary = item.explanation.find((e: { factor: string }) => e.factor === 'salary');
      expect(salary).toMatchObject({ messageKey: expect.stringMatching(/^match\.salary\./), params: { offeredMin: expect.any(Number) } });
      expect(salary.params.floor).toBeUndefined();
      expect(salary.params.shortfallPercent).toBeUndefined();
    }
  });

  it('answers 404 to other employers and 403 to candidates', async () => {
    const other = await registerUser(t.http, 'employer');
    expectError(await t.http.get(`/api/v1/jobs/${ids.sales}/matches`).set(other.auth), 404, 'NOT_FOUND');
    const { candidate } = await salesCandidate();
    expectError(await t.http.get(`/api/v1/jobs/${ids.sales}/matches`).set(candidate.auth), 403, 'FORBIDDEN');
  });

  it('shows an unverified organisation no candidates, and says why', async () => {
    const unverified = await registerUser(t.http, 'employer');
    const job = await createPublishedJob(t.http, unverified, (await createOrganization(t.http, unverified)).id);
    const response = await t.http.get(`/api/v1/jobs/${job.id}/matches`).set(unverified.auth).expect(200);
    expect(response.body).toEqual({ items: [], considered: 0, organizationVerified: false });
  });
});
