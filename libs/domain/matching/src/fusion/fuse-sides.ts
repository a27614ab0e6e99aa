import type { Factor, FactorScore } from '../model/match-result';
import { FUSION_WEIGHTS } from './weights';

/** Weighted arithmetic mean of the factor scores of one side (factors the side does not weigh are skipped). */
export function sideScore(scores: readonly FactorScore[], weights: Readonly<Partial<Record<Factor, number>>>): number {
  let sum = 0;
  let total = 0;
  for (const s of scores) {
    const w = weights[s.factor];
    if (w === undefined) continue;
    sum += w * s.score;
    total += w;
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Fuses the candidate side C and the employer side E into one score with a weighted geometric mean,
 * C^α · E^β (α = β = 0.5).
 *
 * Why geometric: a recommendation must be good for both sides, so the fusion has to punish a one-sided
 * fit. The arithmetic mean does not (0.95 and 0.35 average 0.65, the same as 0.65 and 0.65); the geometric
 * mean does (0.58 against 0.65) and is 0 when either side is 0. The harmonic mean punishes imbalance even
 * harder (0.51), so a candidate who meets every requirement but whose salary wish is slightly off would
 * sink below mediocre two-sided fits; the geometric mean sits between, and its exponents read directly as
 * each side's share of the score, which the explanation uses to attribute the score to factors.
 */
export function fuseSides(candidateSide: number, employerSide: number): number {
  if (candidateSide <= 0 || employerSide <= 0) return 0;
  return candidateSide ** FUSION_WEIGHTS.candidate * employerSide ** FUSION_WEIGHTS.employer;
}
