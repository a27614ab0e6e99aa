import { evaluateMatch } from './evaluate-match';
import type { MatchCandidate, MatchJob } from './model/match-input';
import type { GateReason } from './model/match-result';
import { aCandidate, aJob, EVAL_DATE } from './testing/builders';
import { whyNot } from './why-not';

describe('evaluateMatch', () => {
  it('scores a strong two-sided fit high, with the visa route', () => {
    const result = evaluateMatch(aCandidate(), aJob(), EVAL_DATE);
    expect(result).toMatchObject({ candidateId: 'cand-1', jobId: 'job-1', gated: false, confidence: 1 });
    expect(result.score).toBeGreaterThan(0.9);
    expect(result.visa).toEqual({ verdict: 'eligible', target: 'KR:E-7-1', pathwayId: 'kr-d2-e7', ruleIds: ['KR-E7-01', 'KR-E7-W', 'KR-E7-DOC'], citizen: false, route: 'in-country' });
  });

  it('rounds scores to 3 decimals within 0..1', () => {
    const result = evaluateMatch(aCandidate(), aJob({ requiredSkills: ['sales', 'negotiation', 'crm'] }), EVAL_DATE);
    for (const value of [result.score, result.candidateSide, result.employerSide, ...result.explanation.map((e) => e.score)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
      expect(Math.round(value * 1000) / 1000).toBe(value);
    }
  });

  it('needs_review does not gate but lowers the score (2027 start: E-7 floor unpublished)', () => {
    const candidate = aCandidate({ statusExpiresAt: '2027-08-31' });
    const now = evaluateMatch(candidate, aJob(), EVAL_DATE);
    const later = evaluateMatch(candidate, aJob({ startDate: '2027-03-02' }), EVAL_DATE);
    expect(later.gated).toBe(false);
    expect(later.visa.verdict).toBe('needs_review');
    expect(later.confidence).toBeLessThan(1);
    expect(later.score).toBeLessThan(now.score);
  });

  it('a citizen is visa-free: a Korean for a Korean posting without sponsorship', () => {
    const korean = aCandidate({ nationality: 'KR', currentStatus: undefined, statusExpiresAt: undefined, languageTests: [] });
    const result = evaluateMatch(korean, aJob({ sponsorship: false, languageRequirements: [{ test: 'TOPIK', level: 6 }] }), EVAL_DATE);
    expect(result.gated).toBe(false);
    expect(result.visa).toEqual({ verdict: 'eligible', ruleIds: [], citizen: true, route: 'citizen' });
  });
});

describe('whyNot', () => {
  const rows: { name: string; candidate?: Partial<MatchCandidate>; job?: Partial<MatchJob>; gates: GateReason[] }[] = [
    { name: 'nothing blocks a good pair', gates: [] },
    { name: 'KR-E7-DOC no sponsorship', job: { sponsorship: false }, gates: ['visa-not-eligible'] },
    { name: 'TOPIK 6 required', job: { languageRequirements: [{ test: 'TOPIK', level: 6 }] }, gates: ['language-below-minimum'] },
    { name: 'an internship in Japan for a full-time seeker who wants Korea only', candidate: { wishes: { countries: ['KR'], employmentTypes: ['full-time'] } }, job: { country: 'JP', occupationCode: '048', employmentType: 'internship', languageRequirements: [] }, gates: ['country-not-wished', 'employment-type-not-wished'] },
    { name: 'a passed deadline', job: { deadline: '2026-05-01' }, gates: ['deadline-passed'] },
  ];
  it.each(rows)('$name', ({ candidate, job, gates }) => {
    const failed = whyNot(aCandidate(candidate), aJob(job), EVAL_DATE);
    expect(failed.map((g) => g.gate)).toEqual(gates);
    expect(failed.every((g) => !g.passed)).toBe(true);
  });

  it('explains a visa refusal with rule ids', () => {
    const [gate] = whyNot(aCandidate(), aJob({ salary: { min: 28_000_000, max: 30_000_000, currency: 'KRW', period: 'year' } }), EVAL_DATE);
    expect(gate).toMatchObject({ gate: 'visa-not-eligible', messageKey: 'match.gate.visa-not-eligible', params: { verdict: 'not_eligible' } });
    expect(gate.params.ruleIds).toContain('KR-E7-W-04');
  });
});
