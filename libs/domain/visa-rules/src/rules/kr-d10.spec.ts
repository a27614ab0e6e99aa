import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

const krBachelor = (graduationDate: string) => [{ level: 'bachelor' as const, country: 'KR', institutionType: 'university' as const, graduationDate }];

const graduate: PersonFacts = {
  nationality: 'JP',
  birthDate: '2001-05-01',
  location: 'KR',
  currentStatus: 'KR:D-2-2',
  education: krBachelor('2026-02-20'),
  languageTests: [{ test: 'TOPIK', level: 4, date: '2025-10-19' }],
  priorStatuses: [],
  immigrationViolations: false,
};
/** On D-10-1 already (an extension), the current grant listed with its start. */
const onD10 = (from: string, patch: PersonFacts = {}): PersonFacts => ({
  ...graduate,
  currentStatus: 'KR:D-10-1',
  priorStatuses: [{ status: 'KR:D-10-1', from }],
  ...patch,
});
const abroadForeign = (education: PersonFacts['education'], patch: PersonFacts = {}): PersonFacts => ({
  ...graduate,
  location: 'JP',
  currentStatus: undefined,
  education,
  ...patch,
});

interface Row {
  name: string;
  p: PersonFacts;
  evalDate: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
  unverified?: boolean;
}

