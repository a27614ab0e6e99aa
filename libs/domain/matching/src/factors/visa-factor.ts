import type { Verdict } from '@hashidari/visa-rules';
import type { VisaWarning } from '../assessments/visa-assessment';
import type { FactorScore, MessageParams } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

const VERDICT_SCORE: Readonly<Record<Verdict, number>> = { eligible: 1, needs_review: 0.6, not_eligible: 0 };
const WARNING_FACTOR: Readonly<Record<VisaWarning, number>> = { 'lead-time-short': 0.7, 'status-expires-before-start': 0.9, 'status-expired': 0.5 };
const VERDICT_KEY: Readonly<Record<Verdict, string>> = {
  eligible: 'match.visa.eligible',
  needs_review: 'match.visa.needs-review',
  not_eligible: 'match.visa.not-eligible',
};

/**
 * Both sides: whether (and how) the candidate's status path reaches the job by its start. Citizens 1;
 * a documented route 1; needs_review 0.6; each warning (short lead time, status ending before the start,
 * status already expired) scales it down. Warnings are codes the portal renders as `match.visa.warning.<code>`.
 */
export function scoreVisa(ctx: MatchContext): FactorScore {
  const { visa } = ctx;
  // Filled by assignment rather than conditional spreads: this runs for every pair a ranking scores.
  const params: MessageParams = { verdict: visa.verdict, route: visa.route, ruleIds: visa.ruleIds, warnings: visa.warnings };
  if (visa.target) params.target = visa.target;
  if (visa.pathwayId) params.pathwayId = visa.pathwayId;
  if (!visa.citizen) params.leadDays = visa.leadDays;
  if (visa.daysUntilStart !== undefined) params.daysUntilStart = visa.daysUntilStart;
  if (visa.warnings.length > 0 && ctx.candidate.statusExpiresAt) params.statusExpiresAt = ctx.candidate.statusExpiresAt;
  if (visa.citizen) return { factor: 'visa', score: 1, messageKey: 'match.visa.citizen', params };
  const score = visa.warnings.reduce((s, w) => s * WARNING_FACTOR[w], VERDICT_SCORE[visa.verdict]);
  return { factor: 'visa', score, messageKey: VERDICT_KEY[visa.verdict], params };
}
