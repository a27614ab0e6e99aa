import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const EVAL = '2026-07-10';
const person: PersonFacts = {
  currentStatus: 'KR:D-2-2',
  enrollment: { level: 'bachelor', year: 3, gpa: 3.2, institutionType: 'university', country: 'KR', regularSemester: true, inVacation: true },
  languageTests: [{ test: 'TOPIK', level: 4 }],
};
const job: JobFacts = { employmentType: 'internship', curricular: true, directEmployment: true, weeklyHours: 40, weekdayHours: 40, weekendHours: 0, startDate: '2026-07-20', duties: ['marketing'] };
const semester = (patch: PersonFacts['enrollment'] = {}): PersonFacts => ({ enrollment: { ...person.enrollment, inVacation: false, ...patch } });

interface Row {
  name: string;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
}

const rows: Row[] = [
  { name: 'KR-D2-INT-01 credit-bearing field practice needs no permission', rule: 'KR-D2-INT-01', expected: 'pass', verdict: 'eligible' },
  { name: 'KR-D2-INT-01 credit-bearing practice skips the part-time hour caps', rule: 'KR-D2-PT-06', expected: 'absent' },
  { name: 'KR-D2-INT-01 in force from 2023-07-03', evalDate: '2023-07-03', j: { startDate: '2023-07-20' }, rule: 'KR-D2-INT-01', expected: 'pass' },
  { name: 'KR-D2-INT-01 not encoded before 2023-07-03', evalDate: '2023-07-02', j: { startDate: '2023-07-20' }, rule: 'KR-D2-INT-01', expected: 'unknown' },
  { name: 'KR-D2-INT-02 vacation professional internship: allowed, procedure UNVERIFIED', j: { curricular: false }, rule: 'KR-D2-INT-02', expected: 'unknown', verdict: 'needs_review' },
  { name: 'KR-D2-INT-02 allowed from 2023-07-03', evalDate: '2023-07-03', j: { curricular: false, startDate: '2023-07-20' }, rule: 'KR-D2-INT-02', expected: 'unknown' },
  { name: 'KR-D2-INT-02 not allowed on 2023-07-02 (only simple labour before)', evalDate: '2023-07-02', j: { curricular: false, startDate: '2023-07-20' }, rule: 'KR-D2-INT-02', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-D2-INT-03 semester internship not for credit counts as part-time work', p: semester(), j: { curricular: false, ...{ weeklyHours: 20, weekdayHours: 20 } }, rule: 'KR-D2-INT-03', expected: 'pass' },
  { name: 'KR-D2-INT-03 so the 25 h weekday cap applies (40 h fails)', p: semester(), j: { curricular: false }, rule: 'KR-D2-PT-06', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-D2-INT-03 and the GPA rule applies', p: semester({ gpa: 1.5 }), j: { curricular: false, weeklyHours: 20, weekdayHours: 20 }, rule: 'KR-D2-PT-01', expected: 'fail' },
  { name: 'KR-D2-INT-04 whether it is for credit is missing', j: { curricular: undefined }, rule: 'KR-D2-INT-04', expected: 'unknown', missing: 'job.curricular', verdict: 'needs_review' },
  { name: 'KR-D2-INT-04 non-credit internship without the vacation fact', p: semester({ inVacation: undefined }), j: { curricular: false }, rule: 'KR-D2-INT-04', expected: 'unknown', missing: 'person.enrollment.inVacation' },
  { name: 'KR-D2-01 an internship on D-2 needs D-2', p: { currentStatus: 'KR:D-10-1' }, rule: 'KR-D2-01', expected: 'fail' },
];

describe('KR:D-2:internship rules', () => {
  it.each(rows)('$name', ({ p, j, evalDate, rule, expected, verdict, missing }) => {
    const result = evaluate('KR:D-2:internship', evalDate ?? EVAL, { ...person, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
  });
});
