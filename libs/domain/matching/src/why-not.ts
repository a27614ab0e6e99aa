import type { IsoDate } from '@hashidari/domain-core';
import { matchContext } from './evaluate-match';
import { evaluateGates } from './gates/evaluate-gates';
import type { MatchCandidate, MatchJob } from './model/match-input';
import type { GateResult } from './model/match-result';

/**
 * The hard gates a pair fails ("why not" when a candidate opens a posting they were not recommended);
 * empty when nothing blocks it. Cheaper than evaluateMatch: no factor scores.
 */
export function whyNot(candidate: MatchCandidate, job: MatchJob, evalDate: IsoDate): GateResult[] {
  return evaluateGates(matchContext(candidate, job, evalDate)).filter((g) => !g.passed);
}
