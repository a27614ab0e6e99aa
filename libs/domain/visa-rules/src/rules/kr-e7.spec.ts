import type { JobFacts, PersonFacts } from '../eligibility-request';
import type { RuleOutcome } from '../rule';
import { evaluate, outcomeOf, reasonOf } from '../testing/fixtures';

/** The PRODUCT.md example body. */
const person: PersonFacts = {
  nationality: 'JP',
  birthDate: '2001-05-01',
  location: 'KR',
  currentStatus: 'KR:D-10-1',
  education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2025-10-01', institution: 'x', topUniversity: false }],
  languageTests: [{ test: 'TOPIK', level: 5 }, { test: 'JLPT', level: 'N1' }, { test: 'BJT', score: 480 }],
  experience: [{ months: 24, field: 'translation', relatedToJob: true, afterDegree: true, country: 'JP' }],
  priorStatuses: [{ status: 'KR:H-1', from: '2022-04-01', to: '2023-03-31' }],
};
const job: JobFacts = {
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
  employer: { koreanInsuredStaff: 30, foreignProfessionalStaff: 2, domesticFocused: false, jpCategory: 1 },
};
const foreign = (education: PersonFacts['education'], experience: PersonFacts['experience'] = []): PersonFacts => ({ education, experience, priorStatuses: [] });
const usBachelor = [{ level: 'bachelor' as const, country: 'US', graduationDate: '2020-06-01' }];
const krw = (amount: number, period: 'year' | 'month' = 'year'): JobFacts => ({ salary: { amount, currency: 'KRW', period } });
const staff = (koreanInsuredStaff?: number, foreignProfessionalStaff?: number, extra: Partial<NonNullable<JobFacts['employer']>> = {}): JobFacts => ({
  employer: { koreanInsuredStaff, foreignProfessionalStaff, domesticFocused: false, ...extra },
});

interface Row {
  name: string;
  p?: PersonFacts;
  j?: JobFacts;
  evalDate?: string;
  rule: string;
  expected: RuleOutcome | 'absent';
  verdict?: string;
  missing?: string;
  unverified?: boolean;
}

