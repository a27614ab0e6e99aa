import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MarketCountry } from '@hashidari/domain-core';
import type { MarketCounts } from '@hashidari/marketplace';

/** A posting code (stored in its canonical spelling, see canonicalOccupationCode) and the occupation group it is counted in. */
export interface CodeGroup {
  country: MarketCountry;
  code: string;
  group: string;
}

/** Counts of one code, one group (code null) or a whole market (group and code null). */
export interface MarketCountsRow extends MarketCounts {
  country: MarketCountry;
  level: 'market' | 'group' | 'code';
  /** null: codes the taxonomy does not know, and postings without a code */
  group: string | null;
  /** null on a code row: postings without a code */
  code: string | null;
}

/** percentile_cont's answer: null (and null elements) when no posting of the group gave a salary. */
function quartilesOf(values: (number | null)[] | null): MarketCounts['quartiles'] {
  const [p25, median, p75] = values ?? [];
  return typeof p25 === 'number' && typeof median === 'number' && typeof p75 === 'number' ? [p25, median, p75] : null;
}

/** Open postings: published and not past their deadline. */
const OPEN = `j.status = 'published' AND j.country = ANY($1::text[]) AND (j.deadline IS NULL OR j.deadline >= $2::date)`;

@Injectable()
export class InsightsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The distinct occupation codes open postings use, as the employers wrote them. */
  async openPostingCodes(countries: MarketCountry[], today: string): Promise<{ country: MarketCountry; code: string }[]> {
    return this.dataSource.query(
      `SELECT DISTINCT j.country, j.occupation_code AS code FROM job_postings j WHERE ${OPEN} AND j.occupation_code IS NOT NULL`,
      [countries, today],
    );
  }

  /**
   * Counts per market, occupation group and code in one pass (GROUPING SETS). The salary sample is the
   * full-time and contract postings with a salary, each counted with the midpoint of its band per year:
   * annual_salary_max is the band's top per year, so its bottom per year is salary_min scaled by the
   * same factor (no second copy of the annualising rules in SQL).
   */
  async marketCounts(countries: MarketCountry[], today: string, groups: CodeGroup[]): Promise<MarketCountsRow[]> {
    const rows: (Omit<MarketCountsRow, 'quartiles' | 'level'> & { grouping: number; quartiles: (number | null)[] | null })[] = await this.dataSource.query(
      `WITH code_groups AS (
         SELECT * FROM unnest($3::text[], $4::text[], $5::text[]) AS g(country, code, occupation_group)
       ), open_postings AS (
         SELECT j.country, g.occupation_group, j.occupation_code, j.employment_type, j.sponsorship,
                CASE WHEN j.employment_type IN ('full-time', 'contract') AND j.annual_salary_max IS NOT NULL THEN
                  (j.annual_salary_max + CASE WHEN j.salary_min IS NOT NULL AND j.salary_max IS NOT NULL
                                              THEN j.salary_min::numeric * j.annual_salary_max / NULLIF(j.salary_max, 0)
                                              ELSE j.annual_salary_max END) / 2
                END AS annual_midpoint
           FROM job_postings j
           LEFT JOIN code_groups g ON g.country = j.country AND g.code = j.occupation_code
          WHERE ${OPEN}
       )
       SELECT country, occupation_group AS "group", occupation_code AS code,
              GROUPING(occupation_group, occupation_code)::int AS grouping,
              count(*)::int AS postings,
              (count(*) FILTER (WHERE sponsorship))::int AS sponsored,
              (count(*) FILTER (WHERE employment_type = 'internship'))::int AS internships,
              count(annual_midpoint)::int AS salaried,
              percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY annual_midpoint::float8) AS quartiles
         FROM open_postings
        GROUP BY GROUPING SETS ((country, occupation_group, occupation_code), (country, occupation_group), (country))`,
      [countries, today, groups.map((g) => g.country), groups.map((g) => g.code), groups.map((g) => g.group)],
    );
    return rows.map(({ grouping, quartiles, ...row }) => ({
      ...row,
      // GROUPING() sets a bit for each column the row sums over: 0 a code, 1 a group, 3 the market
      level: grouping === 0 ? 'code' : grouping === 1 ? 'group' : 'market',
      quartiles: quartilesOf(quartiles),
    }));
  }
}
