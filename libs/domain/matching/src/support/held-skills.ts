/**
 * Language skills a person holds without listing them: a native speaker, or someone whose command of the
 * language (0..1, see commandOf) reaches the threshold. Japanese: JLPT N2 (0.8) or BJT 480; business
 * Japanese: JLPT N1 or BJT 530. Korean: TOPIK 4 (0.67); business Korean: TOPIK 5 (0.83).
 */
const IMPLIED_BY_COMMAND: readonly (readonly ['ja' | 'ko', number, string])[] = [
  ['ja', 0.8, 'japanese'],
  ['ja', 0.88, 'business-japanese'],
  ['ko', 0.66, 'korean'],
  ['ko', 0.83, 'business-korean'],
];

/**
 * The skills a candidate holds for matching: the listed taxonomy ids plus the language skills their
 * nationality or test results show (a Japanese national holds `japanese` even when they do not list it).
 * `commands` gives the candidate's command of Japanese and Korean (0..1).
 */
export function heldSkills(listed: readonly string[], commands: Readonly<Record<'ja' | 'ko', number>>): Set<string> {
  const held = new Set(listed);
  for (const [language, threshold, skill] of IMPLIED_BY_COMMAND) {
    if (commands[language] >= threshold) held.add(skill);
  }
  return held;
}
