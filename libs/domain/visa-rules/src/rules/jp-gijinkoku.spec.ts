import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-04-15';
const person: PersonFacts = {
  nationality: 'KR',
  currentStatus: 'JP:ryugaku',
  location: 'JP',
  education: [{ level: 'bachelor', country: 'KR', institutionType: 'university', graduationDate: '2025-02-20', field: 'economics' }],
  experience: [],
};
const job: JobFacts = { country: 'JP', employmentType: 'full-time', duties: ['marketing', 'sales'], relatedToMajor: true, equalToNationals: true, employer: { jpCategory: 3 } };
const noDegree = (months: number, relatedToJob = true): PersonFacts => ({ education: [], experience: [{ months, relatedToJob }] });

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
  { name: 'JP-GJK-01 specialist duties pass', rule: 'JP-GJK-01', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-GJK-01 simple labour only fails', j: { duties: ['manual-labour', 'service'] }, rule: 'JP-GJK-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-GJK-01 mixed specialist and simple work needs review', j: { duties: ['translation', 'manual-labour'] }, rule: 'JP-GJK-01', expected: 'unknown' },
  { name: 'JP-GJK-01 missing duties', j: { duties: undefined }, rule: 'JP-GJK-01', expected: 'unknown', missing: 'job.duties' },
  // JP-GJK-Q-01 (技術 / 人文知識)
  { name: 'JP-GJK-Q-01 foreign degree in a related major passes', rule: 'JP-GJK-Q-01', expected: 'pass' },
  { name: 'JP-GJK-Q-01 Japanese 専門学校 in a related field passes', p: { education: [{ level: 'associate', country: 'JP', institutionType: 'vocational', graduationDate: '2026-03-20' }] }, j: { duties: ['engineering'] }, rule: 'JP-GJK-Q-01', expected: 'pass' },
  { name: 'JP-GJK-Q-01 a foreign vocational school does not count', p: { education: [{ level: 'associate', country: 'KR', institutionType: 'vocational', graduationDate: '2024-02-20' }] }, j: { duties: ['engineering'] }, rule: 'JP-GJK-Q-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-GJK-Q-01 120 months of related experience passes', p: noDegree(120), j: { duties: ['engineering'] }, rule: 'JP-GJK-Q-01', expected: 'pass' },
  { name: 'JP-GJK-Q-01 119 months of related experience fails', p: noDegree(119), j: { duties: ['engineering'] }, rule: 'JP-GJK-Q-01', expected: 'fail' },
  { name: 'JP-GJK-Q-01 unrelated major: not reported when JP-GJK-Q-02 (translation) passes', j: { relatedToMajor: false, duties: ['translation'] }, rule: 'JP-GJK-Q-01', expected: 'absent' },
  { name: 'JP-GJK-Q-01 unrelated major and no 国際業務 route: both alternatives fail', j: { relatedToMajor: false }, rule: 'JP-GJK-Q-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-GJK-Q-01 missing relatedToMajor names it', j: { relatedToMajor: undefined, duties: ['engineering'] }, rule: 'JP-GJK-Q-01', expected: 'unknown', missing: 'job.relatedToMajor' },
  // JP-GJK-Q-02 (国際業務)
  { name: 'JP-GJK-Q-02 graduate translating needs no experience or major', j: { relatedToMajor: false, duties: ['translation'] }, rule: 'JP-GJK-Q-02', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-GJK-Q-02 marketing with 36 months of related experience passes', p: { experience: [{ months: 36, relatedToJob: true }] }, j: { relatedToMajor: false }, rule: 'JP-GJK-Q-02', expected: 'pass' },
  { name: 'JP-GJK-Q-02 marketing with 35 months fails', p: { experience: [{ months: 35, relatedToJob: true }] }, j: { relatedToMajor: false }, rule: 'JP-GJK-Q-02', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-GJK-Q-02 no 国際業務 duties', p: noDegree(12), j: { duties: ['engineering'] }, rule: 'JP-GJK-Q-02', expected: 'fail' },
  // JP-GJK-Q-03 pay
  { name: 'JP-GJK-Q-03 pay below Japanese nationals fails', j: { equalToNationals: false }, rule: 'JP-GJK-Q-03', expected: 'fail' },
  { name: 'JP-GJK-Q-03 missing equal-pay fact', j: { equalToNationals: undefined }, rule: 'JP-GJK-Q-03', expected: 'unknown', missing: 'job.equalToNationals' },
  { name: 'JP-GJK-Q-03 part-time is not a continuous contract: needs review', j: { employmentType: 'part-time' }, rule: 'JP-GJK-Q-03', expected: 'unknown' },
];

describe('JP:gijinkoku rules', () => {
  it.each(rows)('$name', ({ p, j, rule, expected, verdict, missing }) => {
    const result = evaluate('JP:gijinkoku', EVAL, { ...person, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
  });
});

describe('JP-GJK-DOC / JP-GJK-CAT checklist by employer category', () => {
  const ids = (jpCategory: 1 | 2 | 3 | 4 | null, p: PersonFacts = {}) =>
    evaluate('JP:gijinkoku', EVAL, { ...person, ...p }, { ...job, employer: { jpCategory } }).checklist.map((c) => c.id);

  it('JP-GJK-CAT category 1 needs little beyond the category proof', () => {
    const list = ids(1);
    expect(list).toContain('jp-gjk.category-proof');
    expect(list).not.toContain('jp-gjk.company-registry');
    expect(list).not.toContain('jp-gjk.business-plan');
  });

  it('JP-GJK-DOC category 3 adds the registry, financial statements and CV', () => {
    expect(ids(3)).toEqual(expect.arrayContaining(['jp-gjk.company-registry', 'jp-gjk.financial-statements', 'jp-gjk.cv', 'jp-gjk.reason-for-hiring']));
    expect(ids(3)).not.toContain('jp-gjk.business-plan');
  });

  it('JP-GJK-DOC category 4 adds the business plan and the UNVERIFIED withholding-tax proof', () => {
    const list = evaluate('JP:gijinkoku', EVAL, person, { ...job, employer: { jpCategory: 4 } }).checklist;
    expect(list.map((c) => c.id)).toContain('jp-gjk.business-plan');
    expect(list.find((c) => c.id === 'jp-gjk.no-withholding-return-proof')?.unverified).toBe(true);
  });

  it('JP-GJK-DOC unknown category keeps the conditional items with their condition', () => {
    const list = evaluate('JP:gijinkoku', EVAL, person, { ...job, employer: { jpCategory: null } }).checklist;
    expect(list.find((c) => c.id === 'jp-gjk.business-plan')?.condition?.en).toBe('category 4 only');
  });

  it('JP-GJK-DOC a COE from abroad needs the return envelope, not the residence card', () => {
    const list = ids(2, { currentStatus: 'KR:D-2-2', location: 'KR' });
    expect(list).toContain('jp.coe-application');
    expect(list).toContain('jp-gjk.return-envelope');
    expect(list).not.toContain('jp.residence-card');
  });
});
