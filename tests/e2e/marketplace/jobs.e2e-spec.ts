import { SKILLS } from '@hashidari/taxonomy';
import { buildJob, createJob, createOrganization, createPublishedJob } from '../../factories/marketplace';
import { registerUser, SignedInUser } from '../../factories/users';
import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
let employer: SignedInUser;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp();
  employer = await registerUser(t.http, 'employer');
  orgId = (await createOrganization(t.http, employer)).id;
});
afterAll(() => t.close());

describe('organisations', () => {
  it('makes the creator its owner and shows it only to members', async () => {
    const mine = await t.http.get('/api/v1/organizations/mine').set(employer.auth).expect(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: orgId, myRole: 'owner', verified: false })]);
    const outsider = await registerUser(t.http, 'employer');
    expectError(await t.http.get(`/api/v1/organizations/${orgId}`).set(outsider.auth), 404, 'NOT_FOUND');
    expectError(await t.http.patch(`/api/v1/organizations/${orgId}`).set(outsider.auth).send({ size: 1 }), 404, 'NOT_FOUND');
  });

  it('lets the owner invite a colleague who then can write postings', async () => {
    const colleague = await registerUser(t.http, 'employer');
    const members = await t.http.post(`/api/v1/organizations/${orgId}/members`).set(employer.auth).send({ email: colleague.email }).expect(201);
    expect(members.body.map((m: { email: string; role: string }) => [m.email, m.role])).toEqual([
      [employer.email, 'owner'],
      [colleague.email, 'member'],
    ]);
    await createJob(t.http, colleague, orgId);
    const stranger = await registerUser(t.http, 'employer');
    expectError(await t.http.post(`/api/v1/organizations/${orgId}/members`).set(colleague.auth).send({ email: stranger.email }), 403, 'FORBIDDEN');
    await t.http.delete(`/api/v1/organizations/${orgId}/members/${colleague.id}`).set(employer.auth).expect(204);
    expectError(await t.http.post('/api/v1/jobs').set(colleague.auth).send(buildJob(orgId)), 404, 'NOT_FOUND');
  });

  it('refuses to add someone without an employer account, and refuses bad organisation data', async () => {
    const candidate = await registerUser(t.http, 'candidate');
    expectError(await t.http.post(`/api/v1/organizations/${orgId}/members`).set(employer.auth).send({ email: candidate.email }), 422, 'VALIDATION_FAILED');
    const bad = await t.http.post('/api/v1/organizations').set(employer.auth).send({ names: { fr: 'x' }, country: 'US', jpCategory: 7 });
    expect(expectError(bad, 422, 'VALIDATION_FAILED').details?.map((d) => d.path).sort()).toEqual(['country', 'jpCategory', 'names']);
  });

  it.each(['candidate', 'adviser'] as const)('refuses a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.post('/api/v1/organizations').set(user.auth).send({ names: { en: 'x' }, country: 'KR' }), 403, 'FORBIDDEN');
  });
});

