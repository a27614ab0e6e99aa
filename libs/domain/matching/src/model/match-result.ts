import type { Target, Verdict } from '@hashidari/visa-rules';

export const FACTORS = ['skills', 'language', 'education', 'experience', 'salary', 'location', 'occupation', 'timing', 'visa'] as const;
export type Factor = (typeof FACTORS)[number];

/** Whose interest a factor or gate serves: the candidate's wishes, the employer's requirements, or both. */
export type Side = 'candidate' | 'employer' | 'both';

/**
 * Parameters of a message key. The portal renders the key in ja/ko/en and fills these in; matching
 * never writes prose. Codes (skill ids, test names such as 'TOPIK 4', status targets) stay untranslated
 * here and are labelled by the portal.
 */
export type MessageParams = Record<string, string | number | string[]>;

/** One factor's score before fusion. */
export interface FactorScore {
  factor: Factor;
  /** 0..1 */
  score: number;
  messageKey: string;
  params: MessageParams;
}

export interface ExplanationItem extends FactorScore {
  side: Side;
  /** Signed share of the final score: the contributions of a result add up to its score (up to rounding). */
  contribution: number;
  /** Effective weight of the factor in the fused score (the weights of all factors add up to 1) */
  weight: number;
}

export const GATE_REASONS = ['country-not-wished', 'employment-type-not-wished', 'deadline-passed', 'language-below-minimum', 'visa-not-eligible'] as const;
export type GateReason = (typeof GATE_REASONS)[number];

export interface GateResult {
  gate: GateReason;
  passed: boolean;
  side: Side;
  /** `match.gate.<gate>` */
  messageKey: string;
  params: MessageParams;
}

/** How the candidate gets the right to do this job. */
export type VisaRoute = 'citizen' | 'in-country' | 'from-abroad';

export interface VisaSummary {
  verdict: Verdict;
  target?: Target;
  pathwayId?: string;
  ruleIds: string[];
  /** A citizen of the job's country needs no status of residence */
  citizen: boolean;
  route: VisaRoute;
}

export interface MatchResult {
  candidateId: string;
  jobId: string;
  /** 0..1, rounded to 3 decimals; 0 when gated */
  score: number;
  gated: boolean;
  /** Every gate with whether it passed */
  gates: GateResult[];
  /** How well the job fits the candidate's wishes, 0..1 */
  candidateSide: number;
  /** How well the candidate fits the job's requirements, 0..1 */
  employerSide: number;
  /** 1, or less when the visa verdict is needs_review */
  confidence: number;
  /** One item per factor, largest contribution first */
  explanation: ExplanationItem[];
  visa: VisaSummary;
}
