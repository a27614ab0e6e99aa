import type { Locale } from '@hashidari/domain-core';
import { compactTerm, normalizeTerm } from './normalize-term';

/** One text an entry can be found by. `penalty` lowers its score (e.g. synonyms rank below labels). */
export interface SearchText {
  text: string;
  locale?: Locale;
  penalty?: number;
}

interface PreparedText {
  normalized: string;
  compact: string;
  locale?: Locale;
  penalty: number;
}

/** An item prepared once (at module load) for repeated ranked searches. */
export interface SearchableEntry<T> {
  item: T;
  texts: readonly PreparedText[];
  /** Codes matched exactly or by prefix, compared in upper case */
  codes: readonly string[];
}

const WORD_SEPARATORS = new Set([' ', '・', '/', '(', ')', '-', ',', '、', '（', '）', '&']);

const SCORE = {
  exact: 100,
  exactCode: 95,
  compactExact: 90,
  prefix: 80,
  compactPrefix: 70,
  codePrefix: 65,
  wordPrefix: 60,
  substring: 40,
  compactSubstring: 30,
  preferredLocale: 3,
} as const;

export function prepareSearchable<T>(item: T, texts: readonly SearchText[], codes: readonly string[] = []): SearchableEntry<T> {
  return {
    item,
    texts: texts.map((t) => {
      const normalized = normalizeTerm(t.text);
      return { normalized, compact: compactTerm(normalized), locale: t.locale, penalty: t.penalty ?? 0 };
    }),
    codes: codes.map((c) => c.toUpperCase()),
  };
}

function startsAWord(text: string, query: string): boolean {
  let at = text.indexOf(query, 1);
  while (at !== -1) {
    if (WORD_SEPARATORS.has(text[at - 1] ?? '')) return true;
    at = text.indexOf(query, at + 1);
  }
  return false;
}

function scoreText(t: PreparedText, query: string, compactQuery: string): number {
  let score = 0;
  if (t.normalized === query) score = SCORE.exact;
  else if (compactQuery !== '' && t.compact === compactQuery) score = SCORE.compactExact;
  else if (t.normalized.startsWith(query)) score = SCORE.prefix;
  else if (compactQuery !== '' && t.compact.startsWith(compactQuery)) score = SCORE.compactPrefix;
  else if (startsAWord(t.normalized, query)) score = SCORE.wordPrefix;
  else if (t.normalized.includes(query)) score = SCORE.substring;
  else if (compactQuery !== '' && t.compact.includes(compactQuery)) score = SCORE.compactSubstring;
  return score === 0 ? 0 : score - t.penalty;
}

function scoreCodes(codes: readonly string[], upperQuery: string): number {
  let score = 0;
  for (const code of codes) {
    if (code === upperQuery) return SCORE.exactCode;
    if (code.startsWith(upperQuery)) score = SCORE.codePrefix;
  }
  return score;
}

/**
 * Ranks entries whose texts match `query` (exact > prefix > start of a word > substring, each also
 * tried without spaces and separators) or whose codes equal or start with it. A match in the
 * preferred locale ranks slightly higher. Ties keep the order of `entries`.
 */
export function rankMatches<T>(entries: readonly SearchableEntry<T>[], query: string, locale?: Locale): T[] {
  const normalized = normalizeTerm(query);
  if (normalized === '') return [];
  const compact = compactTerm(normalized);
  const upper = normalized.toUpperCase();
  const scored: { item: T; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let best = scoreCodes(entry.codes, upper);
    for (const t of entry.texts) {
      const s = scoreText(t, normalized, compact);
      if (s === 0) continue;
      const withLocale = locale !== undefined && t.locale === locale ? s + SCORE.preferredLocale : s;
      if (withLocale > best) best = withLocale;
    }
    if (best > 0) scored.push({ item: entry.item, score: best, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.item);
}
