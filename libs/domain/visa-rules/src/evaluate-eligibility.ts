import { DomainError, isWithin, type IsoDate, type TrilingualText } from '@hashidari/domain-core';
import { checklistFor, type ChecklistItem } from './checklists/checklists';
import type { EligibilityRequest } from './eligibility-request';
import type { RuleContext, RuleEvaluation, RuleId, RuleOutcome, VisaRule } from './rule';
import { referenceSource } from './rules/reference-source';
import { rulesForTarget } from './rules/rule-registry';
import type { Target } from './targets';
import { t } from './text';
import { validateEligibilityRequest } from './validate-request';
import { RULE_SET_VERSION } from './version';

export type Verdict = 'eligible' | 'not_eligible' | 'needs_review';

export interface EligibilityReason {
  ruleId: RuleId;
  outcome: RuleOutcome;
  message: TrilingualText;
  source: string;
  /** Request fields whose absence left the rule open */
  missing?: string[];
  /** The outcome rests on a point the reference marks UNVERIFIED */
  unverified?: boolean;
}

export interface EligibilityResult {
  target: Target;
  evalDate: IsoDate;
  verdict: Verdict;
  reasons: EligibilityReason[];
  ruleSetVersion: string;
  checklist: ChecklistItem[];
}


function outsideWindow(rule: VisaRule, evalDate: IsoDate): RuleEvaluation {
  const from = rule.effectiveFrom ?? '…';
  const to = rule.effectiveTo ?? '…';
  return {
    outcome: 'unknown',
    message: t(
      `This rule is encoded for ${from} → ${to}; the rule set does not encode the rule in force on ${evalDate}.`,
      `この規定は ${from} → ${to} の期間について登録されています。${evalDate} 時点の規定は登録されていません。`,
      `이 규정은 ${from} → ${to} 기간에 대해 등록되어 있습니다. ${evalDate} 기준 규정은 등록되어 있지 않습니다.`,
    ),
  };
}

/** A rule marked UNVERIFIED as a whole can never pass (safety net: UNVERIFIED answers needs_review). */
function guardUnverified(rule: VisaRule, e: RuleEvaluation): RuleEvaluation {
  return rule.unverified && e.outcome === 'pass' ? { ...e, outcome: 'unknown', unverified: true } : e;
}

interface Evaluated {
  rule: VisaRule;
  evaluation: RuleEvaluation;
}

function evaluateRules(ctx: RuleContext): Evaluated[] {
  const out: Evaluated[] = [];
  for (const rule of rulesForTarget(ctx.target)) {
    const inForce = isWithin(ctx.evalDate, rule.effectiveFrom, rule.effectiveTo);
    if (rule.dateGroup && !inForce) continue; // another member of the group covers this date
    const raw = rule.evaluate(ctx);
    if (raw === null) continue;
    const evaluation = !rule.dateGroup && !rule.handlesOwnDates && !inForce ? outsideWindow(rule, ctx.evalDate) : raw;
    out.push({ rule, evaluation: guardUnverified(rule, evaluation) });
  }
  return out;
}

/** Alternative ways to qualify: one pass is enough; otherwise the open ones; otherwise all failures. */
function resolveAlternatives(evaluated: readonly Evaluated[]): Evaluated[] {
  const groups = new Map<string, Evaluated[]>();
  for (const e of evaluated) {
    const g = e.rule.alternativeGroup;
    if (g) groups.set(g, [...(groups.get(g) ?? []), e]);
  }
  const keep = new Set<Evaluated>();
  for (const members of groups.values()) {
    const passed = members.filter((m) => m.evaluation.outcome === 'pass');
    const open = members.filter((m) => m.evaluation.outcome === 'unknown');
    for (const m of passed.length > 0 ? passed : open.length > 0 ? open : members) keep.add(m);
  }
  return evaluated.filter((e) => !e.rule.alternativeGroup || keep.has(e));
}

export function verdictOf(outcomes: readonly RuleOutcome[]): Verdict {
  if (outcomes.includes('fail')) return 'not_eligible';
  if (outcomes.includes('unknown') || outcomes.length === 0) return 'needs_review';
  return 'eligible';
}

/**
 * The stateless eligibility check behind `POST /api/v1/visa/eligibility`. Pure: the answer depends only
 * on the request (its explicit `evalDate` included) and the encoded rule set.
 * @throws DomainError VALIDATION_FAILED when the request is malformed (see validateEligibilityRequest)
 */
export function evaluateEligibility(request: EligibilityRequest): EligibilityResult {
  const errors = validateEligibilityRequest(request);
  if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', 'invalid eligibility request', errors);
  const ctx: RuleContext = {
    request,
    person: request.person ?? {},
    job: request.job ?? {},
    evalDate: request.evalDate,
    target: request.target,
  };
  const reasons: EligibilityReason[] = resolveAlternatives(evaluateRules(ctx)).map(({ rule, evaluation }) => ({
    ruleId: rule.id,
    outcome: evaluation.outcome,
    message: evaluation.message,
    source: referenceSource(rule.id),
    ...(evaluation.missing && evaluation.missing.length > 0 ? { missing: evaluation.missing } : {}),
    ...(evaluation.unverified ? { unverified: true } : {}),
  }));
  return {
    target: request.target,
    evalDate: request.evalDate,
    verdict: verdictOf(reasons.map((r) => r.outcome)),
    reasons,
    ruleSetVersion: RULE_SET_VERSION,
    checklist: checklistFor(request.target, request),
  };
}

