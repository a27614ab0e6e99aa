import type { MarketCountry } from '@hashidari/domain-core';
import { contextOf } from '../testing/context';
import { scoreOccupation } from './occupation-factor';

interface Row {
  name: string;
  wished?: string[];
  country?: MarketCountry;
  code?: string;
  score: number;
  key: string;
  wishedCode?: string;
}

const rows: Row[] = [
  { name: 'the wished code itself (KR 2742)', wished: ['2742'], country: 'KR', code: '2742', score: 1, key: 'match.occupation.wished' },
  { name: 'KR 2742 wish finds JP 048 through the crosswalk', wished: ['2742'], country: 'JP', code: '048', score: 0.95, key: 'match.occupation.equivalent' },
  { name: 'KR 2742 wish finds JP 040 through the crosswalk', wished: ['2742'], country: 'JP', code: '040', score: 0.95, key: 'match.occupation.equivalent' },
  { name: 'KR 2223 wish finds a JP 小分類 009-03', wished: ['2223'], country: 'JP', code: '009-03', score: 0.95, key: 'match.occupation.equivalent' },
  { name: 'a JP 中分類 wish (009) finds its 小分類 (009-03)', wished: ['009'], country: 'JP', code: '009-03', score: 0.95, key: 'match.occupation.equivalent' },
  { name: 'a JP wish (048) finds KR 2742', wished: ['2223', '048'], country: 'KR', code: '2742', score: 0.95, key: 'match.occupation.equivalent', wishedCode: '048' },
  { name: 'the same group (2742 wish, 2743 technical sales)', wished: ['2742'], country: 'KR', code: '2743', score: 0.6, key: 'match.occupation.related' },
  { name: 'another field (2742 wish, 2223 software)', wished: ['2742'], country: 'KR', code: '2223', score: 0.15, key: 'match.occupation.other' },
  { name: 'no wished occupations', wished: [], country: 'KR', code: '2742', score: 0.6, key: 'match.occupation.no-preference' },
  { name: 'a posting without a code', wished: ['2742'], country: 'KR', code: undefined, score: 0.5, key: 'match.occupation.unknown-code' },
];

describe('occupation factor (candidate side)', () => {
  it.each(rows)('$name', ({ wished, country, code, score, key, wishedCode }) => {
    const result = scoreOccupation(contextOf({ wishes: { occupationCodes: wished } }, { country, occupationCode: code }));
    expect(result.score).toBeCloseTo(score, 6);
    expect(result.messageKey).toBe(key);
    if (wishedCode) expect(result.params.wishedCode).toBe(wishedCode);
  });
});
