/** Middle dots written in ja and ko text (·, ‧, ∙, ⋅, ・, ㆍ and its NFKC form, ･). */
const MIDDLE_DOTS = /[\u00B7\u2027\u2219\u22C5\u30FB\u318D\u119E\uFF65]/gu;
/** Hyphens and dashes that NFKC leaves alone (the katakana long-vowel mark ー is not one of them). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/gu;
const WHITESPACE = /\s+/gu;
/** Characters dropped by the compact form: spaces and the separators people write or omit at will. */
const COMPACT_DROPPED = /[\s・/._-]/gu;

/**
 * Normalises a term for lookup: NFKC (full-width letters, digits and spaces become half-width,
 * half-width katakana becomes full-width), lower case, every middle dot written as `・`, every dash
 * as `-`, runs of white space collapsed to one space, trimmed.
 */
export function normalizeTerm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(MIDDLE_DOTS, '・')
    .replace(DASHES, '-')
    .replace(WHITESPACE, ' ')
    .trim();
}

/**
 * The spacing-insensitive form of an already normalised term: spaces, `・`, `/`, `.`, `_` and `-`
 * removed, so that `해외 영업` = `해외영업`, `Node.js` = `nodejs` and `CI/CD` = `cicd`.
 */
export function compactTerm(normalized: string): string {
  return normalized.replace(COMPACT_DROPPED, '');
}
