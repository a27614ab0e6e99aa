import { levelOrdinal, meetsLanguageRequirement, resultValidUntil } from './language-level';

describe('language levels', () => {
  it.each([
    [{ test: 'JLPT', level: 'N1' }, 5],
    [{ test: 'JLPT', level: 'n3' }, 3],
    [{ test: 'JLPT', level: 'N6' }, undefined],
    [{ test: 'TOPIK', level: 6 }, 6],
    [{ test: 'TOPIK', level: '4' }, 4],
    [{ test: 'TOPIK', level: 7 }, undefined],
    [{ test: 'KIIP', level: 0 }, 0],
    [{ test: 'BJT', level: 3 }, undefined],
  ] as const)('%j has ordinal %s', (result, expected) => {
    expect(levelOrdinal(result)).toBe(expected);
  });

  it.each([
    [[{ test: 'JLPT', level: 'N1' }], { test: 'JLPT', level: 'N2' }, true],
    [[{ test: 'JLPT', level: 'N3' }], { test: 'JLPT', level: 'N2' }, false],
    [[{ test: 'TOPIK', level: 3 }, { test: 'TOPIK', level: 5 }], { test: 'TOPIK', level: 4 }, true],
    [[{ test: 'BJT', score: 480 }], { test: 'BJT', score: 480 }, true],
    [[{ test: 'BJT', score: 479 }], { test: 'BJT', score: 480 }, false],
    [[{ test: 'JLPT', level: 'N1' }], { test: 'TOPIK', level: 1 }, false],
  ] as const)('%j meets %j: %s', (held, wanted, expected) => {
    expect(meetsLanguageRequirement(held, wanted)).toBe(expected);
  });
});

describe('how long a result counts', () => {
  it.each([
    [{ test: 'TOPIK', date: '2024-10-20' }, '2026-10-20'],
    [{ test: 'TOPIK', date: '2024-02-29' }, '2026-02-28'],
    [{ test: 'TOPIK' }, undefined],
    [{ test: 'JLPT', date: '2010-07-04' }, undefined],
    [{ test: 'TOEIC', date: '2020-01-01' }, undefined],
  ] as const)('%j counts until %s', (result, expected) => {
    expect(resultValidUntil(result)).toBe(expected);
  });
});
