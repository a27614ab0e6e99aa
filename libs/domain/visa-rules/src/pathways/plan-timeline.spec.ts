import { addDays, DomainError } from '@hashidari/domain-core';
import { isTarget } from '../targets';
import { PATHWAYS } from './pathways';
import { planTimeline, type PlannedStage, type PlanTimeline } from './plan-timeline';

const stage = (plan: PlanTimeline, id: string): PlannedStage => {
  const s = plan.stages.find((x) => x.id === id);
  if (!s) throw new Error(`no stage ${id}`);
  return s;
};
const deadline = (plan: PlanTimeline, stageId: string, id: string) => stage(plan, stageId).deadlines.find((d) => d.id === id);

describe('PATHWAYS', () => {
  it('have unique ids, known targets, and at least two stages each', () => {
    expect(new Set(PATHWAYS.map((p) => p.id)).size).toBe(PATHWAYS.length);
    for (const p of PATHWAYS) {
      expect(p.stages.length).toBeGreaterThanOrEqual(2);
      for (const s of p.stages) expect(isTarget(s.target)).toBe(true);
    }
  });

  it('cover the routes of the brief', () => {
    expect(PATHWAYS.map((p) => p.id)).toEqual(
      expect.arrayContaining(['kr-d2-d10-e7', 'kr-d2-e7', 'kr-h1-e7', 'jp-ryugaku-job-hunting-gijinkoku', 'jp-ryugaku-46', 'jp-wh-gijinkoku']),
    );
  });
});

