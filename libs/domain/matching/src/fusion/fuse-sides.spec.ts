import { FACTORS, type FactorScore } from '../model/match-result';
import { fuseSides, sideScore } from './fuse-sides';
import { CANDIDATE_WEIGHTS, effectiveWeight, EMPLOYER_WEIGHTS, FUSION_WEIGHTS, sideOf } from './weights';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

describe('weights', () => {
  it('each side and the fusion add up to 1', () => {
    expect(sum(Object.values(CANDIDATE_WEIGHTS))).toBeCloseTo(1, 9);
    expect(sum(Object.values(EMPLOYER_WEIGHTS))).toBeCloseTo(1, 9);
    expect(FUSION_WEIGHTS.candidate + FUSION_WEIGHTS.employer).toBeCloseTo(1, 9);
    expect(sum(FACTORS.map(effectiveWeight))).toBeCloseTo(1, 9);
  });

  it.each([
    ['skills', 'employer'],
    ['language', 'employer'],
    ['education', 'employer'],
    ['experience', 'employer'],
    ['salary', 'candidate'],
    ['location', 'candidate'],
    ['occupation', 'candidate'],
    ['timing', 'both'],
    ['visa', 'both'],
  ] as const)('%s is on the %s side', (factor, side) => {
    expect(sideOf(factor)).toBe(side);
  });
});

describe('sideScore', () => {
  it('is the weighted mean of the factors the side weighs', () => {
    const scores: FactorScore[] = [
      { factor: 'skills', score: 1, messageKey: 'k', params: {} },
      { factor: 'salary', score: 0, messageKey: 'k', params: {} },
    ];
    expect(sideScore(scores, EMPLOYER_WEIGHTS)).toBe(1);
    expect(sideScore(scores, CANDIDATE_WEIGHTS)).toBe(0);
  });
});

describe('fuseSides (weighted geometric mean)', () => {
  it.each([
    ['both perfect', 1, 1, 1],
    ['both 0.64', 0.64, 0.64, 0.64],
    ['0.81 and 0.49', 0.81, 0.49, 0.63],
    ['one side 0', 0.9, 0, 0],
    ['the other side 0', 0, 0.9, 0],
  ])('%s', (_name, c, e, expected) => {
    expect(fuseSides(c, e)).toBeCloseTo(expected, 9);
  });

  it('ranks a one-sided fit below a balanced one that the arithmetic mean would tie', () => {
    const oneSided = fuseSides(0.95, 0.35);
    const balanced = fuseSides(0.65, 0.65);
    expect((0.95 + 0.35) / 2).toBeCloseTo((0.65 + 0.65) / 2, 9);
    expect(oneSided).toBeLessThan(balanced);
  });

  it('is symmetric: a lopsided fit ranks low whichever side is weak', () => {
    expect(fuseSides(0.3, 0.95)).toBeCloseTo(fuseSides(0.95, 0.3), 9);
    expect(fuseSides(0.3, 0.95)).toBeLessThan(fuseSides(0.6, 0.6));
  });
});
