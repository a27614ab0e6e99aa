import { MARKET_CURRENCY, type Currency, type MarketCountry } from '@hashidari/domain-core';
import { findOccupationByCode, type OccupationGroup } from '@hashidari/taxonomy';

/**
 * Fewer salaried postings than this give no salary band: two employers' figures are not a market, and a
 * "median" of one posting would just repeat it.
 */
export const MIN_SALARY_SAMPLE = 3;

/** Where a posting code sits in the market view: the occupations it stands for and their group. */
export interface CodePlacement {
  group: OccupationGroup;
  /** every occupation of the crosswalk the code stands for, best reading first */
  occupationIds: string[];
}

/**
 * Places a posting's code (a Korean E-7 code or a Japanese MHLW code) in the crosswalk, so that Korea and
 * Japan are compared group by group. A code often stands for several occupations (MHLW 中分類 009 is
 * every kind of software work), so codes are counted as they are and only grouped: the group is that
 * of the code's first reading. Null when the taxonomy does not know the code.
 */
export function marketPlacementOf(country: MarketCountry, code: string | null | undefined): CodePlacement | null {
  if (!code) return null;
  const occupations = findOccupationByCode(country, code);
  const first = occupations[0];
  return first ? { group: first.group, occupationIds: occupations.map((o) => o.id) } : null;
}

/** What the database counts for one group of open postings. */
export interface MarketCounts {
  postings: number;
  /** postings that offer visa sponsorship */
  sponsored: number;
  internships: number;
  /** full-time and contract postings with a salary: the sample of the salary band */
  salaried: number;
  /** 25th, 50th and 75th percentiles of their annual salary midpoints; null when none is salaried */
  quartiles: readonly [number, number, number] | null;
}

export interface SalaryBand {
  currency: Currency;
  period: 'year';
  p25: number;
  median: number;
  p75: number;
  /** how many postings the band is drawn from */
  postings: number;
}

export interface MarketFigures {
  postings: number;
  /** 0…1, three decimals */
  sponsorshipShare: number;
  /** 0…1, three decimals */
  internshipShare: number;
  /** null below MIN_SALARY_SAMPLE salaried postings */
  salary: SalaryBand | null;
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;
}

/** The published figures of one group: shares of the whole, and the salary band when the sample allows. */
export function marketFigures(country: MarketCountry, counts: MarketCounts): MarketFigures {
  const { quartiles } = counts;
  const salary: SalaryBand | null =
    quartiles && counts.salaried >= MIN_SALARY_SAMPLE
      ? {
          currency: MARKET_CURRENCY[country],
          period: 'year',
          p25: Math.round(quartiles[0]),
          median: Math.round(quartiles[1]),
          p75: Math.round(quartiles[2]),
          postings: counts.salaried,
        }
      : null;
  return {
    postings: counts.postings,
    sponsorshipShare: share(counts.sponsored, counts.postings),
    internshipShare: share(counts.internships, counts.postings),
    salary,
  };
}
