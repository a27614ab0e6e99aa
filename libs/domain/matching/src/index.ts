export * from './model/match-input';
export * from './model/match-result';
export { evaluateMatch } from './evaluate-match';
export { whyNot } from './why-not';
export { rankJobsForCandidate, rankCandidatesForJob, explanationForEmployer, type RankOptions, type RankedJob, type RankedCandidate } from './rank-matches';
export { CANDIDATE_WEIGHTS, EMPLOYER_WEIGHTS, FUSION_WEIGHTS, NEEDS_REVIEW_CONFIDENCE, effectiveWeight } from './fusion/weights';
export { fuseSides } from './fusion/fuse-sides';
export { VISA_WARNINGS, LEAD_DAYS, type VisaWarning } from './assessments/visa-assessment';
export { REFERENCE_KRW_PER_JPY } from './factors/salary-factor';
