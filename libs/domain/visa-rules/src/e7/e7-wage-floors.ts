import { isWithin, type IsoDate } from '@hashidari/domain-core';

export type E7WageSubType = 'E-7-1' | 'E-7-2' | 'E-7-3' | 'E-7-4';

/** One period of the E-7 wage requirement (KR-E7-W, visa-rules.md §A4.4). Amounts are KRW per year. */
export interface E7WagePeriod {
  ruleId: string;
  /** First application/CCVI date of the period (inclusive); absent = open start */
  from?: IsoDate;
  /** Last date of the period (inclusive); absent = open end */
  to?: IsoDate;
  /** Fixed floor per sub-type; 'gni-based' = a share of the previous year's GNI per capita; 'unverified' = not confirmed */
  floors: Readonly<Record<E7WageSubType, number | 'gni-based' | 'unverified' | 'not-published'>>;
  basis: string;
}

export const E7_WAGE_PERIODS: readonly E7WagePeriod[] = [
  {
    ruleId: 'KR-E7-W-01',
    to: '2025-03-31',
    floors: { 'E-7-1': 'gni-based', 'E-7-2': 'unverified', 'E-7-3': 'unverified', 'E-7-4': 'unverified' },
    basis: '>= 80 % of the previous year\'s GNI per capita (70 % for SMEs / ventures), e.g. 35,240,800 KRW when GNI = 44,051,000',
  },
  {
    ruleId: 'KR-E7-W-02',
    from: '2025-04-01',
    to: '2025-12-31',
    floors: { 'E-7-1': 28_670_000, 'E-7-2': 25_150_000, 'E-7-3': 25_150_000, 'E-7-4': 26_000_000 },
    basis: 'MOJ notice 2025-106 (fixed amounts, the same for all employer sizes)',
  },
  {
    ruleId: 'KR-E7-W-03',
    from: '2026-01-01',
    to: '2026-01-31',
    floors: { 'E-7-1': 'unverified', 'E-7-2': 'unverified', 'E-7-3': 'unverified', 'E-7-4': 'unverified' },
    basis: 'UNVERIFIED (presumably the 2025 amounts continue)',
  },
  {
    ruleId: 'KR-E7-W-04',
    from: '2026-02-01',
    to: '2026-12-31',
    floors: { 'E-7-1': 31_120_000, 'E-7-2': 25_890_000, 'E-7-3': 25_890_000, 'E-7-4': 'unverified' },
    basis: 'MOJ notice of 2025-12-29',
  },
  {
    ruleId: 'KR-E7-W',
    from: '2027-01-01',
    floors: { 'E-7-1': 'not-published', 'E-7-2': 'not-published', 'E-7-3': 'not-published', 'E-7-4': 'not-published' },
    basis: 'no amount in the reference for 2027 onward',
  },
];

/** The wage period in force on a date (the periods cover every date without gaps). */
export function e7WagePeriodOn(date: IsoDate): E7WagePeriod {
  const period = E7_WAGE_PERIODS.find((p) => isWithin(date, p.from, p.to));
  if (!period) throw new Error(`no E-7 wage period covers ${date}`);
  return period;
}

export type E7FloorAnswer =
  | { kind: 'amount'; amount: number; ruleId: string }
  | { kind: 'not-determinable'; reason: 'gni-based' | 'unverified' | 'not-published'; ruleId: string };

/** The E-7 annual wage floor for a sub-type on a date. */
export function e7WageFloor(subType: E7WageSubType, date: IsoDate): E7FloorAnswer {
  const period = e7WagePeriodOn(date);
  const floor = period.floors[subType];
  return typeof floor === 'number'
    ? { kind: 'amount', amount: floor, ruleId: period.ruleId }
    : { kind: 'not-determinable', reason: floor, ruleId: period.ruleId };
}
