import type { Locale, MarketCountry } from '@hashidari/domain-core';
import { canonicalE7Code, normalizeKrCode } from '../e7/e7-lookup';
import { parseMhlwCode } from '../mhlw/mhlw-code';
import type { Occupation } from './occupation';
import { OCCUPATION_INDEX, type PlacedOccupation } from './occupation-index';

const NONE: readonly Occupation[] = Object.freeze([]);

export function getOccupation(id: string): Occupation | undefined {
  return OCCUPATION_INDEX.byId.get(id);
}

export function occupationLabel(id: string, locale: Locale): string | undefined {
  return OCCUPATION_INDEX.byId.get(id)?.label[locale];
}

/** Rows with `e7` status before rows whose code is only a candidate (`unverified`); otherwise data order. */
function krOrder(list: readonly Occupation[]): Occupation[] {
  return [...list.filter((o) => o.krE7Status === 'e7'), ...list.filter((o) => o.krE7Status !== 'e7')];
}

function findKr(code: string): readonly Occupation[] {
  const key = canonicalE7Code(code) ?? normalizeKrCode(code);
  const primary = OCCUPATION_INDEX.byKrCode.get(key);
  if (primary) return krOrder(primary);
  return OCCUPATION_INDEX.byKrRelatedCode.get(key) ?? NONE;
}

/** Placements from sources before tentative ones; each occupation once. */
function distinctOccupations(placed: readonly PlacedOccupation[]): Occupation[] {
  const ordered = [...placed.filter((p) => !p.placement.tentative), ...placed.filter((p) => p.placement.tentative)];
  return [...new Set(ordered.map((p) => p.occupation))];
}

/** The placements a JP code reaches: exact 小分類, else (or for a 中分類) everything in the 中分類. */
export function findPlacementsByMhlwCode(code: string): readonly PlacedOccupation[] {
  const parsed = parseMhlwCode(code);
  if (!parsed) return [];
  if (parsed.minor !== null) {
    const exact = OCCUPATION_INDEX.byJpMinor.get(parsed.minor);
    if (exact) return exact;
  }
  return OCCUPATION_INDEX.byJpMiddle.get(parsed.middle) ?? [];
}

/**
 * The occupations a posting's code stands for.
 * KR: an E-7 code (or an alternative number such as 1212) → the rows that give it (rows where it is
 * only a candidate come last); when no row gives it, the rows that name it as a related code
 * (2312 → architect). JP: an MHLW code (`009-03`, `009` or `02 / 009 / 009-03`) → the rows with that
 * 小分類, or, for an unknown 小分類 or a 中分類, every row in the 中分類 (tentative placements last).
 */
export function findOccupationByCode(country: MarketCountry, code: string): readonly Occupation[] {
  if (typeof code !== 'string') return NONE;
  return country === 'KR' ? findKr(code) : distinctOccupations(findPlacementsByMhlwCode(code));
}

/**
 * The occupations of a Work24 (고용24) job code: exact, else its 4-digit parent (`133205` → `133200`).
 * Appendix B is a secondary source (M).
 */
export function findOccupationByWork24Code(code: string): readonly Occupation[] {
  if (typeof code !== 'string') return NONE;
  const key = code.normalize('NFKC').trim();
  if (!/^\d{6}$/.test(key)) return NONE;
  return OCCUPATION_INDEX.byWork24.get(key) ?? OCCUPATION_INDEX.byWork24.get(`${key.slice(0, 4)}00`) ?? NONE;
}

/** The occupations mapped to an ISCO-08 unit group (main or "alt." mapping). */
export function findOccupationsByIsco08(unitGroup: string): readonly Occupation[] {
  return OCCUPATION_INDEX.byIsco08.get(typeof unitGroup === 'string' ? unitGroup.trim() : '') ?? NONE;
}