describe('postings', () => {
  it('creates a draft that only members see, then publishes and closes it', async () => {
    const job = await createJob(t.http, employer, orgId);
    expect(job).toMatchObject({ status: 'draft', requiredSkills: ['sales'], preferredSkills: ['excel'], salary: { min: 33_000_000, currency: 'KRW' } });
    expectError(await t.http.get(`/api/v1/jobs/${job.id}`), 404, 'NOT_FOUND');
    await t.http.get(`/api/v1/jobs/${job.id}`).set(employer.auth).expect(200);

    const published = await t.http.post(`/api/v1/jobs/${job.id}/publish`).set(employer.auth).expect(200);
    expect(published.body.status).toBe('published');
    await t.http.get(`/api/v1/jobs/${job.id}`).expect(200);
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/close`).set((await registerUser(t.http, 'employer')).auth), 404, 'NOT_FOUND');
    await t.http.post(`/api/v1/jobs/${job.id}/close`).set(employer.auth).expect(200);
    expectError(await t.http.post(`/api/v1/jobs/${job.id}/publish`).set(employer.auth), 409, 'ILLEGAL_TRANSITION');
    expectError(await t.http.patch(`/api/v1/jobs/${job.id}`).set(employer.auth).send({ city: 'Busan' }), 409, 'CONFLICT');
  });

  it('updates only the fields sent', async () => {
    const job = await createJob(t.http, employer, orgId);
    const updated = await t.http.patch(`/api/v1/jobs/${job.id}`).set(employer.auth).send({ city: 'Busan', preferredSkills: ['엑셀', 'PowerPoint'] }).expect(200);
    expect(updated.body).toMatchObject({ city: 'Busan', requiredSkills: ['sales'], title: { ko: '해외영업원 채용' } });
    expect(updated.body.preferredSkills).toContain('excel');
  });

  it.each([
    [{ salary: { min: 40_000_000, max: 30_000_000, currency: 'KRW', period: 'year' } }, 'salary.max'],
    [{ salary: { min: 4_000_000, currency: 'JPY', period: 'year' } }, 'salary.currency'],
    [{ salary: { min: 1.5, currency: 'KRW', period: 'year' } }, 'salary.min'],
    [{ deadline: '2027-05-01', startDate: '2027-04-01' }, 'deadline'],
    [{ conversionTrack: { toEmploymentType: 'full-time' } }, 'conversionTrack'],
    [{ title: {} }, 'title'],
    [{ employmentType: 'part-time' }, 'employmentType'],
    [{ languageRequirements: [{ test: 'JLPT', level: 'N0' }] }, 'languageRequirements.0.level'],
    [{ bonus: 'yes' }, 'bonus'],
  ])('refuses %j at %s', async (override, path) => {
    const response = await t.http.post('/api/v1/jobs').set(employer.auth).send(buildJob(orgId, override));
    expect(expectError(response, 422, 'VALIDATION_FAILED').details?.map((d) => d.path)).toContain(path);
  });

  it('refuses postings for an organisation the employer does not belong to', async () => {
    const other = await registerUser(t.http, 'employer');
    expectError(await t.http.post('/api/v1/jobs').set(other.auth).send(buildJob(orgId)), 404, 'NOT_FOUND');
    const job = await createJob(t.http, employer, orgId);
    expectError(await t.http.patch(`/api/v1/jobs/${job.id}`).set(other.auth).send({ city: 'Jeju' }), 404, 'NOT_FOUND');
  });

  it('accepts an internship with a conversion track', async () => {
    const job = await createJob(t.http, employer, orgId, {
      employmentType: 'internship',
      salary: { min: 2_200_000, currency: 'KRW', period: 'month' },
      conversionTrack: { toEmploymentType: 'full-time', afterMonths: 6, description: { ko: '평가 후 정규직 전환' } },
    });
    expect(job.conversionTrack).toEqual({ toEmploymentType: 'full-time', afterMonths: 6, description: { ko: '평가 후 정규직 전환' } });
  });

  it.each(['candidate', 'adviser'] as const)('refuses posting by a %s', async (role) => {
    const user = await registerUser(t.http, role);
    expectError(await t.http.post('/api/v1/jobs').set(user.auth).send(buildJob(orgId)), 403, 'FORBIDDEN');
  });

  // The matching walk index carries the scorer's columns (migration AddMatchingWalkIndexes): a posting at
  // every size limit must still fit in one index row.
  it('publishes a posting at every size limit', async () => {
    const longestSkills = [...SKILLS].map((s) => s.id).sort((a, b) => b.length - a.length);
    const job = await createPublishedJob(t.http, employer, orgId, {
      city: '東'.repeat(80),
      requiredSkills: longestSkills.slice(0, 30),
      preferredSkills: longestSkills.slice(30, 60),
      languageRequirements: [
        { test: 'TOPIK', level: 6, date: '2026-01-01' },
        { test: 'JLPT', level: 'N1', date: '2026-01-01' },
        { test: 'BJT', score: 600, date: '2026-01-01' },
        { test: 'TOEIC', score: 990, date: '2026-01-01' },
        { test: 'TOEFL', score: 120, date: '2026-01-01' },
        { test: 'IELTS', score: 9, date: '2026-01-01' },
      ],
    });
    const stored = await t.http.get(`/api/v1/jobs/${job.id}`).expect(200);
    expect(stored.body).toMatchObject({ status: 'published', city: '東'.repeat(80) });
    expect(stored.body.requiredSkills).toHaveLength(30);
    expect(stored.body.preferredSkills).toHaveLength(30);
  });

  it('lists every posting of the organisation to its members only', async () => {
    await createPublishedJob(t.http, employer, orgId);
    const list = await t.http.get(`/api/v1/organizations/${orgId}/jobs`).set(employer.auth).expect(200);
    expect(list.body.length).toBeGreaterThan(1);
    expect(new Set(list.body.map((j: { status: string }) => j.status))).toEqual(new Set(['draft', 'published', 'closed']));
    expectError(await t.http.get(`/api/v1/organizations/${orgId}/jobs`).set((await registerUser(t.http, 'employer')).auth), 404, 'NOT_FOUND');
  });
});

describe('taxonomy pickers', () => {
  it('finds one skill from a word in any of the three languages', async () => {
    for (const q of ['営業', '영업', 'sales']) {
      const response = await t.http.get('/api/v1/taxonomy/skills').query({ q }).expect(200);
      expect(response.body[0]).toMatchObject({ id: 'sales', label: { ja: expect.any(String), ko: expect.any(String), en: expect.any(String) } });
    }
  });

  it('lists occupations with codes on both sides of the crosswalk', async () => {
    const response = await t.http.get('/api/v1/taxonomy/occupations').query({ q: '해외영업', country: 'KR' }).expect(200);
    expect(response.body[0]).toMatchObject({ id: 'overseas-sales-representative', krE7Codes: ['2742'] });
    expect(response.body[0].jpMhlwCodes.length).toBeGreaterThan(0);
  });
});
