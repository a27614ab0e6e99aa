import { formatAmount } from './format-money';

describe('formatAmount', () => {
  it.each([
    ['ja', 4_000_000, '400万'],
    ['ja', 33_000_000, '3,300万'],
    ['ja', 250_000, '25万'],
    ['ja', 1_200, '1,200'],
    ['ja', 120_000_000, '1.2億'],
    ['ko', 33_000_000, '3,300만'],
    ['ko', 40_000_000, '4,000만'],
    ['ko', 9_860, '9,860'],
    ['en', 4_000_000, '4.0M'],
    ['en', 5_500_000, '5.5M'],
    ['en', 250_000, '250K'],
    ['en', 1_200, '1,200'],
  ])('%s %d → %s', (locale, amount, expected) => {
    expect(formatAmount(amount, locale)).toBe(expected);
  });
});
