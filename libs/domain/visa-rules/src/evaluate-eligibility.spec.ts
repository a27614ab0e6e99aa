import { DomainError } from '@hashidari/domain-core';
import type { EligibilityRequest } from './eligibility-request';
import { evaluateEligibility, verdictOf } from './evaluate-eligibility';
import type { RuleOutcome } from './rule';
import { TARGETS } from './targets';
import { RULE_SET_VERSION } from './version';

describe('verdictOf', () => {
  const rows: { outcomes: RuleOutcome[]; verdict: string }[] = [
    { outcomes: ['pass', 'pass'], verdict: 'eligible' },
    { outcomes: ['pass', 'unknown'], verdict: 'needs_review' },
    { outcomes: ['unknown', 'fail', 'pass'], verdict: 'not_eligible' },
    { outcomes: [], verdict: 'needs_review' },
  ];
  it.each(rows)('$outcomes → $verdict', ({ outcomes, verdict }) => {
    expect(verdictOf(outcomes)).toBe(verdict);
  });
});

describe('evaluateEligibility', () => {
  it.each(TARGETS.map((t) => t.code))('supports %s with an empty request (needs_review, reasons name missing fields)', (target) => {
    const result = evaluateEligibility({ target, evalDate: '2026-04-15' });
    expect(result.target).toBe(target);
    expect(result.ruleSetVersion).toBe(RULE_SET_VERSION);
    expect(result.verdict).toBe('needs_review');
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.some((r) => (r.missing ?? []).length > 0)).toBe(true);
    for (const r of result.reasons) {
      expect(r.message.en && r.message.ja && r.message.ko).toBeTruthy();
      expect(r.source).toContain('reference/visa-rules.md');
    }
    expect(result.checklist.length).toBeGreaterThan(0);
  });

  it('answers the PRODUCT.md example (KR:E-7-1, 2026-04-15) as eligible with the 2026 floor', () => {
    const body: EligibilityRequest = {
      target: 'KR:E-7-1',
      evalDate: '2026-04-15',
      person: {
        nationality: 'JP', birthDate: '2001-05-01', location: 'KR', currentStatus: 'KR:D-10-1',
        education: [{ level: 'bachelor', country: 'KR', field: 'business administration', graduationDate: '2025-10-01', institution: '…', topUniversity: false }],
        enrollment: { level: 'bachelor', year: 3, gpa: 3.5, institutionType: 'university', inVacation: false, finalYear: false },
        languageTests: [{ test: 'TOPIK', level: 5 }, { test: 'JLPT', level: 'N1' }, { test: 'BJT', score: 480 }],
        experience: [{ months: 24, field: 'translation', relatedToJob: true, afterDegree: true, country: 'JP' }],
        priorStatuses: [{ status: 'KR:H-1', from: '2022-04-01', to: '2023-03-31' }],
      },
      job: {
        country: 'KR', occupationCode: '2742', title: 'Overseas sales',
        salary: { amount: 33000000, currency: 'KRW', period: 'year' }, equalToNationals: true,
        employmentType: 'full-time', weeklyHours: 40, startDate: '2026-05-01', durationMonths: null, relatedToMajor: true,
        employer: { koreanInsuredStaff: 30, foreignProfessionalStaff: 2, domesticFocused: false, jpCategory: 1 },
      },
    };
    const result = evaluateEligibility(body);
    expect(result.verdict).toBe('eligible');
    expect(result.reasons.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['KR-E7-01', 'KR-E7-W-04', 'KR-E7-EMP-04']));
    expect(result.reasons.every((r) => r.outcome === 'pass')).toBe(true);
  });

  it('alternatives: one passing track hides the failing ones (KR-E7-Q-01 vs KR-E7-Q-02)', () => {
    const result = evaluateEligibility({
      target: 'KR:E-7-1',
      evalDate: '2026-04-15',
      person: { currentStatus: 'KR:D-2-2', location: 'KR', education: [{ level: 'bachelor', country: 'KR', graduationDate: '2026-02-20' }], experience: [] },
      job: { occupationCode: '2742', relatedToMajor: false, salary: { amount: 31_120_000, currency: 'KRW', period: 'year' }, employer: { koreanInsuredStaff: 30, foreignProfessionalStaff: 0, domesticFocused: false } },
    });
    expect(result.reasons.find((r) => r.ruleId === 'KR-E7-Q-02')?.outcome).toBe('pass');
    expect(result.reasons.find((r) => r.ruleId === 'KR-E7-Q-01')).toBeUndefined();
    expect(result.verdict).toBe('eligible');
  });

  it('rejects malformed requests with VALIDATION_FAILED and field paths', () => {
    const bad = { target: 'KR:E-9', evalDate: '2026-13-01', person: { birthDate: '01/05/2001' }, job: { salary: { amount: 1.5, currency: 'USD', period: 'year' } } } as unknown as EligibilityRequest;
    try {
      evaluateEligibility(bad);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.details.map((d) => d.path)).toEqual(expect.arrayContaining(['target', 'evalDate', 'person.birthDate', 'job.salary.amount', 'job.salary.currency']));
    }
  });

  it('is pure: the same request gives the same answer', () => {
    const req: EligibilityRequest = { target: 'KR:H-1', evalDate: '2026-04-15', person: { nationality: 'JP', birthDate: '2003-01-01', location: 'JP', priorStatuses: [] } };
    expect(evaluateEligibility(req)).toEqual(evaluateEligibility(req));
  });
});
