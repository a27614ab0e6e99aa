import type { MarketCountry } from '@hashidari/domain-core';
import { relateOccupation, type OccupationRelation } from './occupation-relation';

const rows: [string, MarketCountry, string, string, string | undefined, OccupationRelation][] = [
  ['the same KR code', 'KR', '2742', '2742', 'KR', 'same'],
  ['the same code, country unknown', 'KR', '2742', '2742', undefined, 'same'],
  ['KR 2742 experience for a JP 048 posting', 'JP', '048', '2742', 'KR', 'equivalent'],
  ['JP 048 experience for a KR 2742 posting', 'KR', '2742', '048', 'JP', 'equivalent'],
  ['JP 中分類 and its 小分類', 'JP', '009-03', '009', 'JP', 'equivalent'],
  ['KR 2742 and 2743 are both sales and trade', 'KR', '2742', '2743', 'KR', 'same-group'],
  ['software and overseas sales are unrelated', 'KR', '2742', '2223', 'KR', 'none'],
  ['an unknown code relates to nothing', 'KR', '2742', '9999', undefined, 'none'],
  ['a country outside the market tries both classifications', 'KR', '2742', '048', 'VN', 'equivalent'],
];

describe('relateOccupation', () => {
  it.each(rows)('%s', (_name, jobCountry, jobCode, other, otherCountry, expected) => {
    expect(relateOccupation(jobCountry, jobCode, other, otherCountry)).toBe(expected);
  });
});
