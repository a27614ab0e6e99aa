import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, marketDay } from '@hashidari/domain-core';
import { highestEducation } from '@hashidari/marketplace';
import { evaluateMatch, MatchResult, rankCandidatesForJob, rankJobsForCandidate } from '@hashidari/matching';
import { crosswalk } from '@hashidari/taxonomy';
import type { AuthUser } from '../../common/auth/auth-user';
import { toJobSummaryDto } from '../jobs/job.mapper';
import { JobsRepository } from '../jobs/jobs.repository';
import { AccessLogRepository } from '../privacy/access-log.repository';
import type { CandidateMatchPageDto, JobFitDto, JobMatchPageDto } from './dto/match.dto';
import { toMatchCandidate, toMatchJob } from './match-mappers';
import { CallerProfile, JobPoolQuery, MatchingRepository } from './matching.repository';

/** Rows the database hands to the scorer; the benchmark in BENCHMARKS.md measures this trade-off. */
export const POOL_SIZE = 150;

const today = () => marketDay(new Date());

@Injectable()
export class MatchingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly matching: MatchingRepository,
    private readonly jobs: JobsRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async jobsForCandidate(caller: AuthUser, limit = 20): Promise<JobMatchPageDto> {
    const profile = await this.matching.candidateOfUser(caller.id);
    if (!profile) return { items: [], considered: 0 };
    const pool = await this.matching.jobPool(jobPoolQueryFor(profile), POOL_SIZE);
    const ranked = rankJobsForCandidate(toMatchCandidate(profile), pool, { evalDate: today(), limit });
    const jobs = new Map((await this.matching.shownJobs(ranked.map((r) => r.jobId))).map((job) => [job.id, job]));
    return {
      considered: pool.length,
      items: ranked.flatMap((result) => {
        const job = jobs.get(result.jobId);
        return job ? [{ job: toJobSummaryDto(job), ...scoreFields(result) }] : [];
      }),
    };
  }

  /**
   * The consenting candidates who fit a posting best; every candidate shown is written to the access log.
   * The reads need no transaction: the log is one INSERT, written before anything is returned.
   */
  async candidatesForJob(caller: AuthUser, jobId: string, limit = 20): Promise<CandidateMatchPageDto> {
    const job = await this.matching.postingOfMember(jobId, caller.id);
    if (!job) throw new DomainError('NOT_FOUND', 'No posting of yours has this id');
    const { organizationVerified } = job;
    if (!organizationVerified) return { items: [], considered: 0, organizationVerified };
    const pool = await this.matching.candidatePool(
      {
        country: job.country,
        employmentType: job.employmentType,
        minJlpt: job.minJlpt,
        minTopik: job.minTopik,
        skills: [...job.requiredSkills, ...job.preferredSkills],
      },
      POOL_SIZE,
    );
    const ranked = rankCandidatesForJob(toMatchJob(job), pool, { evalDate: today(), limit });
    const profiles = new Map((await this.matching.shownCandidates(ranked.map((r) => r.candidateId))).map((p) => [p.id, p]));
    await this.accessLog.record(
      { candidateIds: [...profiles.keys()], viewer: caller, purpose: 'match-review', organizationId: job.organizationId },
      this.dataSource.manager,
    );
    return {
      considered: pool.length,
      organizationVerified,
      items: ranked.flatMap((result) => {
        const profile = profiles.get(result.candidateId);
        if (!profile) return [];
        return [
          {
            candidate: {
              id: profile.id,
              displayName: profile.displayName,
              nationality: profile.nationality,
              currentStatus: profile.currentStatus,
              skills: profile.skills,
              highestEducation: highestEducation(profile.education) ?? null,
            },
            ...scoreFields(result),
          },
        ];
      }),
    };
  }

  /** How one posting fits the signed-in candidate, gates included: the "why not" of a posting they cannot take. */
  async fit(caller: AuthUser, jobId: string): Promise<JobFitDto> {
    const job = await this.jobs.findById(jobId);
    if (!job || job.status === 'draft') throw new DomainError('NOT_FOUND', 'No posting has this id');
    const profile = await this.matching.candidateOfUser(caller.id);
    if (!profile) throw new DomainError('NOT_FOUND', 'Fill in your profile first');
    const result = evaluateMatch(toMatchCandidate(profile), toMatchJob(job), today());
    return { ...scoreFields(result), gated: result.gated, gates: result.gates };
  }
}

function scoreFields(result: MatchResult) {
  return {
    score: result.score,
    candidateSide: result.candidateSide,
    employerSide: result.employerSide,
    explanation: result.explanation,
    visa: result.visa,
  };
}

/**
 * What the job pool filters on for a candidate; their wished occupations are widened to the other
 * country's codes through the ISCO-08 crosswalk.
 */
export function jobPoolQueryFor(profile: CallerProfile): JobPoolQuery {
  const wished = profile.wishes.occupationCodes ?? [];
  const codes = new Set(wished);
  for (const code of wished) {
    for (const country of ['KR', 'JP'] as const) crosswalk(country, code).forEach((c) => codes.add(c));
  }
  return {
    countries: profile.wishes.countries ?? [],
    employmentTypes: profile.wishes.employmentTypes ?? [],
    jlptLevel: profile.jlptLevel ?? 0,
    topikLevel: profile.topikLevel ?? 0,
    skills: profile.skills,
    occupationCodes: [...codes],
    today: today(),
  };
}
