import type { Pay } from '@hashidari/domain-core';
import type { MatchJob } from '../model/match-input';
import { contextOf } from '../testing/context';
import { REFERENCE_KRW_PER_JPY, scoreSalary } from './salary-factor';

interface Row {
  name: string;
  floor?: Pay;
  job?: Partial<MatchJob>;
  score: number;
  key: string;
  params?: Record<string, unknown>;
}

const krw = (amount: number): Pay => ({ amount, currency: 'KRW', period: 'year' });
const FLOOR_30M = krw(30_000_000);

function belowBy(shortfall: number): number {
  return Math.max(0, 0.7 - 3 * shortfall);
}

const rows: Row[] = [
  { name: 'the whole band above the floor', floor: FLOOR_30M, score: 1, key: 'match.salary.meets-floor', params: { offeredMin: 33_000_000, offeredMax: 40_000_000, floor: 30_000_000, currency: 'KRW' } },
  { name: 'the floor inside the band', floor: krw(35_000_000), score: 0.8, key: 'match.salary.floor-within-band' },
  { name: '9 % short of the floor', floor: krw(44_000_000), score: 0.7 - 3 * (4 / 44), key: 'match.salary.below-floor', params: { shortfallPercent: 9 } },
  { name: 'a third short is 0', floor: krw(60_000_000), score: 0, key: 'match.salary.below-floor', params: { shortfallPercent: 33 } },
  { name: 'monthly pay is annualised', floor: FLOOR_30M, job: { salary: { min: 2_900_000, max: 3_200_000, currency: 'KRW', period: 'month' } }, score: 1, key: 'match.salary.meets-floor', params: { offeredMin: 34_800_000, offeredMax: 38_400_000, period: 'year' } },
  { name: 'a KRW floor against JPY pay converts at the reference rate', floor: FLOOR_30M, job: { country: 'JP', salary: { min: 4_200_000, max: 5_500_000, currency: 'JPY', period: 'year' } }, score: 1, key: 'match.salary.meets-floor', params: { currency: 'JPY', floorCurrency: 'KRW', rate: REFERENCE_KRW_PER_JPY } },
  { name: 'a KRW floor of 32M against JPY 3.2M at most is 7 % short', floor: krw(32_000_000), job: { country: 'JP', salary: { min: 3_000_000, max: 3_200_000, currency: 'JPY', period: 'year' } }, score: belowBy((32_000_000 / REFERENCE_KRW_PER_JPY - 3_200_000) / (32_000_000 / REFERENCE_KRW_PER_JPY)), key: 'match.salary.below-floor', params: { shortfallPercent: 7 } },
  { name: 'an internship is not held to a full-time floor', floor: FLOOR_30M, job: { employmentType: 'internship', salary: { min: 2_200_000, max: 2_200_000, currency: 'KRW', period: 'month' } }, score: 0.85, key: 'match.salary.internship-paid', params: { offeredMax: 2_200_000, period: 'month' } },
  { name: 'no salary stated', floor: FLOOR_30M, job: { salary: null }, score: 0.5, key: 'match.salary.not-stated' },
  { name: 'no floor stated', job: {}, score: 0.8, key: 'match.salary.no-floor' },
  { name: 'only a maximum stated is read as the amount', floor: FLOOR_30M, job: { salary: { max: 36_000_000, currency: 'KRW', period: 'year' } }, score: 1, key: 'match.salary.meets-floor', params: { offeredMin: 36_000_000 } },
];

describe('salary factor (candidate side)', () => {
  it.each(rows)('$name', ({ floor, job, score, key, params }) => {
    const wishes = { countries: ['KR' as const, 'JP' as const], employmentTypes: ['full-time' as const], ...(floor ? { salaryFloor: floor } : {}) };
    const result = scoreSalary(contextOf({ wishes }, job));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (params) expect(result.params).toMatchObject(params);
  });
});
