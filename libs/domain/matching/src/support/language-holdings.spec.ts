import type { LanguageTestResult } from '@hashidari/domain-core';
import { commandOf, isExpired, testLabel } from './language-holdings';

describe('testLabel', () => {
  it.each<[Pick<LanguageTestResult, 'test' | 'level' | 'score'>, string]>([
    [{ test: 'TOPIK', level: 4 }, 'TOPIK 4'],
    [{ test: 'TOPIK', level: '5' }, 'TOPIK 5'],
    [{ test: 'JLPT', level: 'N1' }, 'JLPT N1'],
    [{ test: 'JLPT', level: 'n2' }, 'JLPT N2'],
    [{ test: 'BJT', score: 480 }, 'BJT 480'],
    [{ test: 'IELTS', score: 6.5 }, 'IELTS 6.5'],
  ])('%o → %s', (result, label) => {
    expect(testLabel(result)).toBe(label);
  });
});

describe('isExpired (TOPIK is valid two years)', () => {
  it.each<[LanguageTestResult, boolean]>([
    [{ test: 'TOPIK', level: 5, date: '2024-06-01' }, false],
    [{ test: 'TOPIK', level: 5, date: '2024-05-31' }, true],
    [{ test: 'TOPIK', level: 5 }, false],
    [{ test: 'JLPT', level: 'N1', date: '2015-07-01' }, false],
  ])('%o → %s', (result, expired) => {
    expect(isExpired(result, '2026-06-01')).toBe(expired);
  });
});

describe('commandOf', () => {
  it.each<[string, LanguageTestResult[], 'ja' | 'ko', 'ja' | 'ko' | undefined, number]>([
    ['native speaker', [], 'ja', 'ja', 1],
    ['JLPT N2', [{ test: 'JLPT', level: 'N2' }], 'ja', 'ko', 0.8],
    ['the better of JLPT N3 and BJT 530', [{ test: 'JLPT', level: 'N3' }, { test: 'BJT', score: 530 }], 'ja', 'ko', 530 / 600],
    ['TOPIK 3', [{ test: 'TOPIK', level: 3 }], 'ko', 'ja', 0.5],
    ['nothing held', [], 'ko', 'ja', 0],
  ])('%s', (_name, tests, language, native, expected) => {
    expect(commandOf(tests, language, native)).toBeCloseTo(expected, 6);
  });
});
