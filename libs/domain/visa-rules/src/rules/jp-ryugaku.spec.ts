import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-06-01';
const student: PersonFacts = {
  nationality: 'KR',
  currentStatus: 'JP:ryugaku',
  enrollment: { level: 'bachelor', year: 4, institutionType: 'university', country: 'JP', inVacation: false, finalYear: true, creditsRatio: 0.95 },
};
const job: JobFacts = { employmentType: 'part-time', weeklyHours: 20, dailyHours: 5 };
const enrol = (patch: PersonFacts['enrollment']): PersonFacts => ({ enrollment: { ...student.enrollment, ...patch } });
const paidInternship = (weeklyHours: number): JobFacts => ({ employmentType: 'internship', paid: true, curricular: false, weeklyHours, relatedToMajor: true });

interface Row {
  name: string;
  p?: PersonFacts;
  j?: JobFacts;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
}

const rows: Row[] = [
  { name: 'JP-RYU-01 Student status passes', rule: 'JP-RYU-01', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-RYU-01 other status fails', p: { currentStatus: 'JP:gijinkoku' }, rule: 'JP-RYU-01', expected: 'fail' },
  { name: 'JP-RYU-01 missing status', p: { currentStatus: undefined }, rule: 'JP-RYU-01', expected: 'unknown', missing: 'person.currentStatus' },
  { name: 'JP-RYU-PT-04 not enrolled (no enrolment) needs the fact', p: { enrollment: undefined }, rule: 'JP-RYU-PT-04', expected: 'unknown', missing: 'person.enrollment' },
  { name: 'JP-RYU-PT-01 28 h in 7 days passes', j: { weeklyHours: 28 }, rule: 'JP-RYU-PT-01', expected: 'pass' },
  { name: 'JP-RYU-PT-01 29 h in 7 days fails', j: { weeklyHours: 29 }, rule: 'JP-RYU-PT-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-RYU-PT-01 missing weekly hours', j: { weeklyHours: undefined }, rule: 'JP-RYU-PT-01', expected: 'unknown', missing: 'job.weeklyHours' },
  { name: 'JP-RYU-PT-01 29 h without the vacation fact', p: enrol({ inVacation: undefined }), j: { weeklyHours: 29 }, rule: 'JP-RYU-PT-01', expected: 'unknown', missing: 'person.enrollment.inVacation' },
  { name: 'JP-RYU-PT-02 long vacation: 8 h a day passes (the weekly 28 h does not apply)', p: enrol({ inVacation: true }), j: { weeklyHours: 40, dailyHours: 8 }, rule: 'JP-RYU-PT-02', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-RYU-PT-02 long vacation: 9 h a day fails', p: enrol({ inVacation: true }), j: { weeklyHours: 36, dailyHours: 9 }, rule: 'JP-RYU-PT-02', expected: 'fail' },
  { name: 'JP-RYU-PT-02 long vacation: 41 h in 7 days exceeds the Labour Standards Act bound', p: enrol({ inVacation: true }), j: { weeklyHours: 41, dailyHours: 8 }, rule: 'JP-RYU-PT-02', expected: 'fail' },
  { name: 'JP-RYU-PT-02 long vacation without daily hours', p: enrol({ inVacation: true }), j: { dailyHours: undefined }, rule: 'JP-RYU-PT-02', expected: 'unknown', missing: 'job.dailyHours' },
  { name: 'JP-RYU-PT-02 not reported in semester', rule: 'JP-RYU-PT-02', expected: 'absent' },
  // JP-RYU-INT internships
  { name: 'JP-RYU-INT unpaid curricular internship needs no permission', j: { employmentType: 'internship', paid: false, curricular: true, weeklyHours: 40 }, rule: 'JP-RYU-INT', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-RYU-INT paid internship within 28 h is covered by the blanket permission', j: paidInternship(28), rule: 'JP-RYU-INT', expected: 'pass' },
  { name: 'JP-RYU-INT over 28 h in the final year with 90 % of credits: individual permission', j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-RYU-INT credits 0.89 fail', p: enrol({ creditsRatio: 0.89 }), j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'fail' },
  { name: 'JP-RYU-INT credits 0.90 pass', p: enrol({ creditsRatio: 0.9 }), j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'pass' },
  { name: 'JP-RYU-INT not the final year fails', p: enrol({ finalYear: false }), j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'fail' },
  { name: 'JP-RYU-INT junior-college students get no individual permission', p: enrol({ institutionType: 'junior-college', level: 'associate' }), j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'fail' },
  { name: 'JP-RYU-INT graduate students need no credit ratio', p: { enrollment: { level: 'master', institutionType: 'graduate-school', country: 'JP', inVacation: false, finalYear: true } }, j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'pass' },
  { name: 'JP-RYU-INT unrelated to the major fails', j: { ...paidInternship(35), relatedToMajor: false }, rule: 'JP-RYU-INT', expected: 'fail' },
  { name: 'JP-RYU-INT missing credit ratio names it', p: enrol({ creditsRatio: undefined }), j: paidInternship(35), rule: 'JP-RYU-INT', expected: 'unknown', missing: 'person.enrollment.creditsRatio' },
];

describe('JP:ryugaku:part-time rules', () => {
  it.each(rows)('$name', ({ p, j, rule, expected, verdict, missing }) => {
    const result = evaluate('JP:ryugaku:part-time', EVAL, { ...student, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
  });

  it('JP-RYU-PT-03 the adult-entertainment ban is a checklist step for the employer', () => {
    const item = evaluate('JP:ryugaku:part-time', EVAL, student, job).checklist.find((c) => c.ruleId === 'JP-RYU-PT-03');
    expect(item).toMatchObject({ kind: 'step', provider: 'employer' });
  });

  it('JP-RYU-INT documents appear only for an individual permission', () => {
    const blanket = evaluate('JP:ryugaku:part-time', EVAL, student, job).checklist.map((c) => c.id);
    const individual = evaluate('JP:ryugaku:part-time', EVAL, student, paidInternship(35)).checklist.map((c) => c.id);
    expect(blanket).not.toContain('jp-ryu.host-description');
    expect(individual).toEqual(expect.arrayContaining(['jp-ryu.host-description', 'jp.enrolment-certificate', 'jp.transcript']));
  });
});
