import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import { REPORT_REASONS } from '@hashidari/marketplace';
import type { AuthUser } from '../../common/auth/auth-user';
import { decodeCursor, pageOf } from '../../common/http/cursor';
import type { JobPostingEntity } from '../jobs/entities/job-posting.entity';
import { toJobDto } from '../jobs/job.mapper';
import { JobsRepository } from '../jobs/jobs.repository';
import { PostingReadiness } from '../jobs/posting-readiness';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import type { CreateReportDto, ModeratedPostingDto, ModeratedPostingPageDto, ModerationQueueQueryDto, ReportDto, TakedownDto } from './dto/moderation.dto';
import type { JobReportEntity } from './entities/job-report.entity';
import { ModerationRepository, type OpenReportSummaries } from './moderation.repository';
import { isUniqueViolation } from '../../database/postgres-errors';

const LATEST_REPORTS = 5;

function toReportDto(report: JobReportEntity): ReportDto {
  return { id: report.id, jobId: report.jobId, reason: report.reason, note: report.note, createdAt: report.createdAt.toISOString() };
}

/** Reports of postings by their readers, and the moderators' queue and decisions (PRODUCT.md: admins moderate postings). */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly moderation: ModerationRepository,
    private readonly jobs: JobsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly readiness: PostingReadiness,
  ) {}

  /** One report per user and posting: the unique index decides, also between racing requests. */
  async report(caller: AuthUser, jobId: string, body: CreateReportDto): Promise<ReportDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        await this.jobs.lock(jobId, em);
        const job = await this.jobs.findById(jobId, em);
        if (!job || job.status === 'draft') throw new DomainError('NOT_FOUND', 'No posting has this id');
        if (job.status !== 'published') throw new DomainError('CONFLICT', 'This posting is closed');
        if (await this.organizations.membership(job.organizationId, caller.id, em)) {
          throw new DomainError('FORBIDDEN', "A posting of your own organisation cannot be reported");
        }
        const report = await this.moderation.insertReport({ jobId, reporterUserId: caller.id, reason: body.reason, note: body.note || null }, em);
        return toReportDto(report);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('ALREADY_REPORTED', 'You have already reported this posting');
      }
      throw error;
    }
  }

  async queue(query: ModerationQueueQueryDto): Promise<ModeratedPostingPageDto> {
    const queue = query.queue ?? 'reported';
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor<{ at: string; id: string }>(query.cursor, { at: 'timestamp', id: 'uuid' }) : undefined;
    const entries = await this.moderation.queuePage(queue, limit + 1, after);
    const page = pageOf(entries, limit, (last) => ({ at: last.at.toISOString(), id: last.jobId }));
    const ids = page.items.map((entry) => entry.jobId);
    const [jobs, reports] = await Promise.all([this.jobs.findByIds(ids), this.moderation.openReportSummaries(ids, LATEST_REPORTS)]);
    return {
      items: jobs.map((job) =>
        this.toModerated(job, {
          counts: reports.counts.filter((c) => c.jobId === job.id),
          latest: reports.latest.filter((r) => r.jobId === job.id),
        }),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Takes a posting down with a reason shown on it, and closes its open reports: a published posting is
   * closed for good; one its employer closed meanwhile keeps its closing date and gets the reason.
   */
  takedown(moderator: AuthUser, id: string, body: TakedownDto): Promise<ModeratedPostingDto> {
    return this.dataSource.transaction(async (em) => {
      await this.jobs.lock(id, em);
      const job = await this.jobs.findById(id, em);
      if (!job) throw new DomainError('NOT_FOUND', 'No posting has this id');
      if (job.status === 'draft' || job.moderatedAt) throw new DomainError('CONFLICT', job.moderatedAt ? 'This posting is already taken down' : 'A draft cannot be taken down');
      const now = new Date();
      Object.assign(job, { status: 'closed', closedAt: job.closedAt ?? now, moderationReason: body.reason, moderatedAt: now, moderatedByUserId: moderator.id });
      await this.jobs.save(job, em);
      await this.moderation.resolveOpen(id, 'taken-down', moderator.id, em);
      return this.toModerated(job);
    });
  }

  /** Closes a posting's open reports as unfounded; the posting stays as it is. */
  dismissReports(moderator: AuthUser, id: string): Promise<ModeratedPostingDto> {
    return this.dataSource.transaction(async (em) => {
      await this.jobs.lock(id, em);
      const job = await this.jobs.findById(id, em);
      if (!job) throw new DomainError('NOT_FOUND', 'No posting has this id');
      await this.moderation.resolveOpen(id, 'dismissed', moderator.id, em);
      return this.toModerated(job);
    });
  }

  /** A posting with its open reports (none after a decision: the decision closed them). */
  private toModerated(job: JobPostingEntity, reports: OpenReportSummaries = { counts: [], latest: [] }): ModeratedPostingDto {
    // most reported reason first; equal counts in the order of REPORT_REASONS
    const reasons = REPORT_REASONS.flatMap((reason) => reports.counts.filter((c) => c.reason === reason).map(({ count }) => ({ reason, count }))).sort(
      (a, b) => b.count - a.count,
    );
    return {
      job: toJobDto(job, this.readiness.warningsFor(job)),
      openReports: reports.counts.reduce((sum, c) => sum + c.count, 0),
      reasons,
      latestReports: reports.latest.map((r) => ({ reason: r.reason, note: r.note, createdAt: r.createdAt.toISOString() })),
    };
  }
}
