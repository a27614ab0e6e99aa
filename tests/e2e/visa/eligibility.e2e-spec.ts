import { expectError } from '../../setup/expect-error';
import { startTestApp, TestApp } from '../../setup/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The example body of PRODUCT.md, completed with the facts an E-7-1 decision needs. */
function e7Request(overrides: { job?: Record<string, unknown>; person?: Record<string, unknown>; evalDate?: string } = {}) {
  return {
    target: 'KR:E-7-1',
    evalDate: overrides.evalDate ?? '2026-04-15',
    person: {
      nationality: 'JP',
      birthDate: '2001-05-01',
      location: 'KR',
      currentStatus: 'KR:D-10-1',
      education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2025-10-01', institution: 'Yonsei University', topUniversity: false }],
      languageTests: [{ test: 'TOPIK', level: 5 }, { test: 'JLPT', level: 'N1' }],
      experience: [],
      priorStatuses: [],
      immigrationViolations: false,
      ...overrides.person,
    },
    job: {
      country: 'KR',
      occupationCode: '2742',
      title: 'Overseas sales',
      salary: { amount: 33_000_000, currency: 'KRW', period: 'year' },
      equalToNationals: true,
      employmentType: 'full-time',
      weeklyHours: 40,
      startDate: '2026-05-01',
      durationMonths: null,
      relatedToMajor: true,
      employer: { koreanInsuredStaff: 30, foreignProfessionalStaff: 2, domesticFocused: false, jpCategory: null },
      ...overrides.job,
    },
  };
}

describe('POST /visa/eligibility', () => {
  it('answers eligible with every reason, its rule id, messages in three languages, the source and the checklist', async () => {
    const response = await t.http.post('/api/v1/visa/eligibility').send(e7Request()).expect(200);
    expect(response.body).toMatchObject({ target: 'KR:E-7-1', verdict: 'eligible', ruleSetVersion: expect.any(String) });
    const wage = response.body.reasons.find((r: { ruleId: string }) => r.ruleId === 'KR-E7-W-04');
    expect(wage).toMatchObject({ outcome: 'pass', message: { en: expect.any(String), ja: expect.any(String), ko: expect.any(String) }, source: expect.any(String) });
    expect(response.body.checklist.length).toBeGreaterThan(3);
    expect(response.body.proposal).toMatchObject({ kind: 'proposal' });
    expect(response.body.proposal).not.toHaveProperty('verdict');
  });

  it('answers not_eligible when the salary is under the E-7-1 floor in force on the date', async () => {
    const response = await t.http.post('/api/v1/visa/eligibility').send(e7Request({ job: { salary: { amount: 25_000_000, currency: 'KRW', period: 'year' } } })).expect(200);
    expect(response.body.verdict).toBe('not_eligible');
    expect(response.body.reasons).toContainEqual(expect.objectContaining({ ruleId: 'KR-E7-W-04', outcome: 'fail' }));
  });

  it('answers needs_review naming each missing fact, never a guess', async () => {
    const response = await t.http.post('/api/v1/visa/eligibility').send({ target: 'KR:E-7-1', evalDate: '2026-04-15' }).expect(200);
    expect(response.body.verdict).toBe('needs_review');
    const missing = response.body.reasons.flatMap((r: { missing?: string[] }) => r.missing ?? []);
    expect(missing).toEqual(expect.arrayContaining(['job.salary', 'job.occupationCode', 'person.education']));
    expect(response.body.reasons.every((r: { outcome: string }) => r.outcome === 'unknown')).toBe(true);
  });

  it('answers for the Japanese side as well', async () => {
    const response = await t.http
      .post('/api/v1/visa/eligibility')
      .send({ target: 'JP:working-holiday', evalDate: '2026-04-15', person: { nationality: 'KR', birthDate: '2002-01-01', location: 'KR', priorStatuses: [] } })
      .expect(200);
    expect(response.body.verdict).toBe('eligible');
    expect(response.body.reasons.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['JP-WH.age', 'JP-WH.nationality']));
  });

  it.each([
    [{ target: 'KR:E-9' }, 'target'],
    [{ evalDate: '2026-13-01' }, 'evalDate'],
    [{ person: { currentStatus: 'D-2' } }, 'person.currentStatus'],
    [{ person: { education: [{ level: 'phd' }] } }, 'person.education.0.level'],
    [{ job: { salary: { amount: -1, currency: 'KRW', period: 'year' } } }, 'job.salary.amount'],
    [{ job: { duties: ['juggling'] } }, 'job.duties'],
    [{ person: { shoeSize: 42 } }, 'person.shoeSize'],
    [{ extra: true }, 'extra'],
  ])('refuses %j with 422 at %s', async (override, path) => {
    const body = { target: 'KR:E-7-1', evalDate: '2026-04-15', ...override };
    const response = await t.http.post('/api/v1/visa/eligibility').send(body);
    expect(expectError(response, 422, 'VALIDATION_FAILED').details?.map((d) => d.path)).toContain(path);
  });
});

describe('GET /visa/pathways and the sponsorship check', () => {
  it('lists both directions with stages, checklists and the proposal beside each stage', async () => {
    const response = await t.http.get('/api/v1/visa/pathways').expect(200);
    const ids = response.body.pathways.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['kr-d2-d10-e7', 'jp-ryugaku-job-hunting-gijinkoku', 'jp-ryugaku-46']));
    expect(response.body.targets).toHaveLength(12);
    const stage = response.body.pathways[0].stages[0];
    expect(stage).toMatchObject({ label: { ja: expect.any(String), ko: expect.any(String), en: expect.any(String) }, proposal: { kind: 'proposal' } });
  });

  it('warns before saving that a salary is below the E-7-1 floor and the code is not an E-7 code', async () => {
    const response = await t.http
      .post('/api/v1/visa/sponsorship-check')
      .send({
        country: 'KR',
        occupationCode: '9999',
        employmentType: 'full-time',
        salary: { min: 20_000_000, max: 22_000_000, currency: 'KRW', period: 'year' },
        startDate: '2026-06-01',
        sponsorship: true,
        employer: { koreanInsuredStaff: 3, foreignProfessionalStaff: 0 },
      })
      .expect(200);
    const ruleIds = response.body.warnings.map((w: { ruleId: string }) => w.ruleId);
    expect(ruleIds.some((id: string) => id.startsWith('KR-E7-W'))).toBe(true);
    expect(ruleIds).toContain('KR-E7-01');
    expect(response.body.requirements.length).toBeGreaterThan(0);
  });
});