describe('planTimeline', () => {
  const krInput = {
    startDate: '2022-03-01',
    statusExpiresAt: '2026-03-31',
    graduationDate: '2026-02-20',
    jobStartDate: '2027-03-01',
    stageStarts: { 'd10-internship': '2026-06-01' },
  };

  it('KR-D10-DUR-02 computes the Korean route from graduation (1-year D-10 grant, 3-year cap)', () => {
    const plan = planTimeline('kr-d2-d10-e7', krInput, '2026-03-10');
    expect(stage(plan, 'study')).toMatchObject({ startDate: '2022-03-01', endDate: '2026-02-20' });
    expect(stage(plan, 'job-seeking')).toMatchObject({ startDate: '2026-02-20', endDate: '2027-03-01' });
    expect(deadline(plan, 'job-seeking', 'd10-grant-end')).toMatchObject({ date: '2027-02-20', ruleId: 'KR-D10-DUR-02' });
    expect(deadline(plan, 'job-seeking', 'd10-cap')).toMatchObject({ date: '2029-02-20', ruleId: 'KR-D10-DUR-02' });
    expect(deadline(plan, 'work', 'e7-apply')).toMatchObject({ date: '2027-02-01', unverified: true });
    expect(deadline(plan, 'work', 'e7-first-grant-max')?.date).toBe('2030-03-01');
    expect(stage(plan, 'd2-internship').missingInputs).toEqual(['stageStarts.d2-internship']);
    expect(plan.ruleSetVersion).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it.each([
    { name: 'KR-D10-DUR-01 graduation on 2025-10-28: 6-month grant, 2-year cap', graduationDate: '2025-10-28', grantEnd: '2026-04-28', cap: '2027-10-28', ruleId: 'KR-D10-DUR-01' },
    { name: 'KR-D10-DUR-02 graduation on 2025-10-29: 1-year grant, 3-year cap', graduationDate: '2025-10-29', grantEnd: '2026-10-29', cap: '2028-10-29', ruleId: 'KR-D10-DUR-02' },
  ])('$name', ({ graduationDate, grantEnd, cap, ruleId }) => {
    const plan = planTimeline('kr-d2-d10-e7', { startDate: '2021-09-01', graduationDate }, '2025-09-01');
    expect(deadline(plan, 'job-seeking', 'd10-grant-end')).toMatchObject({ date: grantEnd, ruleId });
    expect(deadline(plan, 'job-seeking', 'd10-cap')).toMatchObject({ date: cap, ruleId });
    expect(stage(plan, 'job-seeking').endDate).toBe(grantEnd);
  });

  it('KR-D10-INT the internship report is due 14 days after the start, and is at risk', () => {
    const plan = planTimeline('kr-d2-d10-e7', krInput, '2026-06-10');
    expect(deadline(plan, 'd10-internship', 'd10-internship-report')).toMatchObject({ date: '2026-06-15', daysLeft: 5, state: 'due-soon', atRisk: true });
    expect(deadline(plan, 'd10-internship', 'd10-internship-max')?.date).toBe('2027-06-01');
  });

  it.each([
    { name: 'due in 30 days is at risk', offset: 30, state: 'due-soon', atRisk: true },
    { name: 'due in 31 days is not', offset: 31, state: 'upcoming', atRisk: false },
    { name: 'due today is at risk', offset: 0, state: 'due-soon', atRisk: true },
    { name: 'already past is at risk', offset: -1, state: 'past', atRisk: true },
  ])('atRisk: $name', ({ offset, state, atRisk }) => {
    const evalDate = '2026-03-01';
    const plan = planTimeline('kr-d2-d10-e7', { ...krInput, statusExpiresAt: addDays(evalDate, offset) }, evalDate);
    expect(deadline(plan, 'job-seeking', 'change-to-d10')).toMatchObject({ state, atRisk });
  });

  it('deadlines of a stage that has already ended are not at risk', () => {
    const plan = planTimeline('kr-d2-d10-e7', krInput, '2026-03-10');
    expect(deadline(plan, 'study', 'd2-expiry')).toMatchObject({ state: 'due-soon', atRisk: false });
    expect(plan.atRiskCount).toBe(1);
  });

  it('JP-TKJ job hunting: renewal after 6 months, end after 12; 技人国 change 1 month before the start (JP-PROC)', () => {
    const plan = planTimeline('jp-ryugaku-job-hunting-gijinkoku', { startDate: '2022-04-01', statusExpiresAt: '2026-04-30', graduationDate: '2026-03-20', jobStartDate: '2026-10-01' }, '2026-03-01');
    expect(deadline(plan, 'job-hunting', 'job-hunting-renewal')?.date).toBe('2026-09-20');
    expect(deadline(plan, 'job-hunting', 'job-hunting-end')?.date).toBe('2027-03-20');
    expect(stage(plan, 'job-hunting').endDate).toBe('2026-10-01');
    expect(deadline(plan, 'work', 'change-application')).toMatchObject({ date: '2026-09-01', ruleId: 'JP-PROC' });
    expect(deadline(plan, 'study', 'part-time-permission-ends')?.date).toBe('2026-03-20');
  });

  it('KR-H1 working holiday → E-7: age deadline, 1-year stay, transition needs review', () => {
    const plan = planTimeline('kr-h1-e7', { startDate: '2026-04-01', birthDate: '2001-05-01', jobStartDate: '2027-04-01' }, '2026-03-01');
    expect(deadline(plan, 'working-holiday', 'apply-before-26')?.date).toBe('2027-04-30');
    expect(deadline(plan, 'working-holiday', 'h1-end')?.date).toBe('2027-04-01');
    expect(plan.needsReview).toBe(true);
    expect(stage(plan, 'work').needsReview?.en).toContain('CCVI');
  });

  it('JP-TK9 internship: COE 3 months ahead, 1 year at most', () => {
    const plan = planTimeline('jp-tk9-gijinkoku', { startDate: '2026-07-01', jobStartDate: '2028-04-01' }, '2026-03-01');
    expect(deadline(plan, 'internship', 'coe-application')?.date).toBe('2026-04-01');
    expect(deadline(plan, 'internship', 'tk9-max')?.date).toBe('2027-07-01');
    expect(deadline(plan, 'work', 'coe-application')?.date).toBe('2028-01-01');
  });

  it('lists the inputs it lacks instead of guessing', () => {
    const plan = planTimeline('jp-ryugaku-46', { startDate: '2023-04-01' }, '2026-03-01');
    expect(stage(plan, 'study').missingInputs).toEqual(expect.arrayContaining(['graduationDate', 'statusExpiresAt']));
    expect(stage(plan, 'work-46').missingInputs).toContain('jobStartDate');
    expect(stage(plan, 'work-46').checklist.length).toBeGreaterThan(0);
  });

  it('rejects an unknown pathway and malformed dates', () => {
    expect(() => planTimeline('nope', { startDate: '2026-01-01' }, '2026-03-01')).toThrow(DomainError);
    expect(() => planTimeline('kr-d2-e7', { startDate: '2026-02-30' }, '2026-03-01')).toThrow(/invalid plan input/);
  });
});
