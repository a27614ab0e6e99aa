import { addMonths, type IsoDate } from './iso-date';

/**
 * Language tests are stored as the candidate wrote them and compared on an ordinal scale:
 * JLPT N5 = 1 ... N1 = 5, TOPIK 1 ... 6, KIIP stage 0 ... 5. BJT and English tests carry scores.
 */
export const LANGUAGE_TESTS = ['JLPT', 'TOPIK', 'BJT', 'KIIP', 'TOEIC', 'TOEFL', 'IELTS'] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

export const JLPT_LEVELS = ['N5', 'N4', 'N3', 'N2', 'N1'] as const;
export type JlptLevel = (typeof JLPT_LEVELS)[number];

export interface LanguageTestResult {
  test: LanguageTest;
  /** JLPT 'N1'..'N5', TOPIK 1..6, KIIP stage 0..5 */
  level?: string | number;
  /** BJT 0..800, TOEIC 10..990, TOEFL iBT 0..120, IELTS 0..9 */
  score?: number;
  /** ISO date the result was issued; TOPIK results are valid two years from it */
  date?: string;
}

/** Months a dated result counts for; tests not listed do not expire. TOPIK: two years from the results date (glossary §4). */
const VALIDITY_MONTHS: Partial<Record<LanguageTest, number>> = { TOPIK: 24 };

/** The last day a result counts, or undefined when its test does not expire or it carries no date. */
export function resultValidUntil(result: Pick<LanguageTestResult, 'test' | 'date'>): IsoDate | undefined {
  const months = VALIDITY_MONTHS[result.test];
  return months === undefined || result.date === undefined ? undefined : addMonths(result.date, months);
}

export type LanguageOf = 'ja' | 'ko' | 'en';

export function languageOfTest(test: LanguageTest): LanguageOf {
  switch (test) {
    case 'JLPT':
    case 'BJT':
      return 'ja';
    case 'TOPIK':
    case 'KIIP':
      return 'ko';
    case 'TOEIC':
    case 'TOEFL':
    case 'IELTS':
      return 'en';
  }
}

export function jlptOrdinal(level: unknown): number | undefined {
  if (typeof level !== 'string') return undefined;
  const index = (JLPT_LEVELS as readonly string[]).indexOf(level.toUpperCase());
  return index === -1 ? undefined : index + 1;
}

/** Ordinal of a level-based test (JLPT, TOPIK, KIIP); undefined for score-based tests or bad input. */
export function levelOrdinal(result: Pick<LanguageTestResult, 'test' | 'level'>): number | undefined {
  switch (result.test) {
    case 'JLPT':
      return jlptOrdinal(result.level);
    case 'TOPIK': {
      const n = Number(result.level);
      return Number.isInteger(n) && n >= 1 && n <= 6 ? n : undefined;
    }
    case 'KIIP': {
      const n = Number(result.level);
      return Number.isInteger(n) && n >= 0 && n <= 5 ? n : undefined;
    }
    default:
      return undefined;
  }
}

/** Best ordinal the person holds in a level-based test, or undefined when they have none. */
export function bestLevel(results: readonly LanguageTestResult[], test: LanguageTest): number | undefined {
  const levels = results
    .filter((r) => r.test === test)
    .map((r) => levelOrdinal(r))
    .filter((n): n is number => n !== undefined);
  return levels.length === 0 ? undefined : Math.max(...levels);
}

/** Best score the person holds in a score-based test. */
export function bestScore(results: readonly LanguageTestResult[], test: LanguageTest): number | undefined {
  const scores = results.filter((r) => r.test === test && typeof r.score === 'number').map((r) => r.score as number);
  return scores.length === 0 ? undefined : Math.max(...scores);
}

/** Does the person meet a requirement such as "TOPIK 4" or "JLPT N2"? */
export function meetsLanguageRequirement(
  results: readonly LanguageTestResult[],
  requirement: Pick<LanguageTestResult, 'test' | 'level' | 'score'>,
): boolean {
  const wantedLevel = levelOrdinal(requirement);
  if (wantedLevel !== undefined) {
    const held = bestLevel(results, requirement.test);
    return held !== undefined && held >= wantedLevel;
  }
  if (typeof requirement.score === 'number') {
    const held = bestScore(results, requirement.test);
    return held !== undefined && held >= requirement.score;
  }
  return false;
}
