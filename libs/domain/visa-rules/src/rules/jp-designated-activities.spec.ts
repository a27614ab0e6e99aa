import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import type { Target } from '../targets';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-04-15';

// ---- 特定活動9号 ----
const krStudent: PersonFacts = {
  nationality: 'KR',
  birthDate: '2004-03-01',
  location: 'KR',
  currentStatus: 'KR:D-2-2',
  enrollment: { level: 'bachelor', year: 3, institutionType: 'university', country: 'KR' },
  priorStatuses: [],
};
const tk9Job: JobFacts = { employmentType: 'internship', curricular: true, universityContract: true, paid: true, durationMonths: 6, relatedToMajor: true };

// ---- 特定活動（継続就職活動） ----
const jpGraduate: PersonFacts = {
  nationality: 'KR',
  currentStatus: 'JP:ryugaku',
  education: [{ level: 'bachelor', country: 'JP', institutionType: 'university', graduationDate: '2026-03-20' }],
  jobHuntingStartedBeforeGraduation: true,
  schoolRecommendation: true,
};

// ---- 特定活動46号 ----
const tk46Person: PersonFacts = {
  nationality: 'KR',
  currentStatus: 'JP:ryugaku',
  education: [{ level: 'bachelor', country: 'JP', institutionType: 'university', graduationDate: '2026-03-20', field: 'economics' }],
  languageTests: [{ test: 'JLPT', level: 'N1' }],
};
const tk46Job: JobFacts = { employmentType: 'full-time', directEmployment: true, equalToNationals: true, duties: ['customer-communication', 'service'] };

interface Row {
  name: string;
  target: Target;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
  unverified?: boolean;
}

const tk9 = 'JP:tokutei-katsudo:9' as const;
const tkj = 'JP:tokutei-katsudo:job-hunting' as const;
const tk46 = 'JP:tokutei-katsudo:46' as const;

