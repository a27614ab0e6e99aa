import { memoize } from './memo';
import { isMarketCountry, type CountryCode, type MarketCountry } from '@hashidari/domain-core';
import { crosswalk, findOccupationByCode, type Occupation, type OccupationGroup } from '@hashidari/taxonomy';

/**
 * How close another occupation code (a wish, a past job) is to a posting's code:
 * same: the same code; equivalent: the same occupation under another code or in the other country
 * (through the taxonomy's crosswalk, KR 2742 ↔ JP 048/040); same-group: the same occupation group
 * (both IT, both sales and trade …); none.
 */
export type OccupationRelation = 'same' | 'equivalent' | 'same-group' | 'none';

const BOTH: readonly MarketCountry[] = ['KR', 'JP'];
const RANK: Readonly<Record<OccupationRelation, number>> = { same: 3, equivalent: 2, 'same-group': 1, none: 0 };

/** An MHLW code and its 中分類 (or 小分類 and 中分類) name the same work for matching: '009-03' ~ '009'. */
function sameMhlw(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

function groupsOf(rows: readonly Occupation[]): Set<OccupationGroup> {
  return new Set(rows.map((r) => r.group));
}

/** The occupation groups of a posting's code (empty when the code is unknown to the taxonomy). */
const groupsOfCode = memoize(
  (country: MarketCountry, code: string): OccupationGroup[] => [...groupsOf(findOccupationByCode(country, code))],
  (country, code) => `${country}:${code}`,
);

export function occupationGroupsOf(country: MarketCountry, code: string | undefined): OccupationGroup[] {
  return code === undefined ? [] : groupsOfCode(country, code);
}

function relateIn(jobCountry: MarketCountry, jobCode: string, jobRows: readonly Occupation[], otherCountry: MarketCountry, otherCode: string): OccupationRelation {
  const otherRows = findOccupationByCode(otherCountry, otherCode);
  if (otherCountry === jobCountry) {
    if (jobCountry === 'JP' ? sameMhlw(jobCode, otherCode) : jobRows.some((r) => otherRows.includes(r))) {
      return jobCode === otherCode ? 'same' : 'equivalent';
    }
  } else if (crosswalk(otherCountry, otherCode).some((c) => (jobCountry === 'JP' ? sameMhlw(c, jobCode) : c === jobCode))) {
    return 'equivalent';
  }
  const jobGroups = groupsOf(jobRows);
  return otherRows.some((r) => jobGroups.has(r.group)) ? 'same-group' : 'none';
}

/**
 * Relates another code to a posting's code. `otherCountry` is the country whose classification the code
 * belongs to; when unknown (a wish), both are tried and the closest relation wins.
 */
export function relateOccupation(jobCountry: MarketCountry, jobCode: string, otherCode: string, otherCountry?: CountryCode): OccupationRelation {
  if (otherCode === jobCode && (otherCountry === undefined || otherCountry === jobCountry)) return 'same';
  return relatedCodes(jobCountry, jobCode, otherCode, otherCountry);
}

// Ranking relates the same few codes for every pair of a pool (wished occupations, past jobs): pure, so remembered.
const relatedCodes = memoize(relateCodes, (jobCountry, jobCode, otherCode, otherCountry) => `${jobCountry}|${jobCode}|${otherCode}|${otherCountry ?? ''}`);

function relateCodes(jobCountry: MarketCountry, jobCode: string, otherCode: string, otherCountry?: CountryCode): OccupationRelation {
  const jobRows = findOccupationByCode(jobCountry, jobCode);
  const countries = otherCountry !== undefined && isMarketCountry(otherCountry) ? [otherCountry] : BOTH;
  let best: OccupationRelation = 'none';
  for (const country of countries) {
    const relation = relateIn(jobCountry, jobCode, jobRows, country, otherCode);
    if (RANK[relation] > RANK[best]) best = relation;
  }
  return best;
}
