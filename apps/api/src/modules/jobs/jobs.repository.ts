import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { isMarketCountry, jlptOrdinal, type MarketCountry } from '@hashidari/domain-core';
import { queryTokens, querySegments } from '@hashidari/marketplace';
import { canonicalOccupationCode, resolveSkill } from '@hashidari/taxonomy';
import { JobPostingEntity } from './entities/job-posting.entity';

export interface JobSearchFilters {
  q?: string;
  country?: string;
  city?: string;
  occupation?: string;
  employmentType?: string;
  sponsorship?: boolean;
  jlpt?: string;
  topik?: number;
  minAnnualSalary?: number;
  currency?: string;
}

export type PublishedKey = {
  publishedAt: string;
  id: string;
};

@Injectable()
export class JobsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<JobPostingEntity | null> {
    return em.findOne(JobPostingEntity, { where: { id }, relations: { organization: true } });
  }

  /** The postings with these ids and their organisations, in the order of the ids (unknown ids skipped). */
  async findByIds(ids: string[], em: EntityManager = this.dataSource.manager): Promise<JobPostingEntity[]> {
    if (ids.length === 0) return [];
    const found = await em.find(JobPostingEntity, { where: { id: In(ids) }, relations: { organization: true } });
    const byId = new Map(found.map((job) => [job.id, job]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * Locks the posting's row until the transaction ends: every change of a posting takes it first, so that a
   * moderator's takedown, its employer's edits and a reader's report are decided one after the other.
   */
  async lock(id: string, em: EntityManager): Promise<void> {
    await em.query('SELECT 1 FROM job_postings WHERE id = $1 FOR UPDATE', [id]);
  }

  save(job: JobPostingEntity, em: EntityManager): Promise<JobPostingEntity> {
    return em.save(JobPostingEntity, job);
  }

  create(values: Partial<JobPostingEntity>, em: EntityManager): JobPostingEntity {
    return em.create(JobPostingEntity, values);
  }

  forOrganization(organizationId: string, em: EntityManager = this.dataSource.manager): Promise<JobPostingEntity[]> {
    return em.find(JobPostingEntity, {
      where: { organizationId },
      relations: { organization: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** Published postings, newest first, keyset-paginated on (published_at, id) so pages never shift. */
  search(filters: JobSearchFilters, limit: number, after?: PublishedKey): Promise<JobPostingEntity[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(JobPostingEntity, 'j')
      .innerJoinAndSelect('j.organization', 'o')
      .where(`j.status = 'published'`)
      .orderBy('j.published_at', 'DESC')
      .addOrderBy('j.id', 'DESC')
      .limit(limit);
    applyFilters(query, filters);
    if (after) query.andWhere('(j.published_at, j.id) < (:afterAt, :afterId)', { afterAt: after.publishedAt, afterId: after.id });
    return query.getMany();
  }
}

function applyFilters(query: SelectQueryBuilder<JobPostingEntity>, f: JobSearchFilters): void {
  if (f.q) applyKeywords(query, f.q);
  if (f.country) query.andWhere('j.country = :country', { country: f.country });
  if (f.city) query.andWhere('lower(j.city) = lower(:city)', { city: f.city });
  if (f.occupation) {
    // postings store codes in their canonical spelling; the filter is read the same way, for either market
    const occupation = f.occupation;
    const countries: MarketCountry[] = isMarketCountry(f.country) ? [f.country] : ['KR', 'JP'];
    const occupations = [...new Set(countries.map((country) => canonicalOccupationCode(country, occupation)))];
    query.andWhere('j.occupation_code IN (:...occupations)', { occupations });
  }
  if (f.employmentType) query.andWhere('j.employment_type = :employmentType', { employmentType: f.employmentType });
  if (f.sponsorship !== undefined) query.andWhere('j.sponsorship = :sponsorship', { sponsorship: f.sponsorship });
  if (f.jlpt) query.andWhere('(j.min_jlpt IS NULL OR j.min_jlpt <= :jlpt)', { jlpt: jlptOrdinal(f.jlpt) });
  if (f.topik) query.andWhere('(j.min_topik IS NULL OR j.min_topik <= :topik)', { topik: f.topik });
  if (f.minAnnualSalary !== undefined) {
    query.andWhere('j.annual_salary_max >= :minAnnualSalary', { minAnnualSalary: f.minAnnualSalary });
    if (f.currency) query.andWhere('j.salary_currency = :currency', { currency: f.currency });
  }
}

/**
 * Every keyword segment must appear in the posting's text. The GIN index on the character bigrams narrows
 * the rows, the LIKE re-check makes the match exact. A keyword that names a skill in any language
 * (営業, 영업, sales) also finds postings that ask for that skill in another language.
 */
function applyKeywords(query: SelectQueryBuilder<JobPostingEntity>, q: string): void {
  const tokens = queryTokens(q);
  const segments = querySegments(q);
  if (tokens.length === 0) return;
  const skill = resolveSkill(q);
  query.andWhere(
    new Brackets((either) => {
      either.where(
        new Brackets((text) => {
          text.where('j.search_tokens @> :tokens::text[]', { tokens });
          segments.forEach((segment, i) =>
            text.andWhere(`j.search_text LIKE :segment${i}`, { [`segment${i}`]: `%${escapeLike(segment)}%` }),
          );
        }),
      );
      if (skill) {
        either.orWhere('(j.required_skills @> :skillIds::text[] OR j.preferred_skills @> :skillIds::text[])', { skillIds: [skill.id] });
      }
    }),
  );
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
