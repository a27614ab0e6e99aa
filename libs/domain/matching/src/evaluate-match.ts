import type { IsoDate } from '@hashidari/domain-core';
import { assessLanguage } from './assessments/language-assessment';
import { assessVisa, type VisaAssessment } from './assessments/visa-assessment';
import { buildExplanation, type FusedScores } from './explanation/build-explanation';
import { scoreEducation } from './factors/education-factor';
import { scoreExperience } from './factors/experience-factor';
import { scoreLanguage } from './factors/language-factor';
import { scoreLocation } from './factors/location-factor';
import { scoreOccupation } from './factors/occupation-factor';
import { scoreSalary } from './factors/salary-factor';
import { scoreSkills } from './factors/skills-factor';
import { scoreTiming } from './factors/timing-factor';
import { scoreVisa } from './factors/visa-factor';
import { fuseSides, sideScore } from './fusion/fuse-sides';
import { CANDIDATE_WEIGHTS, EMPLOYER_WEIGHTS, NEEDS_REVIEW_CONFIDENCE } from './fusion/weights';
import { evaluateGates } from './gates/evaluate-gates';
import type { MatchContext } from './model/match-context';
import type { MatchCandidate, MatchJob } from './model/match-input';
import type { FactorScore, MatchResult, VisaSummary } from './model/match-result';
import { round3 } from './support/round';

const FACTOR_SCORERS: readonly ((ctx: MatchContext) => FactorScore)[] = [
  scoreSkills,
  scoreLanguage,
  scoreEducation,
  scoreExperience,
  scoreSalary,
  scoreLocation,
  scoreOccupation,
  scoreTiming,
  scoreVisa,
];

/** The shared assessments of a pair (language and visa are computed once and read by gates and factors). */
export function matchContext(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): MatchContext {
  return { candidate, job, evalDate, language: assessLanguage(candidate, job, evalDate), visa: assessVisa(candidate, job, evalDate) };
}

/** A scored pair before its explanation is built (ranking explains only the pairs it returns). */
export interface ScoredPair {
  result: Omit<MatchResult, 'explanation'>;
  scores: FactorScore[];
  fused: FusedScores;
}

/**
 * Scores one candidate–posting pair from both sides: hard gates, nine factor scores, the candidate side
 * (the job against the candidate's wishes) and the employer side (the candidate against the job's
 * requirements) fused by a weighted geometric mean, and a confidence cut for needs_review.
 */
export function scorePair(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): ScoredPair {
  const ctx = matchContext(candidate, job, evalDate);
  const gates = evaluateGates(ctx);
  const gated = gates.some((g) => !g.passed);
  const scores = FACTOR_SCORERS.map((score) => score(ctx));
  const candidateSide = sideScore(scores, CANDIDATE_WEIGHTS);
  const employerSide = sideScore(scores, EMPLOYER_WEIGHTS);
  const confidence = ctx.visa.verdict === 'needs_review' ? NEEDS_REVIEW_CONFIDENCE : 1;
  const fused = fuseSides(candidateSide, employerSide);
  const score = gated ? 0 : fused * confidence;
  const { visa } = ctx;
  return {
    scores,
    fused: { candidateSide, employerSide, fused, score },
    result: {
      candidateId: candidate.id,
      jobId: job.id,
      score: round3(score),
      gated,
      gates,
      candidateSide: round3(candidateSide),
      employerSide: round3(employerSide),
      confidence,
      visa: visaSummary(visa),
    },
  };
}

function visaSummary(visa: VisaAssessment): VisaSummary {
  const summary: VisaSummary = { verdict: visa.verdict, ruleIds: visa.ruleIds, citizen: visa.citizen, route: visa.route };
  if (visa.target) summary.target = visa.target;
  if (visa.pathwayId) summary.pathwayId = visa.pathwayId;
  return summary;
}

/** The full result of a scored pair, with the explanation as data (message keys and parameters, no prose). */
export function explainPair(pair: ScoredPair): MatchResult {
  return { ...pair.result, explanation: buildExplanation(pair.scores, pair.fused) };
}

/** Scores and explains one candidate–posting pair (see scorePair). */
export function evaluateMatch(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): MatchResult {
  return explainPair(scorePair(candidate, job, evalDate));
}
