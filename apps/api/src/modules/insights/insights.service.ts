import { Inject, Injectable } from '@nestjs/common';
import { COUNTRY_CODES, type MarketCountry, marketDay } from '@hashidari/domain-core';
import { marketFigures, marketPlacementOf, MIN_SALARY_SAMPLE, type CodePlacement } from '@hashidari/marketplace';
import { getOccupation, OCCUPATION_GROUP_LABELS, type OccupationGroup } from '@hashidari/taxonomy';
import type { CodeMarketDto, GroupMarketDto, MarketDto, MarketInsightsDto, OccupationRefDto } from './dto/market-insights.dto';
import type { AppConfig } from '../../common/config/app-config';
import { APP_CONFIG } from '../../common/config/config.module';
import { InsightsRepository, type CodeGroup, type MarketCountsRow } from './insights.repository';

const NO_POSTINGS = { postings: 0, sponsored: 0, internships: 0, salaried: 0, quartiles: null };

/** Most postings first, the unknown (null) key last. */
function byPostings<T extends { postings: number }>(key: (item: T) => string | null) {
  return (a: T, b: T) => Number(key(a) === null) - Number(key(b) === null) || b.postings - a.postings || (key(a) ?? '').localeCompare(key(b) ?? '');
}

/**
 * Aggregates of the open postings per market, occupation group and code (PRODUCT.md capability 9).
 * Anyone may ask and the aggregate reads every open posting (about 0.2 s at 100,000, BENCHMARKS.md), so each
 * process keeps an answer for `insightsCacheSeconds`, per market and per day in Korea and Japan;
 * callers asking at the same time share one computation.
 */
@Injectable()
export class InsightsService {
  private readonly cache = new Map<string, { expiresAt: number; answer: Promise<MarketInsightsDto> }>();

  constructor(
    private readonly insights: InsightsRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'insightsCacheSeconds'>,
  ) {}

  market(country: MarketCountry | undefined): Promise<MarketInsightsDto> {
    const asOf = marketDay(new Date());
    const ttl = this.config.insightsCacheSeconds * 1000;
    if (ttl === 0) return this.compute(country, asOf);
    const key = `${country ?? 'all'}|${asOf}`;
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > now) return cached.answer;
    for (const [old, entry] of this.cache) if (entry.expiresAt <= now) this.cache.delete(old);
    const answer = this.compute(country, asOf);
    this.cache.set(key, { expiresAt: now + ttl, answer });
    // a failure is not kept: the next caller tries again
    answer.catch(() => this.cache.delete(key));
    return answer;
  }

  private async compute(country: MarketCountry | undefined, asOf: string): Promise<MarketInsightsDto> {
    const countries: MarketCountry[] = country ? [country] : [...COUNTRY_CODES];
    const placements = new Map<string, CodePlacement>();
    const codeGroups: CodeGroup[] = [];
    for (const used of await this.insights.openPostingCodes(countries, asOf)) {
      const placement = marketPlacementOf(used.country, used.code);
      if (!placement) continue;
      placements.set(`${used.country}|${used.code}`, placement);
      codeGroups.push({ ...used, group: placement.group });
    }
    const rows = await this.insights.marketCounts(countries, asOf, codeGroups);
    const toMarket = (c: MarketCountry): MarketDto => {
      const mine = rows.filter((r) => r.country === c);
      const total = mine.find((r) => r.level === 'market') ?? NO_POSTINGS;
      const groups = mine.filter((r) => r.level === 'group').map((g) => toGroup(c, g, mine, placements));
      return { country: c, ...marketFigures(c, total), groups: groups.sort(byPostings((g) => g.group)) };
    };
    return { asOf, minimumSalarySample: MIN_SALARY_SAMPLE, markets: countries.map(toMarket) };
  }
}

function toGroup(country: MarketCountry, row: MarketCountsRow, rows: MarketCountsRow[], placements: Map<string, CodePlacement>): GroupMarketDto {
  const codes = rows
    .filter((r) => r.level === 'code' && r.group === row.group)
    .map((r): CodeMarketDto => ({ code: r.code, occupations: occupationsOf(placements.get(`${country}|${r.code}`)), ...marketFigures(country, r) }));
  return {
    group: row.group,
    label: row.group ? OCCUPATION_GROUP_LABELS[row.group as OccupationGroup] : null,
    ...marketFigures(country, row),
    codes: codes.sort(byPostings((c) => c.code)),
  };
}

function occupationsOf(placement: CodePlacement | undefined): OccupationRefDto[] {
  return (placement?.occupationIds ?? []).flatMap((id) => {
    const occupation = getOccupation(id);
    return occupation ? [{ id, label: occupation.label }] : [];
  });
}