const rows: Row[] = [
  // JP-TK9
  { name: 'JP-TK9.student Korean university student in a degree course', target: tk9, rule: 'JP-TK9.student', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-TK9.student a Japanese school fails', target: tk9, p: { enrollment: { ...krStudent.enrollment, country: 'JP' } }, rule: 'JP-TK9.student', expected: 'fail' },
  { name: 'JP-TK9.student a language school fails', target: tk9, p: { enrollment: { ...krStudent.enrollment, institutionType: 'language-school' } }, rule: 'JP-TK9.student', expected: 'fail' },
  { name: 'JP-TK9.student a foreign junior college needs review', target: tk9, p: { enrollment: { ...krStudent.enrollment, institutionType: 'junior-college' } }, rule: 'JP-TK9.student', expected: 'unknown' },
  { name: 'JP-TK9.student missing enrolment country', target: tk9, p: { enrollment: { ...krStudent.enrollment, country: undefined } }, rule: 'JP-TK9.student', expected: 'unknown', missing: 'person.enrollment.country' },
  { name: 'JP-TK9.age 18 passes', target: tk9, p: { birthDate: '2008-04-15' }, rule: 'JP-TK9.age', expected: 'pass' },
  { name: 'JP-TK9.age 17 fails', target: tk9, p: { birthDate: '2008-04-16' }, rule: 'JP-TK9.age', expected: 'fail' },
  { name: 'JP-TK9.curriculum without a university contract fails', target: tk9, j: { universityContract: false }, rule: 'JP-TK9.curriculum', expected: 'fail' },
  { name: 'JP-TK9.curriculum missing facts', target: tk9, j: { curricular: undefined }, rule: 'JP-TK9.curriculum', expected: 'unknown', missing: 'job.curricular' },
  { name: 'JP-TK9.paid unpaid internships use other statuses', target: tk9, j: { paid: false }, rule: 'JP-TK9.paid', expected: 'fail', verdict: 'not_eligible' },
  { name: 'JP-TK9.duration 12 months passes', target: tk9, j: { durationMonths: 12 }, rule: 'JP-TK9.duration', expected: 'pass' },
  { name: 'JP-TK9.duration 13 months fails (1 year per stay, no renewal)', target: tk9, j: { durationMonths: 13 }, rule: 'JP-TK9.duration', expected: 'fail' },
  { name: 'JP-TK9.duration an earlier stay pushes the total past 1 year: half the programme needs review', target: tk9, p: { priorStatuses: [{ status: 'JP:tokutei-katsudo:9', from: '2025-01-01', to: '2025-07-01' }] }, j: { durationMonths: 12 }, rule: 'JP-TK9.duration', expected: 'unknown' },
  { name: 'JP-TK9.duration missing prior statuses', target: tk9, p: { priorStatuses: undefined }, rule: 'JP-TK9.duration', expected: 'unknown', missing: 'person.priorStatuses' },
  { name: 'JP-TK9.related unrelated duties fail', target: tk9, j: { relatedToMajor: false }, rule: 'JP-TK9.related', expected: 'fail' },
  // JP-TKJ
  { name: 'JP-TKJ.status change from Student passes', target: tkj, rule: 'JP-TKJ.status', expected: 'pass', verdict: 'eligible' },
  { name: 'JP-TKJ.status renewal on Designated Activities passes', target: tkj, p: { currentStatus: 'JP:tokutei-katsudo' }, rule: 'JP-TKJ.status', expected: 'pass' },
  { name: 'JP-TKJ.status from a working holiday fails', target: tkj, p: { currentStatus: 'JP:working-holiday' }, rule: 'JP-TKJ.status', expected: 'fail' },
  { name: 'JP-TKJ.education Japanese-language-school graduates are not eligible', target: tkj, p: { education: [{ level: 'associate', country: 'JP', institutionType: 'language-school', graduationDate: '2026-03-20' }] }, rule: 'JP-TKJ.education', expected: 'fail' },
  { name: 'JP-TKJ.education foreign-university graduates are not eligible', target: tkj, p: { education: [{ level: 'bachelor', country: 'KR', institutionType: 'university', graduationDate: '2026-02-20' }] }, rule: 'JP-TKJ.education', expected: 'fail' },
  { name: 'JP-TKJ.education 専門学校 with the 専門士 title passes', target: tkj, p: { education: [{ level: 'associate', country: 'JP', institutionType: 'vocational', graduationDate: '2026-03-20' }] }, rule: 'JP-TKJ.education', expected: 'pass' },
  { name: 'JP-TKJ.education 専門学校 without a level names it', target: tkj, p: { education: [{ country: 'JP', institutionType: 'vocational', graduationDate: '2026-03-20' }] }, rule: 'JP-TKJ.education', expected: 'unknown', missing: 'person.education[0].level' },
  { name: 'JP-TKJ.started-before-graduation false fails', target: tkj, p: { jobHuntingStartedBeforeGraduation: false }, rule: 'JP-TKJ.started-before-graduation', expected: 'fail' },
  { name: 'JP-TKJ.started-before-graduation missing', target: tkj, p: { jobHuntingStartedBeforeGraduation: undefined }, rule: 'JP-TKJ.started-before-graduation', expected: 'unknown', missing: 'person.jobHuntingStartedBeforeGraduation' },
  { name: 'JP-TKJ.recommendation no school recommendation fails', target: tkj, p: { schoolRecommendation: false }, rule: 'JP-TKJ.recommendation', expected: 'fail' },
  { name: 'JP-TKJ.recommendation missing', target: tkj, p: { schoolRecommendation: undefined }, rule: 'JP-TKJ.recommendation', expected: 'unknown', missing: 'person.schoolRecommendation' },
  { name: 'JP-TKJ.period 12 months after graduation still passes', target: tkj, evalDate: '2027-03-20', p: { currentStatus: 'JP:tokutei-katsudo' }, rule: 'JP-TKJ.period', expected: 'pass' },
  { name: 'JP-TKJ.period 12 months and 1 day after graduation fails', target: tkj, evalDate: '2027-03-21', p: { currentStatus: 'JP:tokutei-katsudo' }, rule: 'JP-TKJ.period', expected: 'fail' },
  { name: 'JP-TKJ.work 28 h a week passes', target: tkj, j: { employmentType: 'part-time', weeklyHours: 28 }, rule: 'JP-TKJ.work', expected: 'pass' },
  { name: 'JP-TKJ.work 29 h a week fails (no vacation extension)', target: tkj, j: { employmentType: 'part-time', weeklyHours: 29 }, rule: 'JP-TKJ.work', expected: 'fail' },
  { name: 'JP-TKJ.work full-time work needs a work status', target: tkj, j: { employmentType: 'full-time', weeklyHours: 40 }, rule: 'JP-TKJ.work', expected: 'fail' },
  // JP-TK46
  { name: 'JP-TK46.degree Japanese bachelor passes', target: tk46, rule: 'JP-TK46.degree', expected: 'pass' },
  { name: 'JP-TK46.degree foreign-university graduates are not eligible', target: tk46, p: { education: [{ level: 'bachelor', country: 'KR', institutionType: 'university', graduationDate: '2025-02-20' }] }, rule: 'JP-TK46.degree', expected: 'fail' },
  { name: 'JP-TK46.degree 専門学校 (高度専門士): sources conflict, UNVERIFIED', target: tk46, p: { education: [{ level: 'bachelor', country: 'JP', institutionType: 'vocational', graduationDate: '2026-03-20' }] }, rule: 'JP-TK46.degree', expected: 'unknown', unverified: true },
  { name: 'JP-TK46.degree junior college: sources conflict, UNVERIFIED', target: tk46, p: { education: [{ level: 'associate', country: 'JP', institutionType: 'junior-college', graduationDate: '2026-03-20' }] }, rule: 'JP-TK46.degree', expected: 'unknown', unverified: true },
  { name: 'JP-TK46.language JLPT N1 passes', target: tk46, rule: 'JP-TK46.language', expected: 'pass' },
  { name: 'JP-TK46.language BJT 480 passes', target: tk46, p: { languageTests: [{ test: 'BJT', score: 480 }] }, rule: 'JP-TK46.language', expected: 'pass' },
  { name: 'JP-TK46.language BJT 479 fails', target: tk46, p: { languageTests: [{ test: 'BJT', score: 479 }] }, rule: 'JP-TK46.language', expected: 'fail' },
  { name: 'JP-TK46.language JLPT N2 fails', target: tk46, p: { languageTests: [{ test: 'JLPT', level: 'N2' }] }, rule: 'JP-TK46.language', expected: 'fail' },
  { name: 'JP-TK46.language a Japanese major may count: needs review', target: tk46, p: { languageTests: [{ test: 'JLPT', level: 'N2' }], education: [{ level: 'bachelor', country: 'JP', institutionType: 'university', graduationDate: '2026-03-20', field: 'Japanese literature' }] }, rule: 'JP-TK46.language', expected: 'unknown' },
  { name: 'JP-TK46.language missing tests', target: tk46, p: { languageTests: undefined }, rule: 'JP-TK46.language', expected: 'unknown', missing: 'person.languageTests' },
  { name: 'JP-TK46.duties are an adviser judgement (needs review)', target: tk46, rule: 'JP-TK46.duties', expected: 'unknown', verdict: 'needs_review' },
  { name: 'JP-TK46.duties only passive manual work fails', target: tk46, j: { duties: ['manual-labour'] }, rule: 'JP-TK46.duties', expected: 'fail' },
  { name: 'JP-TK46.duties missing', target: tk46, j: { duties: undefined }, rule: 'JP-TK46.duties', expected: 'unknown', missing: 'job.duties' },
  { name: 'JP-TK46.employment dispatch fails', target: tk46, j: { directEmployment: false }, rule: 'JP-TK46.employment', expected: 'fail' },
  { name: 'JP-TK46.employment contract work fails', target: tk46, j: { employmentType: 'contract' }, rule: 'JP-TK46.employment', expected: 'fail' },
  { name: 'JP-TK46.employment full-time direct passes', target: tk46, rule: 'JP-TK46.employment', expected: 'pass' },
  { name: 'JP-TK46.pay below Japanese employees fails', target: tk46, j: { equalToNationals: false }, rule: 'JP-TK46.pay', expected: 'fail' },
  { name: 'JP-TK46.pay missing', target: tk46, j: { equalToNationals: undefined }, rule: 'JP-TK46.pay', expected: 'unknown', missing: 'job.equalToNationals' },
];

const BASES: Readonly<Record<string, [PersonFacts, JobFacts]>> = {
  [tk9]: [krStudent, tk9Job],
  [tkj]: [jpGraduate, {}],
  [tk46]: [tk46Person, tk46Job],
};

describe('JP designated activities (9号, job hunting, 46号)', () => {
  it.each(rows)('$name', ({ target, p, j, evalDate, rule, expected, verdict, missing, unverified }) => {
    const [person, job] = BASES[target];
    const result = evaluate(target, evalDate ?? EVAL, { ...person, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
    if (unverified) expect(reasonOf(result, rule)?.unverified).toBe(true);
  });

  it('JP-TKJ checklist: change application from Student, renewal application on Designated Activities', () => {
    const change = evaluate(tkj, EVAL, jpGraduate).checklist.map((c) => c.id);
    const renewal = evaluate(tkj, EVAL, { ...jpGraduate, currentStatus: 'JP:tokutei-katsudo' }).checklist.map((c) => c.id);
    expect(change).toContain('jp.change-application');
    expect(change).not.toContain('jp.extension-application');
    expect(renewal).toContain('jp.extension-application');
    expect(change).toContain('jp-tkj.recommendation');
  });

  it('JP-TK46 checklist items are marked as derived from its conditions', () => {
    const list = evaluate(tk46, EVAL, tk46Person, tk46Job).checklist;
    expect(list.every((c) => c.basis === 'derived' && c.ruleId === 'JP-TK46')).toBe(true);
  });
});
