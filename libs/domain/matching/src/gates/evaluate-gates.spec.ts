import type { MatchCandidate, MatchJob } from '../model/match-input';
import type { GateReason } from '../model/match-result';
import { GATE_REASONS } from '../model/match-result';
import { contextOf } from '../testing/context';
import { countryGate, deadlineGate, employmentTypeGate, evaluateGates, languageGate, visaGate } from './evaluate-gates';

interface Row {
  name: string;
  candidate?: Partial<MatchCandidate>;
  job?: Partial<MatchJob>;
  passed: boolean;
  params?: Record<string, unknown>;
}

const wishes = (w: Partial<MatchCandidate['wishes']>): Partial<MatchCandidate> => ({ wishes: { countries: ['KR', 'JP'], employmentTypes: ['full-time'], ...w } });

describe('country gate', () => {
  const rows: Row[] = [
    { name: 'a wished country passes', job: { country: 'KR' }, passed: true },
    { name: 'the other wished country passes', job: { country: 'JP', occupationCode: '048', languageRequirements: [] }, passed: true },
    { name: 'a country not wished fails', candidate: wishes({ countries: ['JP'] }), job: { country: 'KR' }, passed: false, params: { country: 'KR', wishedCountries: ['JP'] } },
    { name: 'no stated countries accept any country', candidate: wishes({ countries: [] }), job: { country: 'KR' }, passed: true },
    { name: 'absent countries accept any country', candidate: { wishes: { employmentTypes: ['full-time'] } }, job: { country: 'KR' }, passed: true },
  ];
  it.each(rows)('$name', ({ candidate, job, passed, params }) => {
    const result = countryGate(contextOf(candidate, job));
    expect(result.passed).toBe(passed);
    expect(result.messageKey).toBe('match.gate.country-not-wished');
    if (params) expect(result.params).toEqual(params);
  });
});

describe('employment-type gate', () => {
  const rows: Row[] = [
    { name: 'a wished type passes', job: { employmentType: 'full-time' }, passed: true },
    { name: 'an internship fails for a full-time seeker', job: { employmentType: 'internship' }, passed: false, params: { employmentType: 'internship', wishedEmploymentTypes: ['full-time'] } },
    { name: 'a contract fails when only full-time is wished', job: { employmentType: 'contract' }, passed: false },
    { name: 'a contract passes when wished', candidate: wishes({ employmentTypes: ['full-time', 'contract'] }), job: { employmentType: 'contract' }, passed: true },
    { name: 'no stated types accept any type', candidate: wishes({ employmentTypes: [] }), job: { employmentType: 'internship' }, passed: true },
  ];
  it.each(rows)('$name', ({ candidate, job, passed, params }) => {
    const result = employmentTypeGate(contextOf(candidate, job));
    expect(result.passed).toBe(passed);
    if (params) expect(result.params).toEqual(params);
  });
});

describe('deadline gate (evaluation date 2026-06-01)', () => {
  const rows: Row[] = [
    { name: 'a deadline ahead passes', job: { deadline: '2026-08-31' }, passed: true },
    { name: 'a deadline today passes', job: { deadline: '2026-06-01' }, passed: true },
    { name: 'a deadline yesterday fails', job: { deadline: '2026-05-31' }, passed: false, params: { deadline: '2026-05-31' } },
    { name: 'no deadline passes', job: { deadline: undefined }, passed: true },
  ];
  it.each(rows)('$name', ({ job, passed, params }) => {
    const result = deadlineGate(contextOf({}, job));
    expect(result.passed).toBe(passed);
    if (params) expect(result.params).toEqual(params);
  });
});

