import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, marketDay } from '@hashidari/domain-core';
import type { PostingAssessment } from '@hashidari/visa-rules';
import type { AuthUser } from '../../common/auth/auth-user';
import { decodeCursor, encodeCursor } from '../../common/http/cursor';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { CreateJobDto, JobDto, JobPageDto, SearchJobsQueryDto, UpdateJobDto } from './dto/job.dto';
import type { JobPostingEntity, JobStatus } from './entities/job-posting.entity';
import { FeasibilityFilter } from './feasibility-filter';
import { applyJobFields, toJobDto } from './job.mapper';
import { assertValidPosting } from './job-rules';
import { JobsRepository, PublishedKey } from './jobs.repository';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { PostingReadiness } from './posting-readiness';

interface SearchPage {
  rows: JobPostingEntity[];
  next: PublishedKey | null;
}

function keyOf(job: JobPostingEntity): PublishedKey {
  return { publishedAt: (job.publishedAt as Date).toISOString(), id: job.id };
}

/** Postings read at most per feasible-search request before answering a partial page. */
const FEASIBLE_SCAN_CAP = 5000;

@Injectable()
export class JobsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly readiness: PostingReadiness,
    private readonly feasibility: FeasibilityFilter,
    private readonly candidates: CandidatesRepository,
  ) {}

  create(caller: AuthUser, body: CreateJobDto): Promise<JobDto> {
    return this.dataSource.transaction(async (em) => {
      await this.requireMember(caller, body.organizationId, em);
      const job = applyJobFields(
        this.jobs.create({ organizationId: body.organizationId, status: 'draft', description: {}, languageRequirements: [] }, em),
        body,
      );
      assertValidPosting(job);
      const saved = await this.jobs.save(job, em);
      return this.toDto(await this.jobOrFail(saved.id, em));
    });
  }

  update(caller: AuthUser, id: string, body: UpdateJobDto): Promise<JobDto> {
    return this.dataSource.transaction(async (em) => {
      await this.jobs.lock(id, em);
      const job = await this.ownJob(caller, id, em);
      if (job.status === 'closed') throw new DomainError('CONFLICT', 'A closed posting cannot be changed');
      applyJobFields(job, body);
      assertValidPosting(job);
      await this.jobs.save(job, em);
      return this.toDto(job);
    });
  }

  publish(caller: AuthUser, id: string): Promise<JobDto> {
    return this.changeStatus(caller, id, 'draft', 'published');
  }

  close(caller: AuthUser, id: string): Promise<JobDto> {
    return this.changeStatus(caller, id, 'published', 'closed');
  }

  /** Published and closed postings are public; drafts only to members of their organisation. */
  async get(caller: AuthUser | undefined, id: string): Promise<JobDto> {
    const job = await this.jobs.findById(id);
    const visible = job && (job.status !== 'draft' || (caller && (await this.organizations.membership(job.organizationId, caller.id))));
    if (!job || !visible) throw new DomainError('NOT_FOUND', 'No posting has this id');
    return this.toDto(job);
  }

  async forOrganization(caller: AuthUser, organizationId: string): Promise<JobDto[]> {
    await this.requireMember(caller, organizationId, this.dataSource.manager);
    return (await this.jobs.forOrganization(organizationId)).map((job) => this.toDto(job));
  }

  async search(caller: AuthUser | undefined, query: SearchJobsQueryDto): Promise<JobPageDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor<PublishedKey>(query.cursor, { publishedAt: 'timestamp', id: 'uuid' }) : undefined;
    const page = query.feasible ? await this.searchFeasible(caller, query, limit, after) : await this.searchAll(query, limit, after);
    return { items: page.rows.map((job) => this.toDto(job)), nextCursor: page.next ? encodeCursor({ ...page.next }) : null };
  }

  private async searchAll(query: SearchJobsQueryDto, limit: number, after?: PublishedKey): Promise<SearchPage> {
    const rows = await this.jobs.search(query, limit + 1, after);
    const page = rows.slice(0, limit);
    return { rows: page, next: rows.length > limit ? keyOf(page[page.length - 1]) : null };
  }

  /**
   * Reads the filtered results in chunks and keeps the postings reachable from the candidate's status
   * until the page is full. A scan cap bounds the work: the page may then be short, and its cursor
   * resumes where the scan stopped.
   */
  private async searchFeasible(caller: AuthUser | undefined, query: SearchJobsQueryDto, limit: number, after?: PublishedKey): Promise<SearchPage> {
    if (caller?.role !== 'candidate') {
      throw new DomainError('VALIDATION_FAILED', 'Only a signed-in candidate can filter by feasibility', [
        { path: 'feasible', issue: 'sign in as a candidate with a current status in the profile' },
      ]);
    }
    const profile = await this.candidates.findByUserId(caller.id);
    const person = { nationality: profile?.nationality ?? null, currentStatus: profile?.currentStatus ?? null };
    const today = marketDay(new Date());
    const chunk = Math.min(500, limit * 5);
    const kept: JobPostingEntity[] = [];
    let position = after;
    for (let scanned = 0; scanned < FEASIBLE_SCAN_CAP; scanned += chunk) {
      const rows = await this.jobs.search(query, chunk, position);
      for (const job of rows) {
        if (this.feasibility.isFeasible(person, job, today)) {
          if (kept.length === limit) return { rows: kept, next: keyOf(kept[kept.length - 1]) };
          kept.push(job);
        }
        position = keyOf(job);
      }
      if (rows.length < chunk) return { rows: kept, next: null };
    }
    return { rows: kept, next: position ?? null };
  }

  private changeStatus(caller: AuthUser, id: string, from: JobStatus, to: JobStatus): Promise<JobDto> {
    return this.dataSource.transaction(async (em) => {
      await this.jobs.lock(id, em);
      const job = await this.ownJob(caller, id, em);
      if (job.status === to) return this.toDto(job);
      if (job.status !== from) throw new DomainError('ILLEGAL_TRANSITION', `A ${job.status} posting cannot become ${to}`);
      job.status = to;
      if (to === 'published') job.publishedAt = new Date();
      if (to === 'closed') job.closedAt = new Date();
      await this.jobs.save(job, em);
      return this.toDto(job);
    });
  }

  async sponsorshipReadiness(caller: AuthUser, id: string): Promise<PostingAssessment> {
    return this.readiness.assess(await this.ownJob(caller, id, this.dataSource.manager));
  }

  private toDto(job: JobPostingEntity): JobDto {
    return toJobDto(job, this.readiness.warningsFor(job));
  }

  private async ownJob(caller: AuthUser, id: string, em: EntityManager): Promise<JobPostingEntity> {
    const job = await this.jobs.findById(id, em);
    if (!job || !(await this.organizations.membership(job.organizationId, caller.id, em))) {
      throw new DomainError('NOT_FOUND', 'No posting of yours has this id');
    }
    return job;
  }

  private async jobOrFail(id: string, em: EntityManager): Promise<JobPostingEntity> {
    const job = await this.jobs.findById(id, em);
    if (!job) throw new DomainError('NOT_FOUND', 'No posting has this id');
    return job;
  }

  private async requireMember(caller: AuthUser, organizationId: string, em: EntityManager): Promise<void> {
    if (!(await this.organizations.membership(organizationId, caller.id, em))) {
      throw new DomainError('NOT_FOUND', 'No organisation of yours has this id', [{ path: 'organizationId', issue: 'not an organisation of yours' }]);
    }
  }
}
