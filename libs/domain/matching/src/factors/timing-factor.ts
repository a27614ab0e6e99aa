import { daysBetween, type IsoDate } from '@hashidari/domain-core';
import type { FactorScore, MessageParams } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

/** Days late at which the timing score has lost all it can lose (it never goes below 0.1). */
export const LATE_DAYS_TO_FLOOR = 120;
/** Being available this long before the start is still a full fit; beyond it the score eases to 0.6. */
export const EARLY_DAYS_FREE = 180;

export type AvailabilityReason = 'now' | 'wish' | 'graduation';

/**
 * When the candidate can start: their wished start date, and for full-time or contract work not before
 * their (latest) graduation, never before the evaluation date.
 */
export function availableFrom(ctx: MatchContext): { date: IsoDate; reason: AvailabilityReason } {
  let date = ctx.evalDate;
  let reason: AvailabilityReason = 'now';
  const wish = ctx.candidate.wishes.startFrom;
  if (wish !== undefined && wish > date) {
    date = wish;
    reason = 'wish';
  }
  if (ctx.job.employmentType !== 'internship') {
    for (const entry of ctx.candidate.education) {
      if (entry.graduationDate !== undefined && entry.graduationDate > date) {
        date = entry.graduationDate;
        reason = 'graduation';
      }
    }
  }
  return { date, reason };
}

/** Both sides: the candidate's earliest start against the posting's start date. */
export function scoreTiming(ctx: MatchContext): FactorScore {
  const { job, evalDate } = ctx;
  const available = availableFrom(ctx);
  const params: MessageParams = { availableFrom: available.date, availableReason: available.reason };
  if (job.deadline !== undefined && job.deadline >= evalDate) params.daysToDeadline = daysBetween(evalDate, job.deadline);
  if (job.startDate === undefined) return { factor: 'timing', score: 0.8, messageKey: 'match.timing.open-start', params };
  params.startDate = job.startDate;
  const daysLate = daysBetween(job.startDate, available.date);
  if (daysLate > 0) {
    return { factor: 'timing', score: Math.max(0.1, 1 - daysLate / LATE_DAYS_TO_FLOOR), messageKey: 'match.timing.late', params: { ...params, daysLate } };
  }
  const daysEarly = -daysLate;
  if (daysEarly > EARLY_DAYS_FREE) {
    return { factor: 'timing', score: Math.max(0.6, 1 - (daysEarly - EARLY_DAYS_FREE) / 365), messageKey: 'match.timing.early', params: { ...params, daysEarly } };
  }
  return { factor: 'timing', score: 1, messageKey: 'match.timing.fits', params };
}
