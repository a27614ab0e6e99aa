import type { MarketCountry } from '@hashidari/domain-core';
import { findE7Code, normalizeKrCode } from '../e7/e7-lookup';
import { E7_CODES } from '../e7/e7-codes';
import { mhlwCodeKey, parseMhlwCode } from '../mhlw/mhlw-code';
import { findOccupationByCode } from './find-occupation';
import type { Occupation } from './occupation';
import { OCCUPATION_INDEX } from './occupation-index';

/** One code of the other country reached from a code. */
export interface CrosswalkMatch {
  /** A JP MHLW code (小分類 where known, else 中分類) or a KR E-7 code */
  code: string;
  /** `occupation`: a row of the reference gives both codes; `isco08`: the codes share an ISCO-08 unit group */
  via: 'occupation' | 'isco08';
  /** The rows that give the code (empty when it comes from an E-7 code's ISCO bridge alone) */
  occupationIds: string[];
  /** The shared ISCO-08 unit groups (for `isco08`) */
  isco08: string[];
  /** True when every source of the code is tentative (U placement or candidate E-7 code) */
  tentative: boolean;
}

class MatchList {
  private readonly byCode = new Map<string, CrosswalkMatch>();

  add(code: string, via: CrosswalkMatch['via'], occupationId: string | undefined, isco: string | undefined, tentative: boolean): void {
    const found = this.byCode.get(code);
    if (!found) {
      this.byCode.set(code, {
        code,
        via,
        occupationIds: occupationId === undefined ? [] : [occupationId],
        isco08: isco === undefined ? [] : [isco],
        tentative,
      });
      return;
    }
    if (occupationId !== undefined && !found.occupationIds.includes(occupationId)) found.occupationIds.push(occupationId);
    if (isco !== undefined && found.via === 'isco08' && !found.isco08.includes(isco)) found.isco08.push(isco);
    found.tentative = found.tentative && tentative;
  }

  toArray(): readonly CrosswalkMatch[] {
    return Object.freeze([...this.byCode.values()].map((m) => Object.freeze({ ...m })));
  }
}

function addJpCodesOf(list: MatchList, occupation: Occupation, via: CrosswalkMatch['via'], isco?: string): void {
  for (const p of occupation.jpMhlw) list.add(p.minor ?? p.middle, via, occupation.id, isco, p.tentative);
}

function addKrCodesOf(list: MatchList, occupation: Occupation, via: CrosswalkMatch['via'], isco?: string): void {
  for (const code of occupation.krE7Codes) list.add(code, via, occupation.id, isco, occupation.krE7Status !== 'e7');
}

function krToJp(code: string): readonly CrosswalkMatch[] {
  const rows = findOccupationByCode('KR', code);
  const list = new MatchList();
  for (const row of rows) addJpCodesOf(list, row, 'occupation');
  const isco = new Set([...rows.flatMap((r) => r.isco08), ...(findE7Code(code)?.isco08Bridge ?? [])]);
  for (const unitGroup of isco) {
    for (const other of OCCUPATION_INDEX.byIsco08.get(unitGroup) ?? []) {
      if (!rows.includes(other)) addJpCodesOf(list, other, 'isco08', unitGroup);
    }
  }
  return list.toArray();
}

function jpToKr(code: string): readonly CrosswalkMatch[] {
  const rows = findOccupationByCode('JP', code);
  const list = new MatchList();
  for (const row of rows) addKrCodesOf(list, row, 'occupation');
  const isco = new Set(rows.flatMap((r) => r.isco08));
  for (const unitGroup of isco) {
    for (const other of OCCUPATION_INDEX.byIsco08.get(unitGroup) ?? []) {
      if (!rows.includes(other)) addKrCodesOf(list, other, 'isco08', unitGroup);
    }
  }
  for (const entry of E7_CODES) {
    for (const unitGroup of entry.isco08Bridge) {
      if (isco.has(unitGroup)) list.add(entry.code, 'isco08', undefined, unitGroup, false);
    }
  }
  return list.toArray();
}

interface CachedCrosswalk {
  matches: readonly CrosswalkMatch[];
  codes: readonly string[];
}

const NONE: CachedCrosswalk = Object.freeze({ matches: Object.freeze([]), codes: Object.freeze([]) });
const cache = new Map<string, CachedCrosswalk>();

/** The cache key of a code, or undefined when the code cannot lead anywhere (nothing is cached for it). */
function cacheKey(country: MarketCountry, code: string): string | undefined {
  if (country === 'KR') {
    const entry = findE7Code(code);
    if (entry) return `KR:${entry.code}`;
    const normalized = normalizeKrCode(code);
    return findOccupationByCode('KR', normalized).length > 0 ? `KR:${normalized}` : undefined;
  }
  const parsed = parseMhlwCode(code);
  return parsed ? `JP:${mhlwCodeKey(parsed)}` : undefined;
}

/**
 * The codes of the other country that correspond to a code, with how each was reached: first those
 * the same rows of the reference give (via `occupation`), then those of rows and E-7 codes that
 * share an ISCO-08 unit group (via `isco08`, the cross-border bridge). KR → JP answers MHLW codes;
 * JP → KR answers E-7 codes. Results are computed once per code and cached.
 */
export function crosswalkDetailed(country: MarketCountry, code: string): readonly CrosswalkMatch[] {
  return lookUp(country, code).matches;
}

function lookUp(country: MarketCountry, code: string): CachedCrosswalk {
  if (typeof code !== 'string') return NONE;
  const key = cacheKey(country, code);
  if (key === undefined) return NONE;
  const cached = cache.get(key);
  if (cached) return cached;
  const matches = country === 'KR' ? krToJp(code) : jpToKr(code);
  const entry = Object.freeze({ matches, codes: Object.freeze(matches.map((m) => m.code)) });
  cache.set(key, entry);
  return entry;
}

/**
 * The codes of the other country for a code (see crosswalkDetailed): KR `2742` → JP `['048', '040']`,
 * JP `048` → KR `['2742', '2743']`. A candidate who wants KR 2742 should also see JP postings with these codes.
 */
export function crosswalk(country: MarketCountry, code: string): readonly string[] {
  return lookUp(country, code).codes;
}
