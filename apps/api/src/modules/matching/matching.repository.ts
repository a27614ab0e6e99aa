import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MatchCandidate, MatchJob } from '@hashidari/matching';
import { preparedQuery, statementName } from '../../database/prepared-query';
import type { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import type { JobPostingEntity } from '../jobs/entities/job-posting.entity';
import type { JobSummaryFields } from '../jobs/job.mapper';
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

/**
 * How many of the freshest rows one pool query may walk: the pool's work is bounded by this and by the
 * pool size, never by the table size (BENCHMARKS.md measures the growth).
 */
export const WALK_LIMIT = 10_000;

export type CallerProfile = CandidateMatchFields & Pick<CandidateProfileEntity, 'jlptLevel' | 'topikLevel'>;

export type ShownCandidate = Pick<CandidateProfileEntity, 'id' | 'displayName' | 'nationality' | 'currentStatus' | 'skills' | 'education'>;

export type MemberPosting = JobMatchFields & Pick<JobPostingEntity, 'organizationId' | 'minJlpt' | 'minTopik'> & { organizationVerified: boolean };

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

/** The columns of ix_job_postings_match_walk: everything the filters and the scorer read. */
const JOB_WALK_COLUMNS = `id, published_at, country, city, occupation_code, employment_type, salary_min, salary_max, salary_currency,
  salary_period, language_requirements, min_jlpt, min_topik, required_skills, preferred_skills, education_level, sponsorship,
  start_date, deadline`;

const CANDIDATE_COLUMNS = `c.id, c.nationality, c.current_status AS "currentStatus", c.current_country AS "currentCountry",
  c.status_expires_at::text AS "statusExpiresAt", c.birth_date::text AS "birthDate", c.education,
  c.language_tests AS "languageTests", c.skills, c.experience, c.wishes`;

/** The columns of ix_candidate_profiles_match_walk: what the filters read (the profile documents are too big for an index). */
const CANDIDATE_WALK_COLUMNS = 'id, updated_at, wish_countries, wish_employment_types, jlpt_level, topik_level, skills';

/**
 * Candidate generation for matching. One statement per pool: the database walks a covering recency index
 * from the newest row (at most WALK_LIMIT rows, never the heap), applies the hard gates it can check
 * cheaply, keeps the rows that share a skill (or a wished occupation) with the other side, and stops as
 * soon as the pool is full. Only the columns the scorer reads travel; full rows are loaded for the few
 * results shown.
 */
@Injectable()
export class MatchingRepository {
  constructor(private readonly dataSource: DataSource) {}

  async jobPool(q: JobPoolQuery, size: number): Promise<MatchJob[]> {
    const params: unknown[] = [q.today, q.jlptLevel, q.topikLevel];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = ['(j.deadline IS NULL OR j.deadline >= $1)', '(j.min_jlpt IS NULL OR j.min_jlpt <= $2)', '(j.min_topik IS NULL OR j.min_topik <= $3)'];
    if (q.countries.length > 0) where.push(`j.country = ANY(${param(q.countries)})`);
    if (q.employmentTypes.length > 0) where.push(`j.employment_type = ANY(${param(q.employmentTypes)})`);
    const overlap: string[] = [];
    if (q.skills.length > 0) {
      const skills = param(q.skills);
      overlap.push(`j.required_skills && ${skills}::text[]`, `j.preferred_skills && ${skills}::text[]`);
    }
    if (q.occupationCodes.length > 0) overlap.push(`j.occupation_code = ANY(${param(q.occupationCodes)})`);
    if (overlap.length > 0) where.push(`(${overlap.join(' OR ')})`);
    const text = `SELECT ${JOB_COLUMNS} FROM (${newest('job_postings', JOB_WALK_COLUMNS, 'published_at', `status = 'published'`)}) j
        WHERE ${where.join(' AND ')} ORDER BY j.published_at DESC, j.id DESC LIMIT ${param(size)}`;
    const rows = await preparedQuery<JobMatchFields>(this.dataSource, statementName('matching-job-pool', text), text, params);
    return rows.map(toMatchJob);
  }

  /** Only candidates who let verified employers see their profile take part. */
  async candidatePool(q: CandidatePoolQuery, size: number): Promise<MatchCandidate[]> {
    const params: unknown[] = [q.country, q.employmentType];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [
      '(cardinality(w.wish_countries) = 0 OR $1 = ANY(w.wish_countries))',
      '(cardinality(w.wish_employment_types) = 0 OR $2 = ANY(w.wish_employment_types))',
    ];
    if (q.minJlpt !== null) where.push(`w.jlpt_level >= ${param(q.minJlpt)}`);
    if (q.minTopik !== null) where.push(`w.topik_level >= ${param(q.minTopik)}`);
    if (q.skills.length > 0) where.push(`w.skills && ${param(q.skills)}::text[]`);
    const text = `SELECT ${CANDIDATE_COLUMNS} FROM candidate_profiles c JOIN (
         SELECT w.id, w.updated_at FROM (${newest('candidate_profiles', CANDIDATE_WALK_COLUMNS, 'updated_at', `visibility = 'verified-employers'`)}) w
          WHERE ${where.join(' AND ')} ORDER BY w.updated_at DESC, w.id DESC LIMIT ${param(size)}
       ) picked ON picked.id = c.id ORDER BY picked.updated_at DESC, picked.id DESC`;
    const rows = await preparedQuery<CandidateMatchFields>(this.dataSource, statementName('matching-candidate-pool', text), text, params);
    return rows.map(toMatchCandidate);
  }

  /** The postings shown, as summaries need them (organisation name and verification included). */
  shownJobs(ids: string[]): Promise<JobSummaryFields[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return preparedQuery<JobSummaryFields>(
      this.dataSource,
      'matching-shown-jobs',
      `SELECT ${JOB_COLUMNS}, j.organization_id AS "organizationId", j.title, j.conversion_track AS "conversionTrack", j.status,
         j.published_at AS "publishedAt", json_build_object('names', o.names, 'verifiedAt', o.verified_at) AS organization
         FROM job_postings j JOIN organizations o ON o.id = j.organization_id WHERE j.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** The signed-in candidate's profile, as the scorer and the pool query read it. */
  async candidateOfUser(userId: string): Promise<CallerProfile | null> {
    const rows = await preparedQuery<CallerProfile>(
      this.dataSource,
      'matching-caller-profile',
      `SELECT ${CANDIDATE_COLUMNS}, c.jlpt_level AS "jlptLevel", c.topik_level AS "topikLevel" FROM candidate_profiles c WHERE c.user_id = $1`,
      [userId],
    );
    return rows[0] ?? null;
  }

  /** What an employer's match list shows of each candidate (consent checked again: it may have changed since the pool). */
  shownCandidates(ids: string[]): Promise<ShownCandidate[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return preparedQuery<ShownCandidate>(
      this.dataSource,
      'matching-shown-candidates',
      `SELECT c.id, c.display_name AS "displayName", c.nationality, c.current_status AS "currentStatus", c.skills, c.education
         FROM candidate_profiles c WHERE c.id = ANY($1::uuid[]) AND c.visibility = 'verified-employers'`,
      [ids],
    );
  }

  /** The posting as the scorer reads it, if the user is a member of its organisation (one query). */
  async postingOfMember(jobId: string, userId: string): Promise<MemberPosting | null> {
    const rows = await preparedQuery<MemberPosting>(
      this.dataSource,
      'matching-posting-of-member',
      `SELECT ${JOB_COLUMNS}, j.organization_id AS "organizationId", j.min_jlpt AS "minJlpt", j.min_topik AS "minTopik",
         o.verified_at IS NOT NULL AS "organizationVerified"
         FROM job_postings j JOIN organizations o ON o.id = j.organization_id
        WHERE j.id = $1 AND EXISTS (SELECT 1 FROM organization_members m WHERE m.organization_id = j.organization_id AND m.user_id = $2)`,
      [jobId, userId],
    );
    return rows[0] ?? null;
  }
}

/**
 * The WALK_LIMIT newest rows in scope, with only the columns of the covering index so that the walk is an
 * index-only scan. The LIMIT keeps the filters above it from being pushed into the scan, so the walk stays
 * bounded however selective they are; the outer query keeps the order and stops at the pool size.
 */
function newest(table: string, columns: string, recency: string, scope: string): string {
  return `SELECT ${columns} FROM ${table} WHERE ${scope} ORDER BY ${recency} DESC, id DESC LIMIT ${WALK_LIMIT}`;
}