const rows: Row[] = [
  // KR-D10-ELIG-02 points-exempt tracks
  { name: 'KR-D10-ELIG-02 track 1: D-2 graduate of a Korean university, first change', p: graduate, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass', verdict: 'eligible' },
  { name: 'KR-D10-ELIG-02 track 1: before graduation the change is not yet possible', p: { ...graduate, education: krBachelor('2026-08-20') }, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-D10-ELIG-02 track 1: missing graduation date names the field', p: { ...graduate, education: [{ level: 'bachelor', country: 'KR' }] }, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'unknown', missing: 'person.education[0].graduationDate' },
  { name: 'KR-D10-ELIG-02 track 1: from abroad within 1 year rests on one agency source', p: { ...graduate, location: 'JP', currentStatus: undefined, languageTests: [] }, evalDate: '2026-06-01', rule: 'KR-D10-ELIG-02', expected: 'unknown', unverified: true },
  { name: 'KR-D10-ELIG-02 track 2: degree exactly 3 years old with valid TOPIK 4 passes', p: onD10('2025-11-01', { education: krBachelor('2023-03-01'), languageTests: [{ test: 'TOPIK', level: 4, date: '2025-06-01' }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass' },
  { name: 'KR-D10-ELIG-02 track 2: degree 3 years and 1 day old falls to the points track', p: onD10('2025-11-01', { education: krBachelor('2023-03-01'), languageTests: [{ test: 'TOPIK', level: 4, date: '2025-06-01' }] }), evalDate: '2026-03-02', rule: 'KR-D10-ELIG-02', expected: 'absent', verdict: 'needs_review' },
  { name: 'KR-D10-ELIG-02 track 2: TOPIK valid on its second anniversary', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'TOPIK', level: 4, date: '2024-03-01' }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass' },
  { name: 'KR-D10-ELIG-02 track 2: TOPIK expired the day after', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'TOPIK', level: 4, date: '2024-03-01' }] }), evalDate: '2026-03-02', rule: 'KR-D10-ELIG-02', expected: 'absent', verdict: 'needs_review' },
  { name: 'KR-D10-ELIG-02 track 2: TOPIK 3 is not enough', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'TOPIK', level: 3, date: '2025-06-01' }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'absent' },
  { name: 'KR-D10-ELIG-02 track 2: TOPIK without a date names its date', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'TOPIK', level: 5 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'unknown', missing: 'person.languageTests[].date' },
  { name: 'KR-D10-ELIG-02 track 2: KIIP pre-assessment 81 (stage 5 placement) passes', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'KIIP', score: 81 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass' },
  { name: 'KR-D10-ELIG-02 track 2: KIIP pre-assessment 80 does not', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'KIIP', score: 80 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'absent' },
  { name: 'KR-D10-ELIG-02 track 2: KIIP stage 5 (stage-4 mid-test passed) passes', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'KIIP', level: 5 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass' },
  { name: 'KR-D10-ELIG-02 track 2: KIIP stage 4 does not', p: onD10('2025-11-01', { education: krBachelor('2025-02-20'), languageTests: [{ test: 'KIIP', level: 4 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'absent' },
  { name: 'KR-D10-ELIG-02 track 3: Korean-studies major with TOPIK 6 needs review (UNVERIFIED)', p: abroadForeign([{ level: 'bachelor', country: 'US', field: 'Korean studies', graduationDate: '2018-06-01' }], { birthDate: '1998-01-01', languageTests: [{ test: 'TOPIK', level: 6 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'unknown', unverified: true },
  { name: 'KR-D10-ELIG-02 track 3: Korean-studies major with TOPIK 5 is outside the track', p: abroadForeign([{ level: 'bachelor', country: 'US', field: 'Korean studies', graduationDate: '2018-06-01' }], { birthDate: '1998-01-01', languageTests: [{ test: 'TOPIK', level: 5 }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'absent' },
  { name: 'KR-D10-ELIG-02 track 3: top-200 graduate aged 29 needs review (UNVERIFIED details)', p: abroadForeign([{ level: 'bachelor', country: 'US', graduationDate: '2025-06-01', topUniversity: true }], { birthDate: '1997-01-01' }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'unknown', unverified: true },
  { name: 'KR-D10-ELIG-02 track 3: aged 30 is outside the track', p: abroadForeign([{ level: 'bachelor', country: 'US', graduationDate: '2025-06-01', topUniversity: true }], { birthDate: '1996-01-01' }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'absent' },
  { name: 'KR-D10-ELIG-02 track 4: former E-7 holder without a degree', p: abroadForeign([], { priorStatuses: [{ status: 'KR:E-7-1', from: '2022-01-01', to: '2025-12-31' }] }), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-02', expected: 'pass' },
  // KR-D10-ELIG-01 points track (UNVERIFIED table)
  { name: 'KR-D10-ELIG-01 foreign bachelor: points table UNVERIFIED, needs review', p: abroadForeign([{ level: 'bachelor', country: 'US', graduationDate: '2020-06-01' }]), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-01', expected: 'unknown', verdict: 'needs_review', unverified: true },
  { name: 'KR-D10-ELIG-01 foreign associate degree only does not qualify', p: abroadForeign([{ level: 'associate', country: 'US', graduationDate: '2020-06-01' }]), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-D10-ELIG-01 Korean associate degree qualifies for the points track', p: abroadForeign([{ level: 'associate', country: 'KR', graduationDate: '2019-06-01' }]), evalDate: '2026-03-01', rule: 'KR-D10-ELIG-01', expected: 'unknown' },
  { name: 'KR-D10-ELIG-01 not reported when an exempt track passes', p: graduate, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-01', expected: 'absent' },
  // KR-D10-ELIG-03 restrictions
  { name: 'KR-D10-ELIG-03 no violations passes', p: graduate, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-03', expected: 'pass' },
  { name: 'KR-D10-ELIG-03 reported violations need review', p: { ...graduate, immigrationViolations: true }, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-03', expected: 'unknown' },
  { name: 'KR-D10-ELIG-03 missing fact names person.immigrationViolations', p: { ...graduate, immigrationViolations: undefined }, evalDate: '2026-03-01', rule: 'KR-D10-ELIG-03', expected: 'unknown', missing: 'person.immigrationViolations', verdict: 'needs_review' },
  // KR-D10-DUR-01 / -02: the regime changes on 2025-10-29
  { name: 'KR-D10-DUR-01 applies on 2025-10-28 (6-month grants)', p: { ...graduate, education: krBachelor('2025-08-20') }, evalDate: '2025-10-28', rule: 'KR-D10-DUR-01', expected: 'pass' },
  { name: 'KR-D10-DUR-02 does not apply on 2025-10-28', p: { ...graduate, education: krBachelor('2025-08-20') }, evalDate: '2025-10-28', rule: 'KR-D10-DUR-02', expected: 'absent' },
  { name: 'KR-D10-DUR-02 applies from 2025-10-29 (1-year grants, 3-year cap)', p: { ...graduate, education: krBachelor('2025-08-20') }, evalDate: '2025-10-29', rule: 'KR-D10-DUR-02', expected: 'pass' },
  { name: 'KR-D10-DUR-01 does not apply on 2025-10-29', p: { ...graduate, education: krBachelor('2025-08-20') }, evalDate: '2025-10-29', rule: 'KR-D10-DUR-01', expected: 'absent' },
  { name: 'KR-D10-DUR-02 about 35 months used passes', p: onD10('2023-04-10', { education: krBachelor('2023-02-20') }), evalDate: '2026-03-01', rule: 'KR-D10-DUR-02', expected: 'pass' },
  { name: 'KR-D10-DUR-02 36 months used reaches the 3-year cap', p: onD10('2023-03-01', { education: krBachelor('2023-02-20') }), evalDate: '2026-03-01', rule: 'KR-D10-DUR-02', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-D10-DUR-02 current D-10 without its dates names person.priorStatuses', p: { ...graduate, currentStatus: 'KR:D-10-1', priorStatuses: [] }, evalDate: '2026-03-01', rule: 'KR-D10-DUR-02', expected: 'unknown', missing: 'person.priorStatuses' },
  { name: 'KR-D10-DUR-01 24 months used reached the old 2-year cap', p: onD10('2023-05-01', { education: krBachelor('2023-02-20'), priorStatuses: [{ status: 'KR:D-10-1', from: '2023-05-01', to: '2025-11-30' }] }), evalDate: '2025-06-01', rule: 'KR-D10-DUR-01', expected: 'fail' },
  { name: 'KR-D10-DUR-01 extension of a recent Korean graduate within the 2-year cap', p: onD10('2024-09-01', { education: krBachelor('2024-08-20') }), evalDate: '2025-05-01', rule: 'KR-D10-DUR-01', expected: 'pass' },
  { name: 'KR-D10-DUR-01 extension of others had lower caps: needs review', p: onD10('2024-09-01', { education: [{ level: 'bachelor', country: 'US', graduationDate: '2018-06-01' }], languageTests: [] }), evalDate: '2025-05-01', rule: 'KR-D10-DUR-01', expected: 'unknown' },
];

describe('KR:D-10-1 rules', () => {
  it.each(rows)('$name', ({ p, evalDate, rule, expected, verdict, missing, unverified }) => {
    const result = evaluate('KR:D-10-1', evalDate, p, {});
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
    if (unverified) expect(reasonOf(result, rule)?.unverified).toBe(true);
  });
});

const intern: PersonFacts = {
  nationality: 'JP',
  currentStatus: 'KR:D-10-1',
  priorStatuses: [{ status: 'KR:D-2-2', from: '2022-03-01', to: '2026-02-28' }],
};
const internship: JobFacts = { employmentType: 'internship', occupationCode: '2742', durationMonths: 12, startDate: '2026-04-01' };

interface InternRow {
  name: string;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  missing?: string;
}

const internRows: InternRow[] = [
  { name: 'KR-D10-INT D-10-1 holder may intern', rule: 'KR-D10-INT', expected: 'pass' },
  { name: 'KR-D10-INT D-10-2 holder may not (KR-D10-02)', p: { currentStatus: 'KR:D-10-2' }, rule: 'KR-D10-INT', expected: 'fail' },
  { name: 'KR-D10-INT D-2 holder must change to D-10-1 first', p: { currentStatus: 'KR:D-2-2' }, rule: 'KR-D10-INT', expected: 'fail' },
  { name: 'KR-D10-INT D-10 without sub-type', p: { currentStatus: 'KR:D-10' }, rule: 'KR-D10-INT', expected: 'unknown', missing: 'person.currentStatus' },
  { name: 'KR-D10-INT former E-7 holder may not intern', p: { priorStatuses: [{ status: 'KR:E-7-1', from: '2021-01-01', to: '2025-12-31' }] }, rule: 'KR-D10-INT', expected: 'fail' },
  { name: 'KR-D10-INT missing prior statuses', p: { priorStatuses: undefined }, rule: 'KR-D10-INT', expected: 'unknown', missing: 'person.priorStatuses' },
  { name: 'KR-D10-01 2742 is an E-7-1 field', rule: 'KR-D10-01', expected: 'pass' },
  { name: 'KR-D10-01 3922 is an E-7-2 field', j: { occupationCode: '3922' }, rule: 'KR-D10-01', expected: 'pass' },
  { name: 'KR-D10-01 1212 is an alternate spelling (UNVERIFIED numbering)', j: { occupationCode: '1212' }, rule: 'KR-D10-01', expected: 'unknown' },
  { name: 'KR-D10-01 a non-E-7 code may be an E-1…E-6 field: review', j: { occupationCode: '9999' }, rule: 'KR-D10-01', expected: 'unknown' },
  { name: 'KR-D10-01 missing code', j: { occupationCode: undefined }, rule: 'KR-D10-01', expected: 'unknown', missing: 'job.occupationCode' },
  { name: 'KR-D10-DUR-02 internship of 12 months at one company passes (from 2025-10-29)', evalDate: '2025-10-29', j: { startDate: '2025-11-03' }, rule: 'KR-D10-DUR-02', expected: 'pass' },
  { name: 'KR-D10-DUR-02 internship of 13 months fails', evalDate: '2025-10-29', j: { startDate: '2025-11-03', durationMonths: 13 }, rule: 'KR-D10-DUR-02', expected: 'fail' },
  { name: 'KR-D10-DUR-01 internship of 7 months fails on 2025-10-28 (6 months per company)', evalDate: '2025-10-28', j: { startDate: '2025-11-03', durationMonths: 7 }, rule: 'KR-D10-DUR-01', expected: 'fail' },
  { name: 'KR-D10-DUR-01 internship of 6 months: the 1-year total needs review', evalDate: '2025-10-28', j: { startDate: '2025-11-03', durationMonths: 6 }, rule: 'KR-D10-DUR-01', expected: 'unknown' },
  { name: 'KR-D10-DUR-02 missing duration', j: { durationMonths: null }, rule: 'KR-D10-DUR-02', expected: 'unknown', missing: 'job.durationMonths' },
];

describe('KR:D-10-1:internship rules', () => {
  it.each(internRows)('$name', ({ p, j, evalDate, rule, expected, missing }) => {
    const result = evaluate('KR:D-10-1:internship', evalDate ?? '2026-03-20', { ...intern, ...p }, { ...internship, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
  });

  it('KR-D10-INT the 14-day report deadline is named in the message and the checklist', () => {
    const result = evaluate('KR:D-10-1:internship', '2026-03-20', intern, internship);
    expect(result.verdict).toBe('eligible');
    expect(reasonOf(result, 'KR-D10-INT')?.message.en).toContain('2026-04-15');
    expect(result.checklist.map((c) => c.id)).toContain('kr-d10.internship-report');
  });
});
