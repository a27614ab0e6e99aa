import { E7_CODES } from './e7-codes';
import { canonicalE7Code, e7Tier, findE7Code, isE7Code } from './e7-lookup';

describe('E7_CODES (Appendix A)', () => {
  it.each([
    ['E-7-1', 'manager', 15],
    ['E-7-1', 'professional', 52],
    ['E-7-2', 'semi-professional', 10],
  ] as const)('has %s %s codes: %i', (tier, category, count) => {
    expect(E7_CODES.filter((e) => e.tier === tier && e.category === category)).toHaveLength(count);
  });

  it('has 77 codes, each number (code or alternative) used once', () => {
    const numbers = E7_CODES.flatMap((e) => [e.code, ...e.altCodes]);
    expect(E7_CODES).toHaveLength(77);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(E7_CODES.map((e) => [e.code, e] as const))('%s has labels in en, ja and ko and a 4-digit ISCO bridge', (_code, entry) => {
    for (const locale of ['en', 'ja', 'ko'] as const) expect(entry.label[locale].trim()).not.toBe('');
    expect(entry.isco08Bridge.length).toBeGreaterThan(0);
    for (const isco of entry.isco08Bridge) expect(isco).toMatch(/^\d{4}$/);
    expect(entry.code).toMatch(/^S?\d{3,5}$/);
  });
});

describe('isE7Code', () => {
  it.each([
    ['2742', true],
    ['285', true],
    ['S2855', true],
    ['s2855', true],
    [' 2742 ', true],
    ['２７４２', true],
    ['S110', true],
    ['1120', true],
    ['28331', true],
    ['31215', true],
    ['42111', true],
    ['43213', true],
    ['S3922', true],
    // alternative numbers of other code lists
    ['1212', true],
    ['121', true],
    ['271', true],
    ['4321', true],
    ['4329', true],
    // boundaries
    ['274', false],
    ['27420', false],
    ['2741', false],
    ['2744', false],
    ['S2742', false],
    ['2742a', false],
    ['28', false],
    ['2855', false],
    ['110', false],
    ['S11', false],
    ['E-7-1', false],
    ['', false],
    ['   ', false],
    // disputed numbers the reference does not list as codes
    ['2353', false],
    ['2396', false],
    // Work24 and MHLW codes are other systems
    ['612200', false],
    ['048', false],
  ])('%j: %s', (code, expected) => {
    expect(isE7Code(code)).toBe(expected);
  });
});

describe('e7Tier', () => {
  it.each([
    ['2742', 'E-7-1'],
    ['1202', 'E-7-1'],
    ['S2855', 'E-7-1'],
    ['3922', 'E-7-2'],
    ['31215', 'E-7-2'],
    ['43291', 'E-7-2'],
    ['4329', 'E-7-2'],
    ['42111', 'E-7-2'],
    ['9999', undefined],
    ['', undefined],
  ])('%j is %s', (code, tier) => {
    expect(e7Tier(code)).toBe(tier);
  });
});

describe('alternative numbers', () => {
  it.each([
    ['1212', '1202'],
    ['121', '1202'],
    ['271', '2715'],
    ['4321', '43213'],
    ['4329', '43291'],
    ['2742', '2742'],
    ['2353', undefined],
  ])('%s stands for %s', (code, canonical) => {
    expect(canonicalE7Code(code)).toBe(canonical);
  });

  it('gives the official Korean name and the glossary Japanese name of 2742', () => {
    expect(findE7Code('2742')?.label).toEqual({ ko: '해외 영업원', en: 'Overseas sales representative', ja: '海外営業員' });
  });
});
