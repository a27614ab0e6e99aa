import type { TFunction } from 'i18next';

export const LANGUAGE_TESTS = ['JLPT', 'TOPIK', 'BJT', 'KIIP', 'TOEIC', 'TOEFL', 'IELTS'] as const;
export type LanguageTestName = (typeof LANGUAGE_TESTS)[number];

/** Tests with levels, highest first (JLPT N1, TOPIK 6 and KIIP stage 5 are the tops of their scales). */
export const TEST_LEVELS = {
  JLPT: ['N1', 'N2', 'N3', 'N4', 'N5'],
  TOPIK: ['6', '5', '4', '3', '2', '1'],
  KIIP: ['5', '4', '3', '2', '1', '0'],
} as const;

export type LevelTest = keyof typeof TEST_LEVELS;
export type ScoreTest = Exclude<LanguageTestName, LevelTest>;

/** The score range and step of each score-based test. */
export const SCORE_RANGES: Record<ScoreTest, { min: number; max: number; step: number }> = {
  BJT: { min: 0, max: 800, step: 1 },
  TOEIC: { min: 10, max: 990, step: 5 },
  TOEFL: { min: 0, max: 120, step: 1 },
  IELTS: { min: 0, max: 9, step: 0.5 },
};

export function isLevelTest(test: string): test is LevelTest {
  return test === 'JLPT' || test === 'TOPIK' || test === 'KIIP';
}

export function isScoreTest(test: string): test is ScoreTest {
  return test in SCORE_RANGES;
}

/** BJT bands from the score (J1+ 600–800 … J5 0–199, per the test body). */
export function bjtBand(score: number): string {
  if (score >= 600) return 'J1+';
  if (score >= 530) return 'J1';
  if (score >= 420) return 'J2';
  if (score >= 320) return 'J3';
  if (score >= 200) return 'J4';
  return 'J5';
}

/** The level label of a level-based test, in the reader's words: N1, 6級 / 6급 / Level 6, 4段階 / 4단계 / Stage 4. */
export function levelLabel(t: TFunction, test: LevelTest, level: string | number): string {
  if (test === 'JLPT') return String(level);
  if (test === 'TOPIK') return t('profile.tests.topikLevel', { level });
  return t('profile.tests.kiipStage', { level });
}

/** One result as résumés write it: "JLPT N1", "TOPIK 6級", "BJT 480点（J2）", "TOEIC 850点". */
export function languageResultText(t: TFunction, result: { test: string; level?: string | number; score?: number }): string {
  const { test } = result;
  if (isLevelTest(test) && result.level !== undefined) return `${test} ${levelLabel(t, test, result.level)}`;
  if (isScoreTest(test) && typeof result.score === 'number') {
    if (test === 'BJT') return t('profile.tests.bjtScore', { score: result.score, band: bjtBand(result.score) });
    if (test === 'IELTS') return `IELTS ${result.score}`;
    return t('profile.tests.score', { test, score: result.score });
  }
  return test;
}
