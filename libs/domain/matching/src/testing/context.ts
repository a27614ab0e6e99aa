import type { IsoDate } from '@hashidari/domain-core';
import { matchContext } from '../evaluate-match';
import type { MatchContext } from '../model/match-context';
import type { MatchCandidate, MatchJob } from '../model/match-input';
import { aCandidate, aJob, EVAL_DATE } from './builders';

/** The context of a pair built from the default candidate and job with overrides. */
export function contextOf(candidate: Partial<MatchCandidate> = {}, job: Partial<MatchJob> = {}, evalDate: IsoDate = EVAL_DATE): MatchContext {
  return matchContext(aCandidate(candidate), aJob(job), evalDate);
}
