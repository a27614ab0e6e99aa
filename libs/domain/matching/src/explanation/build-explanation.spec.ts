import { evaluateMatch } from '../evaluate-match';
import { FACTORS } from '../model/match-result';
import { aCandidate, aJob, EVAL_DATE } from '../testing/builders';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('explanation', () => {
  it.each([
    ['an eligible pair', aJob()],
    ['a needs_review pair (2027 start)', aJob({ startDate: '2027-03-02' })],
    ['a pair missing skills', aJob({ requiredSkills: ['python', 'sql'], preferredSkills: [] })],
    ['a JP posting through the crosswalk', aJob({ country: 'JP', occupationCode: '048', languageRequirements: [{ test: 'JLPT', level: 'N1' }], salary: { min: 3_800_000, max: 4_600_000, currency: 'JPY', period: 'year' } })],
  ])('contributions of %s add up to the score', (_name, job) => {
    const result = evaluateMatch(aCandidate(), job, EVAL_DATE);
    expect(result.gated).toBe(false);
    expect(sum(result.explanation.map((e) => e.contribution))).toBeCloseTo(result.score, 2);
  });

  it('has one item per factor, largest contribution first', () => {
    const { explanation } = evaluateMatch(aCandidate(), aJob(), EVAL_DATE);
    expect(explanation.map((e) => e.factor).sort()).toEqual([...FACTORS].sort());
    for (let i = 1; i < explanation.length; i++) expect(explanation[i - 1].contribution).toBeGreaterThanOrEqual(explanation[i].contribution);
  });

  it('charges the needs_review confidence cut to the visa factor', () => {
    const candidate = aCandidate({ statusExpiresAt: '2027-08-31' });
    const result = evaluateMatch(candidate, aJob({ startDate: '2027-03-02' }), EVAL_DATE);
    const visa = result.explanation.find((e) => e.factor === 'visa');
    expect(result.confidence).toBe(0.92);
    expect(visa?.messageKey).toBe('match.visa.needs-review');
    expect(visa?.contribution).toBeLessThan(0.15 * 0.6 * result.score);
  });

  it('a gated pair scores 0 with 0 contributions, but keeps factor scores and params', () => {
    const result = evaluateMatch(aCandidate(), aJob({ sponsorship: false }), EVAL_DATE);
    expect(result.gated).toBe(true);
    expect(result.score).toBe(0);
    expect(result.explanation.every((e) => e.contribution === 0)).toBe(true);
    expect(result.explanation.find((e) => e.factor === 'skills')?.score).toBe(1);
    expect(result.explanation.find((e) => e.factor === 'visa')?.messageKey).toBe('match.visa.not-eligible');
  });

  it('is data, not prose: keys are dotted codes and params are strings, numbers or string lists', () => {
    const results = [aJob(), aJob({ startDate: '2027-03-02' }), aJob({ sponsorship: false }), aJob({ salary: null, languageRequirements: [] })].map((job) =>
      evaluateMatch(aCandidate(), job, EVAL_DATE),
    );
    for (const result of results) {
      for (const item of [...result.explanation, ...result.gates]) {
        expect(item.messageKey).toMatch(/^match\.[a-z-]+\.[a-z-]+$/);
        for (const value of Object.values(item.params)) {
          const ok = typeof value === 'number' || (typeof value === 'string' && !/\s{1}\S+\s/.test(value)) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
          expect(ok).toBe(true);
        }
      }
    }
  });
});
