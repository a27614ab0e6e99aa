import { bestLevel, bestScore, levelOrdinal, type CountryCode, type IsoDate, type LanguageOf, type LanguageTest, type LanguageTestResult, resultValidUntil } from '@hashidari/domain-core';

/** The language a nationality is taken to speak natively (a Korean needs no TOPIK for a Korean job). */
const NATIVE_LANGUAGE: ReadonlyMap<string, LanguageOf> = new Map<string, LanguageOf>([
  ['KR', 'ko'],
  ['JP', 'ja'],
  ['US', 'en'],
  ['GB', 'en'],
  ['AU', 'en'],
  ['CA', 'en'],
  ['NZ', 'en'],
  ['IE', 'en'],
]);

export function nativeLanguageOf(nationality: CountryCode | undefined): LanguageOf | undefined {
  return nationality === undefined ? undefined : NATIVE_LANGUAGE.get(nationality);
}

export function isExpired(result: LanguageTestResult, evalDate: IsoDate): boolean {
  const validUntil = resultValidUntil(result);
  return validUntil !== undefined && validUntil < evalDate;
}

/** 'TOPIK 5', 'JLPT N1', 'BJT 480': the untranslated name of a result or requirement. */
export function testLabel(result: Pick<LanguageTestResult, 'test' | 'level' | 'score'>): string {
  const ordinal = levelOrdinal(result);
  if (ordinal !== undefined) return result.test === 'JLPT' ? `JLPT N${6 - ordinal}` : `${result.test} ${ordinal}`;
  return typeof result.score === 'number' ? `${result.test} ${result.score}` : result.test;
}

/** Score points that count as one level step when comparing score-based tests. */
const SCORE_STEP: Partial<Record<LanguageTest, number>> = { BJT: 100, TOEIC: 100, TOEFL: 10, IELTS: 0.5 };

/**
 * How many steps above a requirement the person is (negative when below), or undefined when they hold
 * no result of that test. Level tests count levels; score tests count SCORE_STEP points.
 */
export function marginOver(valid: readonly LanguageTestResult[], requirement: Pick<LanguageTestResult, 'test' | 'level' | 'score'>): number | undefined {
  const wanted = levelOrdinal(requirement);
  if (wanted !== undefined) {
    const held = bestLevel(valid, requirement.test);
    return held === undefined ? undefined : held - wanted;
  }
  if (typeof requirement.score !== 'number') return undefined;
  const held = bestScore(valid, requirement.test);
  return held === undefined ? undefined : (held - requirement.score) / (SCORE_STEP[requirement.test] ?? 100);
}

/** The person's best result in a test, as a label ('TOPIK 5'), or undefined. */
export function bestHeldLabel(valid: readonly LanguageTestResult[], test: LanguageTest): string | undefined {
  const level = bestLevel(valid, test);
  if (level !== undefined) return testLabel({ test, level: test === 'JLPT' ? `N${6 - level}` : level });
  const score = bestScore(valid, test);
  return score === undefined ? undefined : testLabel({ test, score });
}

/** Tests by language, strongest evidence first (used to name what a person holds in a language). */
const TESTS_OF: Readonly<Record<LanguageOf, readonly LanguageTest[]>> = {
  ja: ['JLPT', 'BJT'],
  ko: ['TOPIK', 'KIIP'],
  en: ['TOEIC', 'TOEFL', 'IELTS'],
};

/** Ceiling of each test for expressing a level as a fraction of full command. */
const FULL_COMMAND: Readonly<Record<LanguageTest, number>> = { JLPT: 5, TOPIK: 6, KIIP: 5, BJT: 600, TOEIC: 990, TOEFL: 120, IELTS: 9 };

/** 0..1 command of a language: 1 for a native speaker, else the best test result against its ceiling. */
export function commandOf(valid: readonly LanguageTestResult[], language: LanguageOf, native: LanguageOf | undefined): number {
  if (native === language) return 1;
  let best = 0;
  for (const test of TESTS_OF[language]) {
    const held = bestLevel(valid, test) ?? bestScore(valid, test);
    if (held !== undefined) best = Math.max(best, Math.min(1, held / FULL_COMMAND[test]));
  }
  return best;
}

/** What a person holds in a language: 'native', the best test label, or 'none'. */
export function heldInLanguage(valid: readonly LanguageTestResult[], language: LanguageOf, native: LanguageOf | undefined, preferred?: LanguageTest): string {
  if (native === language) return 'native';
  const order = preferred ? [preferred, ...TESTS_OF[language].filter((t) => t !== preferred)] : TESTS_OF[language];
  for (const test of order) {
    const label = bestHeldLabel(valid, test);
    if (label !== undefined) return label;
  }
  return 'none';
}

