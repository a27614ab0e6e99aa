import type { IsoDate } from '@hashidari/domain-core';
import { explainPair, scorePair, type ScoredPair } from './evaluate-match';
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

function byScoreThenId(a: ScoredPair, b: ScoredPair, idOf: (r: ScoredPair['result']) => string): number {
  if (b.result.score !== a.result.score) return b.result.score - a.result.score;
  const x = idOf(a.result);
  const y = idOf(b.result);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Scores every pair, keeps the non-gated ones in order, and explains only those returned. */
function rank<T>(pairs: { pair: ScoredPair; item: T }[], idOf: (r: ScoredPair['result']) => string, limit: number | undefined) {
  const kept = pairs.filter(({ pair }) => !pair.result.gated).sort((a, b) => byScoreThenId(a.pair, b.pair, idOf));
  return (limit === undefined ? kept : kept.slice(0, Math.max(0, limit))).map(({ pair, item }) => ({ result: explainPair(pair), item }));
}

/**
 * The postings that suit a candidate best: gated pairs (e.g. a job they cannot legally take) are left out,
 * the rest sorted by score, ties by job id.
 */
export function rankJobsForCandidate<J extends MatchJob>(candidate: MatchCandidate, jobs: readonly J[], options: RankOptions): RankedJob<J>[] {
  const pairs = jobs.map((job) => ({ pair: scorePair(candidate, job, options.evalDate), item: job }));
  return rank(pairs, (r) => r.jobId, options.limit).map(({ result, item }) => ({ ...result, job: item }));
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
  const pairs = candidates.map((candidate) => ({ pair: scorePair(candidate, job, options.evalDate), item: candidate }));
  return rank(pairs, (r) => r.candidateId, options.limit).map(({ result, item }) => ({
    ...result,
    explanation: explanationForEmployer(result.explanation),
    candidate: item,
  }));
}
