import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { MatchCandidate, MatchJob } from '@hashidari/matching';
import { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../jobs/entities/job-posting.entity';
import { CandidateMatchFields, JobMatchFields, toMatchCandidate, toMatchJob } from './match-mappers';

export interface JobPoolQuery {
  countries: string[];
  employmentTypes: string[];
  jlptLevel: number;
  topikLevel: number;
  skills: string[];
  occupationCodes: string[];
  today: string;
}

/** Rows per window of the recency walk, and windows read at most: the pool's work is bounded by both. */
const WINDOW = 2500;
const MAX_WINDOWS = 4;

interface RecencyKey {
  at: string;
  id: string;
}

export interface CandidatePoolQuery {
  country: string;
  employmentType: string;
  minJlpt: number | null;
  minTopik: number | null;
  skills: string[];
}

// Camel-case aliases give rows the entity's shape, so the scorer's input is built by one mapper
// (match-mappers) for these rows and for loaded entities alike. Money comes back as float8: integer won
// and yen up to 10^10 are exact in a double.
const JOB_COLUMNS = `j.id, j.country, j.city, j.occupation_code AS "occupationCode", j.employment_type AS "employmentType",
  j.salary_min::float8 AS "salaryMin", j.salary_max::float8 AS "salaryMax", j.salary_currency AS "salaryCurrency",
  j.salary_period AS "salaryPeriod", j.language_requirements AS "languageRequirements", j.required_skills AS "requiredSkills",
  j.preferred_skills AS "preferredSkills", j.education_level AS "educationLevel", j.sponsorship,
  j.start_date::text AS "startDate", j.deadline::text AS deadline`;

const CANDIDATE_COLUMNS = `c.id, c.nationality, c.current_status AS "currentStatus", c.current_country AS "currentCountry",
  c.status_expires_at::text AS "statusExpiresAt", c.birth_date::text AS "birthDate", c.education,
  c.language_tests AS "languageTests", c.skills, c.experience, c.wishes`;

/**
 * Candidate generation for matching. The database applies the hard gates it can check cheaply and keeps
 * the freshest rows that share a skill (or a wished occupation) with the other side, walking an index in
 * recency order until the pool is full: the work is bounded by the pool size, not by the table size.
 * Only the columns the scorer reads travel; full rows are loaded for the few results shown.
 */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Walks the published postings from the newest in windows of WINDOW rows (a window is a range of the
   * recency index, found by one cheap index lookup) and keeps those passing the filters, until the pool is
   * full or MAX_WINDOWS were read. The work depends on the pool size and on how selective the candidate's
   * wishes are, not on how many postings there are.
   */
  async jobPool(q: JobPoolQuery, size: number): Promise<MatchJob[]> {
    const pool: MatchJob[] = [];
    let before: { at: string; id: string } | undefined;
    for (let window = 0; window < MAX_WINDOWS && pool.length < size; window += 1) {
      const edge = await this.windowEdge('job_postings', 'published_at', `status = 'published'`, before);
      const rows = await this.jobsInWindow(q, size - pool.length, before, edge);
      pool.push(...rows.map(toMatchJob));
      if (!edge) break;
      before = edge;
    }
    return pool;
  }

  private async jobsInWindow(q: JobPoolQuery, size: number, before?: RecencyKey, edge?: RecencyKey): Promise<JobMatchFields[]> {
    const params: unknown[] = [q.today, q.jlptLevel, q.topikLevel, size];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [`j.status = 'published'`, '(j.deadline IS NULL OR j.deadline >= $1)', '(j.min_jlpt IS NULL OR j.min_jlpt <= $2)', '(j.min_topik IS NULL OR j.min_topik <= $3)'];
    // The scalar bounds let the planner range-scan the (status, published_at, id) index; the row
    // comparisons make the window edges exact.
    if (before) {
      const at = param(before.at);
      where.push(`j.published_at <= ${at}::timestamptz`, `(j.published_at, j.id) < (${at}::timestamptz, ${param(before.id)}::uuid)`);
    }
    if (edge) {
      const at = param(edge.at);
      where.push(`j.published_at >= ${at}::timestamptz`, `(j.published_at, j.id) >= (${at}::timestamptz, ${param(edge.id)}::uuid)`);
    }
    if (q.countries.length > 0) where.push(`j.country = ANY(${param(q.countries)})`);
    if (q.employmentTypes.length > 0) where.push(`j.employment_type = ANY(${param(q.employmentTypes)})`);
    const overlap: string[] = [];
    if (q.skills.length > 0) {
      const skills = param(q.skills);
      overlap.push(`j.required_skills && ${skills}::text[]`, `j.preferred_skills && ${skills}::text[]`);
    }
    if (q.occupationCodes.length > 0) overlap.push(`j.occupation_code = ANY(${param(q.occupationCodes)})`);
    if (overlap.length > 0) where.push(`(${overlap.join(' OR ')})`);
    return this.dataSource.query(
      `SELECT ${JOB_COLUMNS} FROM job_postings j WHERE ${where.join(' AND ')} ORDER BY j.published_at DESC, j.id DESC LIMIT $4`,
      params,
    );
  }

  /** Only candidates who let verified employers see their profile take part; walked like jobPool. */
  async candidatePool(q: CandidatePoolQuery, size: number, em: EntityManager = this.dataSource.manager): Promise<MatchCandidate[]> {
    const pool: MatchCandidate[] = [];
    let before: RecencyKey | undefined;
    for (let window = 0; window < MAX_WINDOWS && pool.length < size; window += 1) {
      const edge = await this.windowEdge('candidate_profiles', 'updated_at', `visibility = 'verified-employers'`, before, em);
      const rows = await this.candidatesInWindow(q, size - pool.length, before, edge, em);
      pool.push(...rows.map(toMatchCandidate));
      if (!edge) break;
      before = edge;
    }
    return pool;
  }

  private candidatesInWindow(q: CandidatePoolQuery, size: number, before: RecencyKey | undefined, edge: RecencyKey | undefined, em: EntityManager): Promise<CandidateMatchFields[]> {
    const params: unknown[] = [q.country, q.employmentType, size];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [
      `c.visibility = 'verified-employers'`,
      '(cardinality(c.wish_countries) = 0 OR $1 = ANY(c.wish_countries))',
      '(cardinality(c.wish_employment_types) = 0 OR $2 = ANY(c.wish_employment_types))',
    ];
    if (before) {
      const at = param(before.at);
      where.push(`c.updated_at <= ${at}::timestamptz`, `(c.updated_at, c.id) < (${at}::timestamptz, ${param(before.id)}::uuid)`);
    }
    if (edge) {
      const at = param(edge.at);
      where.push(`c.updated_at >= ${at}::timestamptz`, `(c.updated_at, c.id) >= (${at}::timestamptz, ${param(edge.id)}::uuid)`);
    }
    if (q.minJlpt !== null) where.push(`c.jlpt_level >= ${param(q.minJlpt)}`);
    if (q.minTopik !== null) where.push(`c.topik_level >= ${param(q.minTopik)}`);
    if (q.skills.length > 0) where.push(`c.skills && ${param(q.skills)}::text[]`);
    return em.query(
      `SELECT ${CANDIDATE_COLUMNS} FROM candidate_profiles c WHERE ${where.join(' AND ')} ORDER BY c.updated_at DESC, c.id DESC LIMIT $3`,
      params,
    );
  }

  /**
   * The oldest row of the next window in recency order (an index-only walk of WINDOW entries), or
   * undefined when fewer rows remain: then the window reaches the end of the table.
   */
  private async windowEdge(table: string, column: string, scope: string, before?: RecencyKey, em: EntityManager = this.dataSource.manager): Promise<RecencyKey | undefined> {
    const params: unknown[] = [WINDOW - 1];
    const after = before ? ` AND ${column} <= $2::timestamptz AND (${column}, id) < ($2::timestamptz, $3::uuid)` : '';
    if (before) params.push(before.at, before.id);
    const rows: { at: string; id: string }[] = await em.query(
      `SELECT ${column}::text AS at, id FROM ${table} WHERE ${scope}${after} ORDER BY ${column} DESC, id DESC OFFSET $1 LIMIT 1`,
      params,
    );
    return rows[0];
  }

  jobsByIds(ids: string[]): Promise<JobPostingEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.dataSource.manager.find(JobPostingEntity, { where: { id: In(ids) }, relations: { organization: true } });
  }

  profilesByIds(ids: string[], em: EntityManager = this.dataSource.manager): Promise<CandidateProfileEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : em.findBy(CandidateProfileEntity, { id: In(ids) });
  }
}
