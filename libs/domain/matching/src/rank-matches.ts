import type { IsoDate } from '@hashidari/domain-core';
import { evaluateMatch } from './evaluate-match';
import type { MatchCandidate, MatchJob } from './model/match-input';
import type { ExplanationItem, MatchResult } from './model/match-result';

export interface RankOptions {
  evalDate: IsoDate;
  /** At most this many results (all when absent) */
  limit?: number;
}

/** A posting recommended to a candidate, with the caller's own job object. */
export type RankedJob<J extends MatchJob = MatchJob> = MatchResult & { job: J };
/** A candidate recommended for a posting, with the caller's own candidate object. */
export type RankedCandidate<C extends MatchCandidate = MatchCandidate> = MatchResult & { candidate: C };

function byScoreThenId(a: MatchResult, b: MatchResult, idOf: (r: MatchResult) => string): number {
  if (b.score !== a.score) return b.score - a.score;
  const x = idOf(a);
  const y = idOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function take<T>(list: T[], limit: number | undefined): T[] {
  return limit === undefined ? list : list.slice(0, Math.max(0, limit));
}

/**
 * The postings that suit a candidate best: gated pairs (e.g. a job they cannot legally take) are left out,
 * the rest sorted by score, ties by job id.
 */
export function rankJobsForCandidate<J extends MatchJob>(candidate: MatchCandidate, jobs: readonly J[], options: RankOptions): RankedJob<J>[] {
  const ranked: RankedJob<J>[] = [];
  for (const job of jobs) {
    const result = evaluateMatch(candidate, job, options.evalDate);
    if (!result.gated) ranked.push({ ...result, job });
  }
  ranked.sort((a, b) => byScoreThenId(a, b, (r) => r.jobId));
  return take(ranked, options.limit);
}

/** Parameters of the candidate's own salary wish that an employer is not shown. */
const PRIVATE_SALARY_PARAMS = ['floor', 'floorCurrency', 'rate', 'shortfallPercent'];

/**
 * The explanation as an employer may see it: the candidate's salary floor is their own negotiating
 * position, so only whether the offer meets it (the message key) is kept.
 */
export function explanationForEmployer(explanation: readonly ExplanationItem[]): ExplanationItem[] {
  return explanation.map((item) =>
    item.factor === 'salary' ? { ...item, params: Object.fromEntries(Object.entries(item.params).filter(([k]) => !PRIVATE_SALARY_PARAMS.includes(k))) } : item,
  );
}

/**
 * The candidates who fit a posting best (pass only candidates who consented to be shown): gated pairs
 * are left out, the rest sorted by score, ties by candidate id. The explanation hides the candidate's
 * salary floor (see explanationForEmployer).
 */
export function rankCandidatesForJob<C extends MatchCandidate>(job: MatchJob, candidates: readonly C[], options: RankOptions): RankedCandidate<C>[] {
  const ranked: RankedCandidate<C>[] = [];
  for (const candidate of candidates) {
    const result = evaluateMatch(candidate, job, options.evalDate);
    if (!result.gated) ranked.push({ ...result, explanation: explanationForEmployer(result.explanation), candidate });
  }
  ranked.sort((a, b) => byScoreThenId(a, b, (r) => r.candidateId));
  return take(ranked, options.limit);
}
