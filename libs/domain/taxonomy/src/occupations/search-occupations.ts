import type { Locale } from '@hashidari/domain-core';
import { E7_CODES } from '../e7/e7-codes';
import type { E7Code } from '../e7/e7-code';
import { prepareSearchable, rankMatches } from '../text/rank-matches';
import type { Occupation } from './occupation';
import { OCCUPATIONS } from './occupations';

const OCCUPATION_ENTRIES = OCCUPATIONS.map((o) =>
  prepareSearchable(
    o,
    [
      { text: o.label.en, locale: 'en' },
      { text: o.label.ja, locale: 'ja' },
      { text: o.label.ko, locale: 'ko' },
      { text: o.id },
    ],
    [...o.krE7Codes, ...o.krE7AltCodes, ...o.jpMhlwCodes, ...o.jpMhlw.map((p) => p.middle)],
  ),
);

const E7_ENTRIES = E7_CODES.map((e) =>
  prepareSearchable(
    e,
    [
      { text: e.label.en, locale: 'en' },
      { text: e.label.ja, locale: 'ja' },
      { text: e.label.ko, locale: 'ko' },
    ],
    [e.code, ...e.altCodes],
  ),
);

/**
 * Occupations for the portal's pickers: labels in any language (exact, then prefix, start of a word,
 * substring; spacing ignored), plus KR E-7 and JP MHLW codes (exact or prefix). A match in `locale`
 * ranks slightly higher. Blank text gives nothing.
 */
export function searchOccupations(text: string, locale?: Locale): Occupation[] {
  return rankMatches(OCCUPATION_ENTRIES, text, locale);
}

/** The E-7 codes of Appendix A for a picker, by label in any language or by code (`27` → 2715, 2731 …). */
export function searchE7Codes(text: string, locale?: Locale): E7Code[] {
  return rankMatches(E7_ENTRIES, text, locale);
}
