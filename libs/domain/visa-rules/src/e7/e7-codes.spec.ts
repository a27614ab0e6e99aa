import { isFeasibleFrom } from '../feasibility';
import { E7_CODES, lookupE7Code, ratioTestApplies } from './e7-codes';
import { e7WageFloor, E7_WAGE_PERIODS } from './e7-wage-floors';

describe('E-7 code list (occupations.md Appendix A)', () => {
  it('has 15 managers, 52 professionals (E-7-1) and 10 semi-professional codes (E-7-2)', () => {
    expect(E7_CODES.filter((c) => c.group === 'manager')).toHaveLength(15);
    expect(E7_CODES.filter((c) => c.group === 'professional')).toHaveLength(52);
    expect(E7_CODES.filter((c) => c.subType === 'E-7-2')).toHaveLength(10);
    expect(new Set(E7_CODES.map((c) => c.code)).size).toBe(E7_CODES.length);
  });

  it.each([
    ['2742', 'listed'],
    ['2814', 'listed'],
    ['1202', 'listed'],
    ['1212', 'alternate'],
    ['2396', 'alternate'],
    ['3120', 'not-listed'],
  ])('KR-E7-01 lookup %s → %s', (code, kind) => {
    expect(lookupE7Code(code).kind).toBe(kind);
  });

  it('KR-E7-01 a code typed with full-width digits is the same code, for the lookup and the verdict', () => {
    expect(lookupE7Code('２７４２')).toMatchObject({ kind: 'listed', entry: { code: '2742', subType: 'E-7-1' } });
    const job = { country: 'KR' as const, employmentType: 'full-time' as const, sponsorship: true, startDate: '2026-04-01' };
    const salary = { min: 33_000_000, max: 40_000_000, currency: 'KRW' as const, period: 'year' as const };
    const verdict = (occupationCode: string) => isFeasibleFrom('KR:D-10-1', 'JP', { ...job, occupationCode, salary }, '2026-03-01').verdict;
    expect(verdict('２７４２')).toBe(verdict('2742'));
    expect(verdict('2742')).toBe('eligible');
  });

  it.each([
    ['2742', 'confirmed'],
    ['2814', 'confirmed'],
    ['285', 'reported'],
    ['2221', 'no'],
  ])('KR-E7-EMP-04 ratio test for %s: %s', (code, expected) => {
    expect(ratioTestApplies(code)).toBe(expected);
  });
});

describe('E-7 wage floor table (KR-E7-W)', () => {
  it.each([
    ['2025-03-31', 'E-7-1', 'KR-E7-W-01', 'gni-based'],
    ['2025-04-01', 'E-7-1', 'KR-E7-W-02', 28_670_000],
    ['2025-04-01', 'E-7-2', 'KR-E7-W-02', 25_150_000],
    ['2025-04-01', 'E-7-4', 'KR-E7-W-02', 26_000_000],
    ['2026-01-01', 'E-7-1', 'KR-E7-W-03', 'unverified'],
    ['2026-02-01', 'E-7-1', 'KR-E7-W-04', 31_120_000],
    ['2026-02-01', 'E-7-3', 'KR-E7-W-04', 25_890_000],
    ['2026-02-01', 'E-7-4', 'KR-E7-W-04', 'unverified'],
    ['2027-01-01', 'E-7-1', 'KR-E7-W', 'not-published'],
  ] as const)('%s %s → %s %s', (date, subType, ruleId, expected) => {
    const floor = e7WageFloor(subType, date);
    expect(floor.ruleId).toBe(ruleId);
    expect(floor.kind === 'amount' ? floor.amount : floor.reason).toBe(expected);
  });

  it('periods are contiguous', () => {
    expect(E7_WAGE_PERIODS.map((p) => [p.from, p.to])).toEqual([
      [undefined, '2025-03-31'],
      ['2025-04-01', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-12-31'],
      ['2027-01-01', undefined],
    ]);
  });
});
