import { annualAmount, type Currency, type Pay } from '@hashidari/domain-core';
import type { FactorScore, MessageParams } from '../model/match-result';
import type { MatchContext } from '../model/match-context';

/**
 * A fixed reference rate (KRW per JPY, about the 2025–26 level) used only to compare a salary floor in one
 * currency with pay in the other while ranking. The explanation shows both amounts in their own currency
 * and the rate, so nobody reads a conversion as an offer.
 */
export const REFERENCE_KRW_PER_JPY = 9.3;

function convert(amount: number, from: Currency, to: Currency): number {
  if (from === to) return amount;
  return from === 'JPY' ? amount * REFERENCE_KRW_PER_JPY : amount / REFERENCE_KRW_PER_JPY;
}

/** Score for an offer whose top is below the floor: 0.7 at the floor, 0 from 23 % short. */
export function belowFloorScore(shortfall: number): number {
  return Math.max(0, 0.7 - 3 * shortfall);
}

/**
 * Candidate side: the offered annual pay against the candidate's floor. Whole band at or above the floor 1;
 * floor inside the band 0.8; below it falls fast. Internships are not held to a full-time floor.
 */
export function scoreSalary(ctx: MatchContext): FactorScore {
  const { job } = ctx;
  const floor: Pay | undefined = ctx.candidate.wishes.salaryFloor;
  const s = job.salary;
  const low = s?.min ?? s?.max;
  const high = s?.max ?? s?.min;
  if (!s || low === undefined || high === undefined) {
    return { factor: 'salary', score: 0.5, messageKey: 'match.salary.not-stated', params: {} };
  }
  if (job.employmentType === 'internship') {
    const params = { offeredMin: low, offeredMax: high, currency: s.currency, period: s.period };
    return { factor: 'salary', score: 0.85, messageKey: 'match.salary.internship-paid', params };
  }
  const min = annualAmount({ amount: low, currency: s.currency, period: s.period });
  const max = annualAmount({ amount: high, currency: s.currency, period: s.period });
  const params: MessageParams = { offeredMin: min, offeredMax: max, currency: s.currency, period: 'year' };
  if (!floor) return { factor: 'salary', score: 0.8, messageKey: 'match.salary.no-floor', params };
  // Ranking runs this for every pair of a pool: the parameters are filled in place, not spread.
  const floorAnnual = annualAmount(floor);
  const floorInJobCurrency = convert(floorAnnual, floor.currency, s.currency);
  params.floor = floorAnnual;
  params.floorCurrency = floor.currency;
  if (floor.currency !== s.currency) params.rate = REFERENCE_KRW_PER_JPY;
  if (min >= floorInJobCurrency) return { factor: 'salary', score: 1, messageKey: 'match.salary.meets-floor', params };
  if (max >= floorInJobCurrency) return { factor: 'salary', score: 0.8, messageKey: 'match.salary.floor-within-band', params };
  const shortfall = (floorInJobCurrency - max) / floorInJobCurrency;
  params.shortfallPercent = Math.round(shortfall * 100);
  return { factor: 'salary', score: belowFloorScore(shortfall), messageKey: 'match.salary.below-floor', params };
}
