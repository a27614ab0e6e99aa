import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-04-15';
const person: PersonFacts = {
  nationality: 'JP',
  currentStatus: 'KR:D-2-2',
  enrollment: { level: 'bachelor', year: 3, gpa: 3.0, institutionType: 'university', country: 'KR', regularSemester: true, inVacation: false },
  languageTests: [{ test: 'TOPIK', level: 4 }],
};
const job: JobFacts = { employmentType: 'part-time', directEmployment: true, weekdayHours: 20, weekendHours: 0, weeklyHours: 20, startDate: '2026-05-01', duties: ['service'] };
const hours = (weekday: number, weekend = 0): JobFacts => ({ weekdayHours: weekday, weekendHours: weekend, weeklyHours: weekday + weekend });
const enrol = (patch: PersonFacts['enrollment']): PersonFacts => ({ enrollment: { ...person.enrollment, ...patch } });
const master = enrol({ level: 'master', year: 1 });

interface Row {
  name: string;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  missing?: string;
  unverified?: boolean;
}

const rows: Row[] = [
  // KR-D2-01 status
  { name: 'KR-D2-01 D-2-2 holder passes', rule: 'KR-D2-01', expected: 'pass' },
  { name: 'KR-D2-01 D-10-1 holder fails', p: { currentStatus: 'KR:D-10-1' }, rule: 'KR-D2-01', expected: 'fail' },
  { name: 'KR-D2-01 missing status names person.currentStatus', p: { currentStatus: undefined }, rule: 'KR-D2-01', expected: 'unknown', missing: 'person.currentStatus' },
  // KR-D2-02 enrolment
  { name: 'KR-D2-02 junior college passes', p: enrol({ institutionType: 'junior-college' }), rule: 'KR-D2-02', expected: 'pass' },
  { name: 'KR-D2-02 language school fails (D-4)', p: enrol({ institutionType: 'language-school' }), rule: 'KR-D2-02', expected: 'fail' },
  { name: 'KR-D2-02 school outside Korea fails', p: enrol({ country: 'JP' }), rule: 'KR-D2-02', expected: 'fail' },
  { name: 'KR-D2-02 missing institution type', p: enrol({ institutionType: undefined }), rule: 'KR-D2-02', expected: 'unknown', missing: 'person.enrollment.institutionType' },
  // KR-D2-PT-01 GPA threshold 2.0
  { name: 'KR-D2-PT-01 GPA 2.0 passes', p: enrol({ gpa: 2.0 }), rule: 'KR-D2-PT-01', expected: 'pass' },
  { name: 'KR-D2-PT-01 GPA 1.99 fails', p: enrol({ gpa: 1.99 }), rule: 'KR-D2-PT-01', expected: 'fail' },
  { name: 'KR-D2-PT-01 missing GPA names the field', p: enrol({ gpa: undefined }), rule: 'KR-D2-PT-01', expected: 'unknown', missing: 'person.enrollment.gpa' },
  // KR-D2-PT-02 regular semester
  { name: 'KR-D2-PT-02 undergraduate in an extended semester fails', p: enrol({ regularSemester: false }), rule: 'KR-D2-PT-02', expected: 'fail' },
  { name: 'KR-D2-PT-02 undergraduate without the semester fact', p: enrol({ regularSemester: undefined }), rule: 'KR-D2-PT-02', expected: 'unknown', missing: 'person.enrollment.regularSemester' },
  { name: 'KR-D2-PT-02 graduate student in completion (수료) passes', p: enrol({ level: 'master', regularSemester: false }), rule: 'KR-D2-PT-02', expected: 'pass' },
  { name: 'KR-D2-PT-02 missing programme level', p: enrol({ level: undefined }), rule: 'KR-D2-PT-02', expected: 'unknown', missing: 'person.enrollment.level' },
  // KR-D2-PT-03 Korean level: years 1-2 need TOPIK 3, years 3-4 TOPIK 4
  { name: 'KR-D2-PT-03 year 2 with TOPIK 3 meets the requirement', p: { ...enrol({ year: 2 }), languageTests: [{ test: 'TOPIK', level: 3 }] }, rule: 'KR-D2-PT-03', expected: 'pass' },
  { name: 'KR-D2-PT-03 year 2 with TOPIK 2 does not: 10 h total cap (KR-D2-PT-07 fails at 20 h)', p: { ...enrol({ year: 2 }), languageTests: [{ test: 'TOPIK', level: 2 }] }, rule: 'KR-D2-PT-07', expected: 'fail' },
  { name: 'KR-D2-PT-03 year 3 with TOPIK 3 does not meet TOPIK 4: KR-D2-PT-07 applies', p: { languageTests: [{ test: 'TOPIK', level: 3 }] }, rule: 'KR-D2-PT-07', expected: 'fail' },
  { name: 'KR-D2-PT-03 year 3 with TOPIK 4 meets: KR-D2-PT-06 applies', rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-03 year 3 KIIP pre-assessment 81 meets', p: { languageTests: [{ test: 'KIIP', score: 81 }] }, rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-03 year 3 KIIP pre-assessment 80 does not', p: { languageTests: [{ test: 'KIIP', score: 80 }] }, rule: 'KR-D2-PT-07', expected: 'fail' },
  { name: 'KR-D2-PT-03 year 1 KIIP pre-assessment 61 meets', p: { ...enrol({ year: 1 }), languageTests: [{ test: 'KIIP', score: 61 }] }, rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-03 year 1 KIIP pre-assessment 60 does not', p: { ...enrol({ year: 1 }), languageTests: [{ test: 'KIIP', score: 60 }] }, rule: 'KR-D2-PT-07', expected: 'fail' },
  { name: 'KR-D2-PT-03 year 3 KIIP stage 4 meets', p: { languageTests: [{ test: 'KIIP', level: 4 }] }, rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-03 associate with TOPIK 3 meets (lower requirement)', p: { ...enrol({ level: 'associate', year: 2 }), languageTests: [{ test: 'TOPIK', level: 3 }] }, rule: 'KR-D2-PT-03', expected: 'pass' },
  { name: 'KR-D2-PT-03 bachelor without year and only TOPIK 3 names person.enrollment.year', p: { ...enrol({ year: undefined }), languageTests: [{ test: 'TOPIK', level: 3 }] }, rule: 'KR-D2-PT-03', expected: 'unknown', missing: 'person.enrollment.year' },
  { name: 'KR-D2-PT-03 no language tests at all names person.languageTests', p: { languageTests: undefined }, rule: 'KR-D2-PT-03', expected: 'unknown', missing: 'person.languageTests' },
  { name: 'KR-D2-PT-03 no tests but within 10 h total is not decisive', p: { languageTests: undefined }, j: hours(10), rule: 'KR-D2-PT-03', expected: 'pass' },
  { name: 'KR-D2-PT-03 English-track test (TOEFL 71) needs review', p: { languageTests: [{ test: 'TOEFL', score: 71 }] }, rule: 'KR-D2-PT-03', expected: 'unknown' },
  { name: 'KR-D2-PT-03 TOEFL 70 is not an alternative: 10 h cap fails', p: { languageTests: [{ test: 'TOEFL', score: 70 }] }, rule: 'KR-D2-PT-07', expected: 'fail' },
  // KR-D2-PT-04 direct employment
  { name: 'KR-D2-PT-04 dispatched work fails', j: { directEmployment: false }, rule: 'KR-D2-PT-04', expected: 'fail' },
  { name: 'KR-D2-PT-04 missing directEmployment', j: { directEmployment: undefined }, rule: 'KR-D2-PT-04', expected: 'unknown', missing: 'job.directEmployment' },
  // KR-D2-PT-05 permission before the start date
  { name: 'KR-D2-PT-05 start the day after evaluation passes', j: { startDate: '2026-04-16' }, rule: 'KR-D2-PT-05', expected: 'pass' },
  { name: 'KR-D2-PT-05 start on the evaluation date needs review', j: { startDate: EVAL }, rule: 'KR-D2-PT-05', expected: 'unknown' },
  { name: 'KR-D2-PT-05 missing start date', j: { startDate: undefined }, rule: 'KR-D2-PT-05', expected: 'unknown', missing: 'job.startDate' },
  // KR-D2-PT-06 undergraduate, Korean met: 25 h weekdays, +5 h UNVERIFIED
  { name: 'KR-D2-PT-06 25 h on weekdays passes', j: hours(25), rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-06 26 h needs review (+5 h trigger UNVERIFIED)', j: hours(26), rule: 'KR-D2-PT-06', expected: 'unknown', unverified: true },
  { name: 'KR-D2-PT-06 30 h needs review (+5 h trigger UNVERIFIED)', j: hours(30), rule: 'KR-D2-PT-06', expected: 'unknown', unverified: true },
  { name: 'KR-D2-PT-06 31 h fails', j: hours(31), rule: 'KR-D2-PT-06', expected: 'fail' },
  { name: 'KR-D2-PT-06 weekends are unlimited (25 + 16)', j: hours(25, 16), rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-06 official vacation is unlimited', p: enrol({ inVacation: true }), j: hours(40), rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-06 40 h without a weekday split names job.weekdayHours', j: { weekdayHours: undefined, weekendHours: undefined, weeklyHours: 40 }, rule: 'KR-D2-PT-06', expected: 'unknown', missing: 'job.weekdayHours' },
  { name: 'KR-D2-PT-06 no hours at all names job.weeklyHours', j: { weekdayHours: undefined, weekendHours: undefined, weeklyHours: undefined }, rule: 'KR-D2-PT-06', expected: 'unknown', missing: 'job.weeklyHours' },
  { name: 'KR-D2-PT-06 over the cap without the vacation fact', p: enrol({ inVacation: undefined }), j: hours(26), rule: 'KR-D2-PT-06', expected: 'unknown', missing: 'person.enrollment.inVacation' },
  { name: 'KR-D2-PT-06 in force from 2023-07-03', evalDate: '2023-07-03', j: { ...hours(20), startDate: '2023-08-01' }, rule: 'KR-D2-PT-06', expected: 'pass' },
  { name: 'KR-D2-PT-06 not encoded on 2023-07-02 (older 20 h regime)', evalDate: '2023-07-02', j: { ...hours(20), startDate: '2023-08-01' }, rule: 'KR-D2-PT-06', expected: 'unknown' },
  // KR-D2-PT-07 undergraduate, Korean not met: 10 h in total
  { name: 'KR-D2-PT-07 10 h in total passes', p: { languageTests: [] }, j: hours(6, 4), rule: 'KR-D2-PT-07', expected: 'pass' },
  { name: 'KR-D2-PT-07 11 h in total fails (weekends count)', p: { languageTests: [] }, j: hours(6, 5), rule: 'KR-D2-PT-07', expected: 'fail' },
  // KR-D2-PT-08 graduate, Korean met: 30 h, +5 h UNVERIFIED
  { name: 'KR-D2-PT-08 30 h passes', p: master, j: hours(30), rule: 'KR-D2-PT-08', expected: 'pass' },
  { name: 'KR-D2-PT-08 31 h needs review', p: master, j: hours(31), rule: 'KR-D2-PT-08', expected: 'unknown', unverified: true },
  { name: 'KR-D2-PT-08 35 h needs review', p: master, j: hours(35), rule: 'KR-D2-PT-08', expected: 'unknown', unverified: true },
  { name: 'KR-D2-PT-08 36 h fails', p: master, j: hours(36), rule: 'KR-D2-PT-08', expected: 'fail' },
  // KR-D2-PT-09 graduate, Korean not met: 15 h in total
  { name: 'KR-D2-PT-09 15 h in total passes', p: { ...master, languageTests: [] }, j: hours(15), rule: 'KR-D2-PT-09', expected: 'pass' },
  { name: 'KR-D2-PT-09 16 h in total fails', p: { ...master, languageTests: [] }, j: hours(16), rule: 'KR-D2-PT-09', expected: 'fail' },
  // KR-D2-PT-11 prohibited fields
  { name: 'KR-D2-PT-11 service duties pass', rule: 'KR-D2-PT-11', expected: 'pass' },
  { name: 'KR-D2-PT-11 D-2-5 research students get no permission', p: { currentStatus: 'KR:D-2-5' }, rule: 'KR-D2-PT-11', expected: 'fail' },
  { name: 'KR-D2-PT-11 manual labour may be construction or manufacturing', j: { duties: ['manual-labour'] }, rule: 'KR-D2-PT-11', expected: 'unknown' },
  { name: 'KR-D2-PT-11 language teaching may be private tutoring', j: { duties: ['language-teaching'] }, rule: 'KR-D2-PT-11', expected: 'unknown' },
  { name: 'KR-D2-PT-11 translation may be professional-visa work', j: { duties: ['translation'] }, rule: 'KR-D2-PT-11', expected: 'unknown' },
  { name: 'KR-D2-PT-11 missing duties', j: { duties: undefined }, rule: 'KR-D2-PT-11', expected: 'unknown', missing: 'job.duties' },
];

describe('KR:D-2:part-time rules', () => {
  it.each(rows)('$name', ({ p, j, evalDate, rule, expected, missing, unverified }) => {
    const result = evaluate('KR:D-2:part-time', evalDate ?? EVAL, { ...person, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
    if (unverified) expect(reasonOf(result, rule)?.unverified).toBe(true);
  });

  it('KR-D2-PT-06 base case: a year-3 student with TOPIK 4 working 20 h is eligible', () => {
    expect(evaluate('KR:D-2:part-time', EVAL, person, job).verdict).toBe('eligible');
  });

  it('KR-D2-PT-07 only the cap that applies is reported', () => {
    const result = evaluate('KR:D-2:part-time', EVAL, person, job);
    expect(outcomeOf(result, 'KR-D2-PT-07')).toBe('absent');
    expect(outcomeOf(result, 'KR-D2-PT-08')).toBe('absent');
    expect(outcomeOf(result, 'KR-D2-PT-09')).toBe('absent');
  });
});
