/**
 * Tokens for keyword search that work for Japanese, Korean and English alike.
 *
 * Japanese and Korean are written without spaces between words, so word tokens do not work, and
 * pg_trgm cannot use its index for a two-character query (営業, 영업). Instead every text is cut into
 * character bigrams (plus single characters, so one-character queries work too); a document matches when
 * it holds every token of the query. The database narrows with a GIN index on these tokens and then
 * re-checks the exact substring, so bigram containment never produces a false match.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Runs of letters and digits in any script; punctuation and spaces separate them. */
function segments(normalized: string): string[] {
  return normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function searchTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const segment of segments(normalizeSearchText(text))) {
    const chars = Array.from(segment);
    for (let i = 0; i < chars.length; i += 1) {
      tokens.add(chars[i]);
      if (i + 1 < chars.length) tokens.add(chars[i] + chars[i + 1]);
    }
  }
  return [...tokens];
}

/**
 * The tokens a document must contain for the query to match: the bigrams of each segment
 * (or the single character of a one-character segment).
 */
export function queryTokens(query: string): string[] {
  const tokens = new Set<string>();
  for (const segment of segments(normalizeSearchText(query))) {
    const chars = Array.from(segment);
    if (chars.length === 1) tokens.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.add(chars[i] + chars[i + 1]);
  }
  return [...tokens];
}

/** The segments of the query, each of which must appear as a substring of the document text. */
export function querySegments(query: string): string[] {
  return segments(normalizeSearchText(query));
}
