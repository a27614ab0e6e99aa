import type { Factor, Side } from '../model/match-result';

/** How well the job fits the candidate's wishes (weights add up to 1). */
export const CANDIDATE_WEIGHTS: Readonly<Partial<Record<Factor, number>>> = {
  occupation: 0.3,
  salary: 0.2,
  location: 0.15,
  timing: 0.15,
  visa: 0.2,
};

/** How well the candidate fits the job's requirements (weights add up to 1). */
export const EMPLOYER_WEIGHTS: Readonly<Partial<Record<Factor, number>>> = {
  skills: 0.45,
  language: 0.15,
  education: 0.1,
  experience: 0.1,
  timing: 0.1,
  visa: 0.1,
};

/** Exponents of the weighted geometric mean that fuses the two sides (they add up to 1). */
export const FUSION_WEIGHTS = { candidate: 0.5, employer: 0.5 } as const;

/** Multiplier on the fused score when the visa verdict is needs_review (shown as a negative contribution of the visa factor). */
export const NEEDS_REVIEW_CONFIDENCE = 0.92;

export function sideOf(factor: Factor): Side {
  const c = CANDIDATE_WEIGHTS[factor] !== undefined;
  const e = EMPLOYER_WEIGHTS[factor] !== undefined;
  return c && e ? 'both' : c ? 'candidate' : 'employer';
}

/** A factor's weight in the fused score: the fusion weights applied to its weight on each side. */
export function effectiveWeight(factor: Factor): number {
  return FUSION_WEIGHTS.candidate * (CANDIDATE_WEIGHTS[factor] ?? 0) + FUSION_WEIGHTS.employer * (EMPLOYER_WEIGHTS[factor] ?? 0);
}