const rows: Row[] = [
  { name: 'KR-E7-01 the PRODUCT example is eligible', rule: 'KR-E7-01', expected: 'pass', verdict: 'eligible' },
  { name: 'KR-E7-01 3922 is E-7-2, not E-7-1', j: { occupationCode: '3922' }, rule: 'KR-E7-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-E7-01 1212 is an alternate spelling of 1202 (UNVERIFIED)', j: { occupationCode: '1212' }, rule: 'KR-E7-01', expected: 'unknown', unverified: true },
  { name: 'KR-E7-01 an office-clerk code is not an E-7 code', j: { occupationCode: '3120' }, rule: 'KR-E7-01', expected: 'fail' },
  { name: 'KR-E7-01 S-prefixed codes are accepted in lower case', j: { occupationCode: 's2353' }, rule: 'KR-E7-01', expected: 'pass' },
  { name: 'KR-E7-01 missing code', j: { occupationCode: undefined }, rule: 'KR-E7-01', expected: 'unknown', missing: 'job.occupationCode' },
  // KR-E7-Q-01 general requirement (foreign degrees, so Q-02 does not apply)
  { name: "KR-E7-Q-01 related master's passes", p: foreign([{ level: 'master', country: 'US', graduationDate: '2024-06-01' }]), rule: 'KR-E7-Q-01', expected: 'pass' },
  { name: "KR-E7-Q-01 related bachelor's + 12 months after the degree passes", p: foreign(usBachelor, [{ months: 12, relatedToJob: true, afterDegree: true }]), rule: 'KR-E7-Q-01', expected: 'pass' },
  { name: "KR-E7-Q-01 related bachelor's + 11 months fails", p: foreign(usBachelor, [{ months: 11, relatedToJob: true, afterDegree: true }]), rule: 'KR-E7-Q-01', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-E7-Q-01 experience before the degree does not count for the bachelor route', p: foreign(usBachelor, [{ months: 24, relatedToJob: true, afterDegree: false }]), rule: 'KR-E7-Q-01', expected: 'fail' },
  { name: 'KR-E7-Q-01 60 months of related experience passes without a degree', p: foreign([], [{ months: 60, relatedToJob: true }]), rule: 'KR-E7-Q-01', expected: 'pass' },
  { name: 'KR-E7-Q-01 59 months of related experience fails', p: foreign([], [{ months: 59, relatedToJob: true }]), rule: 'KR-E7-Q-01', expected: 'fail' },
  { name: 'KR-E7-Q-01 unrelated degree + 36 months: 2019 relaxation UNVERIFIED', p: foreign(usBachelor, [{ months: 36, relatedToJob: true, afterDegree: true }]), j: { relatedToMajor: false }, rule: 'KR-E7-Q-01', expected: 'unknown', unverified: true },
  { name: 'KR-E7-Q-01 unrelated degree + 35 months fails', p: foreign(usBachelor, [{ months: 35, relatedToJob: true, afterDegree: true }]), j: { relatedToMajor: false }, rule: 'KR-E7-Q-01', expected: 'fail' },
  { name: 'KR-E7-Q-01 missing relatedToMajor names it', p: foreign(usBachelor, [{ months: 12, relatedToJob: true, afterDegree: true }]), j: { relatedToMajor: undefined }, rule: 'KR-E7-Q-01', expected: 'unknown', missing: 'job.relatedToMajor' },
  { name: 'KR-E7-Q-01 experience without the relatedToJob flag names it', p: foreign(usBachelor, [{ months: 12, afterDegree: true }]), rule: 'KR-E7-Q-01', expected: 'unknown', missing: 'person.experience[0].relatedToJob' },
  // KR-E7-Q-02 special requirements
  { name: "KR-E7-Q-02 Korean bachelor's (expected graduate) passes regardless of major", p: { education: [{ level: 'bachelor', country: 'KR', graduationDate: '2026-08-20' }], experience: [] }, j: { relatedToMajor: false }, rule: 'KR-E7-Q-02', expected: 'pass', verdict: 'eligible' },
  { name: 'KR-E7-Q-02 Korean associate degree: sources disagree on experience (UNVERIFIED)', p: { education: [{ level: 'associate', country: 'KR', graduationDate: '2025-02-20' }], experience: [] }, rule: 'KR-E7-Q-02', expected: 'unknown', unverified: true },
  { name: 'KR-E7-Q-02 top-university bachelor in a related field: experience waived', p: foreign([{ level: 'bachelor', country: 'US', graduationDate: '2025-06-01', topUniversity: true }]), rule: 'KR-E7-Q-02', expected: 'pass' },
  { name: 'KR-E7-Q-02 D-10-3 intern for 12 months: education and experience waived', p: { ...foreign([]), priorStatuses: [{ status: 'KR:D-10-3', from: '2024-01-01', to: '2025-01-01' }] }, rule: 'KR-E7-Q-02', expected: 'pass' },
  { name: 'KR-E7-Q-02 D-10-3 intern for under 12 months is not enough', p: { ...foreign([]), priorStatuses: [{ status: 'KR:D-10-3', from: '2024-01-01', to: '2024-12-25' }] }, rule: 'KR-E7-Q-02', expected: 'fail' },
  // KR-E7-W wage floors by application date
  { name: 'KR-E7-W-01 on 2025-03-31 the floor is GNI-based: needs review', evalDate: '2025-03-31', rule: 'KR-E7-W-01', expected: 'unknown' },
  { name: 'KR-E7-W-02 not in force on 2025-03-31', evalDate: '2025-03-31', rule: 'KR-E7-W-02', expected: 'absent' },
  { name: 'KR-E7-W-02 on 2025-04-01 28,670,000 KRW passes', evalDate: '2025-04-01', j: krw(28_670_000), rule: 'KR-E7-W-02', expected: 'pass' },
  { name: 'KR-E7-W-02 on 2025-04-01 28,669,999 KRW fails', evalDate: '2025-04-01', j: krw(28_669_999), rule: 'KR-E7-W-02', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-E7-W-02 still in force on 2025-12-31', evalDate: '2025-12-31', j: krw(28_670_000), rule: 'KR-E7-W-02', expected: 'pass' },
  { name: 'KR-E7-W-03 on 2026-01-01 the floor is UNVERIFIED', evalDate: '2026-01-01', rule: 'KR-E7-W-03', expected: 'unknown', verdict: 'needs_review', unverified: true },
  { name: 'KR-E7-W-03 still on 2026-01-31', evalDate: '2026-01-31', rule: 'KR-E7-W-03', expected: 'unknown', unverified: true },
  { name: 'KR-E7-W-04 on 2026-02-01 31,120,000 KRW passes', evalDate: '2026-02-01', j: krw(31_120_000), rule: 'KR-E7-W-04', expected: 'pass' },
  { name: 'KR-E7-W-04 on 2026-02-01 31,119,999 KRW fails', evalDate: '2026-02-01', j: krw(31_119_999), rule: 'KR-E7-W-04', expected: 'fail' },
  { name: 'KR-E7-W-04 the 2025 amount no longer suffices on 2026-02-01', evalDate: '2026-02-01', j: krw(28_670_000), rule: 'KR-E7-W-04', expected: 'fail' },
  { name: 'KR-E7-W-04 monthly 2,593,334 KRW (31,120,008 a year) passes', evalDate: '2026-02-01', j: krw(2_593_334, 'month'), rule: 'KR-E7-W-04', expected: 'pass' },
  { name: 'KR-E7-W-04 monthly 2,593,333 KRW (31,119,996 a year) fails', evalDate: '2026-02-01', j: krw(2_593_333, 'month'), rule: 'KR-E7-W-04', expected: 'fail' },
  { name: 'KR-E7-W-04 still in force on 2026-12-31', evalDate: '2026-12-31', rule: 'KR-E7-W-04', expected: 'pass' },
  { name: 'KR-E7-W no floor in the reference from 2027-01-01', evalDate: '2027-01-01', rule: 'KR-E7-W', expected: 'unknown', verdict: 'needs_review' },
  { name: 'KR-E7-W-04 salary in JPY names the currency', evalDate: '2026-04-15', j: { salary: { amount: 4_000_000, currency: 'JPY', period: 'year' } }, rule: 'KR-E7-W-04', expected: 'unknown', missing: 'job.salary.currency' },
  { name: 'KR-E7-W-04 missing salary names job.salary', j: { salary: undefined }, rule: 'KR-E7-W-04', expected: 'unknown', missing: 'job.salary' },
  // KR-E7-EMP-03 size test
  { name: 'KR-E7-EMP-03 5 Korean insured staff, domestic: passes', j: staff(5, 0, { domesticFocused: true }), rule: 'KR-E7-EMP-03', expected: 'pass' },
  { name: 'KR-E7-EMP-03 4 Korean insured staff, domestic: refused', j: staff(4, 0, { domesticFocused: true }), rule: 'KR-E7-EMP-03', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-E7-EMP-03 4 Korean insured staff, not domestic: passes', j: staff(4, 0), rule: 'KR-E7-EMP-03', expected: 'pass' },
  { name: 'KR-E7-EMP-03 4 staff without the domestic fact', j: staff(4, 0, { domesticFocused: undefined }), rule: 'KR-E7-EMP-03', expected: 'unknown', missing: 'job.employer.domesticFocused' },
  { name: 'KR-E7-EMP-03 exporter with 4 staff needs a recommendation (KR-E7-EMP-05)', j: staff(4, 0, { domesticFocused: true, exportOriented: true }), rule: 'KR-E7-EMP-03', expected: 'unknown' },
  { name: 'KR-E7-EMP-03 D-2-7 graduates are exempt (KR-E7-EMP-05)', p: { priorStatuses: [{ status: 'KR:D-2-7', from: '2021-03-01', to: '2025-08-31' }] }, j: staff(2, 0, { domesticFocused: true }), rule: 'KR-E7-EMP-03', expected: 'pass' },
  { name: 'KR-E7-EMP-03 missing staff count', j: staff(undefined, 0), rule: 'KR-E7-EMP-03', expected: 'unknown', missing: 'job.employer.koreanInsuredStaff' },
  // KR-E7-EMP-04 foreign-staff ratio
  { name: 'KR-E7-EMP-04 2742 with 2 foreigners needs 15 Koreans: 15 passes', j: staff(15, 2), rule: 'KR-E7-EMP-04', expected: 'pass' },
  { name: 'KR-E7-EMP-04 2742 with 2 foreigners: 14 Koreans fails', j: staff(14, 2), rule: 'KR-E7-EMP-04', expected: 'fail', verdict: 'not_eligible' },
  { name: 'KR-E7-EMP-04 2814 is a confirmed ratio code', j: { occupationCode: '2814', ...staff(9, 1) }, rule: 'KR-E7-EMP-04', expected: 'fail' },
  { name: 'KR-E7-EMP-04 285 is only reported as a ratio code: over the ratio needs review', j: { occupationCode: '285', ...staff(4, 0) }, rule: 'KR-E7-EMP-04', expected: 'unknown', unverified: true },
  { name: 'KR-E7-EMP-04 285 within the ratio passes', j: { occupationCode: '285', ...staff(5, 0) }, rule: 'KR-E7-EMP-04', expected: 'pass' },
  { name: 'KR-E7-EMP-04 2221 is not a ratio code', j: { occupationCode: '2221', ...staff(5, 3) }, rule: 'KR-E7-EMP-04', expected: 'absent' },
  { name: 'KR-E7-EMP-04 missing foreign staff count', j: staff(30, undefined), rule: 'KR-E7-EMP-04', expected: 'unknown', missing: 'job.employer.foreignProfessionalStaff' },
  // KR-E7-DOC.route
  { name: 'KR-E7-DOC.route change from D-2 in Korea', p: { currentStatus: 'KR:D-2-2' }, rule: 'KR-E7-DOC.route', expected: 'pass' },
  { name: 'KR-E7-DOC.route CCVI from Japan', p: { currentStatus: undefined, location: 'JP' }, rule: 'KR-E7-DOC.route', expected: 'pass' },
  { name: 'KR-E7-DOC.route from H-1 inside Korea is not documented', p: { currentStatus: 'KR:H-1' }, rule: 'KR-E7-DOC.route', expected: 'unknown' },
  { name: 'KR-E7-DOC.route already on E-7-1: workplace change (KR-E7-EMP-06)', p: { currentStatus: 'KR:E-7-1' }, rule: 'KR-E7-DOC.route', expected: 'unknown' },
  { name: 'KR-E7-DOC.route without status or location', p: { currentStatus: undefined, location: undefined }, rule: 'KR-E7-DOC.route', expected: 'unknown', missing: 'person.location' },
];

describe('KR:E-7-1 rules', () => {
  it.each(rows)('$name', ({ p, j, evalDate, rule, expected, verdict, missing, unverified }) => {
    const result = evaluate('KR:E-7-1', evalDate ?? '2026-04-15', { ...person, ...p }, { ...job, ...j });
    expect(outcomeOf(result, rule)).toBe(expected);
    if (verdict) expect(result.verdict).toBe(verdict);
    if (missing) expect(reasonOf(result, rule)?.missing).toContain(missing);
    if (unverified) expect(reasonOf(result, rule)?.unverified).toBe(true);
  });
});

describe('KR-E7-DOC checklist', () => {
  const ids = (p: PersonFacts, j: JobFacts) => evaluate('KR:E-7-1', '2026-04-15', { ...person, ...p }, { ...job, ...j }).checklist.map((c) => c.id);

  it('KR-E7-DOC change in Korea lists the Residence Card, not the CCVI', () => {
    expect(ids({}, {})).toEqual(expect.arrayContaining(['kr.residence-card', 'kr-e7.statement-of-reasons', 'kr-e7.tax-certificates']));
    expect(ids({}, {})).not.toContain('kr-e7.ccvi');
  });

  it('KR-E7-DOC from abroad lists the CCVI, not the Residence Card', () => {
    const list = ids({ currentStatus: undefined, location: 'JP' }, {});
    expect(list).toContain('kr-e7.ccvi');
    expect(list).not.toContain('kr.residence-card');
  });

  it('KR-E7-DOC the insured list is required for 2742 but not for 2221', () => {
    expect(ids({}, {})).toContain('kr-e7.insured-list');
    expect(ids({}, { occupationCode: '2221' })).not.toContain('kr-e7.insured-list');
  });

  it('KR-E7-DOC language certificates for 2814 only', () => {
    expect(ids({}, { occupationCode: '2814' })).toContain('kr-e7.language-certificates');
    expect(ids({}, {})).not.toContain('kr-e7.language-certificates');
  });

  it('KR-E7-EMP-02 the statement of reasons is an employer item citing its rule', () => {
    const item = evaluate('KR:E-7-1', '2026-04-15', person, job).checklist.find((c) => c.id === 'kr-e7.statement-of-reasons');
    expect(item).toMatchObject({ provider: 'employer', ruleId: 'KR-E7-EMP-02' });
    expect(item?.label.ko).toBe('고용사유서');
  });
});
