import { bandPosition, formatShare, salaryScale } from './market-format';

const band = (p25: number, median: number, p75: number) => ({ currency: 'KRW' as const, period: 'year' as const, p25, median, p75, postings: 5 });

describe('drawing salary bands of one market on one scale', () => {
  it('spans the lowest 25th to the highest 75th percentile, with a margin', () => {
    expect(salaryScale([band(30e6, 32e6, 34e6), null, band(40e6, 45e6, 50e6)])).toEqual({ low: 27.5e6, high: 52.5e6 });
  });

  it('has no scale without bands', () => {
    expect(salaryScale([null, null])).toBeNull();
    expect(salaryScale([])).toBeNull();
  });

  it.each([
    [band(30e6, 32e6, 34e6), { low: 27.5e6, high: 52.5e6 }, { left: 10, width: 16, median: 18 }],
    [band(40e6, 45e6, 50e6), { low: 27.5e6, high: 52.5e6 }, { left: 50, width: 40, median: 70 }],
    // one band alone: the margin keeps it off the edges; equal quartiles still draw a sliver
    [band(36e6, 36e6, 36e6), { low: 34.2e6, high: 37.8e6 }, { left: 50, width: 1, median: 50 }],
  ])('places %j on %j', (b, scale, expected) => {
    const position = bandPosition(b, scale);
    expect(position.left).toBeCloseTo(expected.left, 2);
    expect(position.width).toBeCloseTo(expected.width, 2);
    expect(position.median).toBeCloseTo(expected.median, 2);
  });

  it.each([
    [0.625, 'en', '63%'],
    [0, 'ko', '0%'],
    [1, 'ja', '100%'],
  ])('writes the share %d in %s as %s', (share, locale, text) => {
    expect(formatShare(share, locale)).toBe(text);
  });
});
