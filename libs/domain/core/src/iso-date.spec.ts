import { addDays, addMonths, ageOn, daysBetween, isIsoDate, marketDay } from './iso-date';

describe('ISO dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-01', false],
    [20260101, false],
  ])('isIsoDate(%p) = %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('adds days and months across month ends', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(daysBetween('2025-10-01', '2025-10-29')).toBe(28);
  });

  it('counts age in whole years, the day before and on the birthday', () => {
    expect(ageOn('2001-05-01', '2031-04-30')).toBe(29);
    expect(ageOn('2001-05-01', '2031-05-01')).toBe(30);
  });
});

describe('the day in Korea and Japan', () => {
  it.each([
    ['2026-11-28T14:59:59.999Z', '2026-11-28'],
    ['2026-11-28T15:00:00.000Z', '2026-11-29'],
    ['2026-12-31T15:00:00.000Z', '2027-01-01'],
    ['2026-11-28T00:00:00.000Z', '2026-11-28'],
  ])('at %s it is %s', (moment, day) => {
    expect(marketDay(new Date(moment))).toBe(day);
  });
});