describe('language gate', () => {
  const rows: Row[] = [
    { name: 'TOPIK 5 meets TOPIK 4', passed: true },
    { name: 'TOPIK 5 meets TOPIK 5', job: { languageRequirements: [{ test: 'TOPIK', level: 5 }] }, passed: true },
    { name: 'TOPIK 5 fails TOPIK 6', job: { languageRequirements: [{ test: 'TOPIK', level: 6 }] }, passed: false, params: { required: 'TOPIK 6', held: 'TOPIK 5' } },
    { name: 'no result fails', candidate: { languageTests: [] }, passed: false, params: { required: 'TOPIK 4', held: 'none' } },
    { name: 'a Korean national meets TOPIK 6 without a test', candidate: { nationality: 'KR', languageTests: [] }, job: { languageRequirements: [{ test: 'TOPIK', level: 6 }] }, passed: true },
    { name: 'a Japanese national meets JLPT N1 without a test', job: { languageRequirements: [{ test: 'TOPIK', level: 4 }, { test: 'JLPT', level: 'N1' }] }, passed: true },
    { name: 'every language must be met (JLPT N2 fails a Vietnamese with no Japanese)', candidate: { nationality: 'VN' }, job: { languageRequirements: [{ test: 'TOPIK', level: 4 }, { test: 'JLPT', level: 'N2' }] }, passed: false, params: { required: 'JLPT N2', held: 'none' } },
    { name: 'alternatives in one language: BJT 480 or JLPT N2, BJT 520 held', candidate: { nationality: 'KR', languageTests: [{ test: 'BJT', score: 520 }] }, job: { country: 'JP', languageRequirements: [{ test: 'JLPT', level: 'N2' }, { test: 'BJT', score: 480 }] }, passed: true },
    { name: 'JLPT N3 fails JLPT N2', candidate: { nationality: 'KR', languageTests: [{ test: 'JLPT', level: 'N3' }] }, job: { country: 'JP', languageRequirements: [{ test: 'JLPT', level: 'N2' }] }, passed: false, params: { required: 'JLPT N2', held: 'JLPT N3' } },
    { name: 'a TOPIK result older than two years no longer counts', candidate: { languageTests: [{ test: 'TOPIK', level: 5, date: '2024-05-31' }] }, passed: false },
    { name: 'a TOPIK result exactly two years old still counts', candidate: { languageTests: [{ test: 'TOPIK', level: 5, date: '2024-06-01' }] }, passed: true },
    { name: 'TOEIC 780 meets TOEIC 750', candidate: { languageTests: [{ test: 'TOPIK', level: 4 }, { test: 'TOEIC', score: 780 }] }, job: { languageRequirements: [{ test: 'TOEIC', score: 750 }] }, passed: true },
    { name: 'no requirement passes', candidate: { languageTests: [] }, job: { languageRequirements: [] }, passed: true },
  ];
  it.each(rows)('$name', ({ candidate, job, passed, params }) => {
    const result = languageGate(contextOf(candidate, job));
    expect(result.passed).toBe(passed);
    expect(result.side).toBe('employer');
    if (params) expect(result.params).toMatchObject(params);
  });
});

describe('visa gate (only not_eligible gates)', () => {
  const rows: (Row & { verdict: string })[] = [
    { name: 'KR-E7-01 D-2 student to a sponsored E-7-1 job passes', passed: true, verdict: 'eligible' },
    { name: 'KR-E7-W-04 pay band below the 2026 E-7-1 floor fails', job: { salary: { min: 28_000_000, max: 30_000_000, currency: 'KRW', period: 'year' } }, passed: false, verdict: 'not_eligible' },
    { name: 'KR-E7-DOC no sponsorship fails a foreigner', job: { sponsorship: false }, passed: false, verdict: 'not_eligible' },
    { name: 'KR-E7-01 a code outside E-7 fails', job: { occupationCode: '3120' }, passed: false, verdict: 'not_eligible' },
    { name: 'KR-E7-W a 2027 start (floor unpublished) is needs_review and passes', job: { startDate: '2027-03-02' }, passed: true, verdict: 'needs_review' },
    { name: 'KR-E7-01 an E-7-2 code (3922) is needs_review and passes', job: { occupationCode: '3922' }, passed: true, verdict: 'needs_review' },
    { name: 'a Korean citizen needs no status: no sponsorship and low pay pass', candidate: { nationality: 'KR', currentStatus: undefined }, job: { sponsorship: false, salary: { min: 25_000_000, max: 27_000_000, currency: 'KRW', period: 'year' } }, passed: true, verdict: 'eligible' },
    { name: 'JP-GJK-DOC no sponsorship fails a Korean student in Japan', candidate: { nationality: 'KR', currentStatus: 'JP:ryugaku', currentCountry: 'JP' }, job: { country: 'JP', occupationCode: '048', sponsorship: false, languageRequirements: [] }, passed: false, verdict: 'not_eligible' },
    { name: 'KR-D2-INT-01 a D-2 internship without sponsorship passes', candidate: { wishes: { employmentTypes: ['internship'] } }, job: { employmentType: 'internship', sponsorship: false }, passed: true, verdict: 'eligible' },
  ];
  it.each(rows)('$name', ({ candidate, job, passed, verdict }) => {
    const result = visaGate(contextOf(candidate, job));
    expect(result.passed).toBe(passed);
    expect(result.params.verdict).toBe(verdict);
    expect(Array.isArray(result.params.ruleIds)).toBe(true);
  });
});

describe('evaluateGates', () => {
  it('answers every gate in GATE_REASONS order with its message key', () => {
    const gates = evaluateGates(contextOf());
    expect(gates.map((g) => g.gate)).toEqual<GateReason[]>([...GATE_REASONS]);
    expect(gates.every((g) => g.passed && g.messageKey === `match.gate.${g.gate}`)).toBe(true);
  });
});
