import type { MarketCountry } from '@hashidari/domain-core';
import { canonicalE7Code, normalizeKrCode } from '../e7/e7-lookup';
import { parseMhlwCode } from '../mhlw/mhlw-code';

/**
 * One spelling per occupation code, so that postings store, search and count a code one way:
 * KR `２７４２` → `2742`, an alternative number `1212` → its E-7 code `1202`; JP `07/048` or
 * `02 / 009 / 009-03` → the 小分類 or 中分類 (`048`, `009-03`). A code neither list knows is kept as
 * written, only trimmed (and, for Korea, in half-width upper case).
 */
export function canonicalOccupationCode(country: MarketCountry, code: string): string {
  if (country === 'KR') return canonicalE7Code(code) ?? normalizeKrCode(code);
  const parsed = parseMhlwCode(code);
  return parsed?.minor ?? parsed?.middle ?? code.trim();
}
