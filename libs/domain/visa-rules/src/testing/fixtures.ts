import type { IsoDate } from '@hashidari/domain-core';
import type { EligibilityRequest, JobFacts, PersonFacts } from '../eligibility-request';
import { evaluateEligibility, type EligibilityReason, type EligibilityResult } from '../evaluate-eligibility';
import type { RuleOutcome } from '../rule';
import type { Target } from '../targets';

/** Test helpers (not exported from the library). */
export function evaluate(target: Target, evalDate: IsoDate, person: PersonFacts = {}, job: JobFacts = {}): EligibilityResult {
  const request: EligibilityRequest = { target, evalDate, person, job };
  return evaluateEligibility(request);
}

export function reasonOf(result: EligibilityResult, ruleId: string): EligibilityReason | undefined {
  return result.reasons.find((r) => r.ruleId === ruleId);
}

/** Outcome of one rule, or 'absent' when the rule did not report (not applicable). */
export function outcomeOf(result: EligibilityResult, ruleId: string): RuleOutcome | 'absent' {
  return reasonOf(result, ruleId)?.outcome ?? 'absent';
}
