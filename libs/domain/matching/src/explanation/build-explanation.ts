import { FACTORS, type ExplanationItem, type FactorScore } from '../model/match-result';
import { round3 } from '../support/round';
import { CANDIDATE_WEIGHTS, effectiveWeight, EMPLOYER_WEIGHTS, FUSION_WEIGHTS, sideOf } from '../fusion/weights';

export interface FusedScores {
  candidateSide: number;
  employerSide: number;
  /** The fused score before the confidence multiplier */
  fused: number;
  /** The final score (fused × confidence; 0 when gated) */
  score: number;
}

/**
 * Turns factor scores into explanation items whose contributions add up to the final score.
 *
 * With S = C^α · E^β, each side is credited with its exponent's share of S (α·S and β·S), and inside a side
 * each factor with its part of the weighted sum (w·s / Σ w·s). A factor on both sides (timing, visa) adds
 * both parts. The confidence cut of needs_review (S − S·confidence) is charged to the visa factor, which can
 * make its contribution negative. A gated match scores 0, so every contribution is 0; the factor scores and
 * their parameters still say where the pair stands.
 */
export function buildExplanation(scores: readonly FactorScore[], fused: FusedScores): ExplanationItem[] {
  const c = fused.candidateSide;
  const e = fused.employerSide;
  const penalty = fused.score > 0 ? fused.fused - fused.score : 0;
  const order = (f: FactorScore): number => FACTORS.indexOf(f.factor);
  const items = scores.map((s): ExplanationItem => {
    let contribution = 0;
    if (fused.score > 0) {
      const wc = CANDIDATE_WEIGHTS[s.factor] ?? 0;
      const we = EMPLOYER_WEIGHTS[s.factor] ?? 0;
      contribution = fused.fused * ((c > 0 ? (FUSION_WEIGHTS.candidate * wc * s.score) / c : 0) + (e > 0 ? (FUSION_WEIGHTS.employer * we * s.score) / e : 0));
      if (s.factor === 'visa') contribution -= penalty;
    }
    return {
      factor: s.factor,
      side: sideOf(s.factor),
      contribution: round3(contribution),
      score: round3(s.score),
      weight: round3(effectiveWeight(s.factor)),
      messageKey: s.messageKey,
      params: s.params,
    };
  });
  return items.sort((a, b) => b.contribution - a.contribution || order(a) - order(b));
}
