import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ReportReason, ReportResolution } from '@hashidari/marketplace';
import type { ModerationQueue } from './dto/moderation.dto';
import { JobReportEntity } from './entities/job-report.entity';

/** Open reports of a page of postings: counts per reason, and the latest few of each. */
export interface OpenReportSummaries {
  counts: { jobId: string; reason: ReportReason; count: number }[];
  latest: { jobId: string; reason: ReportReason; note: string | null; createdAt: Date }[];
}

/** A posting's place in a moderation queue: its id and the time it is sorted by. */
export interface QueueEntry {
  jobId: string;
  at: Date;
}

@Injectable()
export class ModerationRepository {
  constructor(private readonly dataSource: DataSource) {}

  insertReport(values: Pick<JobReportEntity, 'jobId' | 'reporterUserId' | 'reason' | 'note'>, em: EntityManager): Promise<JobReportEntity> {
    return em.save(JobReportEntity, em.create(JobReportEntity, values));
  }

  /**
   * One keyset page of a queue. reported: postings with open reports, by their oldest open report (the
   * longest-waiting first), also those their employer closed meanwhile (closing does not answer a report
   * of fraud); published: every published posting, newest first.
   */
  queuePage(queue: ModerationQueue, limit: number, after?: { at: string; id: string }): Promise<QueueEntry[]> {
    if (queue === 'reported') {
      return this.dataSource.query(
        `SELECT r.job_id AS "jobId", min(r.created_at) AS at
           FROM job_reports r
          WHERE r.resolved_at IS NULL
          GROUP BY r.job_id
         ${after ? 'HAVING (min(r.created_at), r.job_id) > ($2::timestamptz, $3::uuid)' : ''}
          ORDER BY at ASC, r.job_id ASC
          LIMIT $1`,
        after ? [limit, after.at, after.id] : [limit],
      );
    }
    return this.dataSource.query(
      `SELECT j.id AS "jobId", j.published_at AS at FROM job_postings j
        WHERE j.status = 'published' ${after ? 'AND (j.published_at, j.id) < ($2::timestamptz, $3::uuid)' : ''}
        ORDER BY j.published_at DESC, j.id DESC
        LIMIT $1`,
      after ? [limit, after.at, after.id] : [limit],
    );
  }

  /**
   * What the moderators read of these postings' open reports: how many per reason, and the latest
   * `latest` of each posting. Counted and cut in the database: a posting flooded with reports costs the
   * same page as any other.
   */
  async openReportSummaries(jobIds: string[], latest: number): Promise<OpenReportSummaries> {
    if (jobIds.length === 0) return { counts: [], latest: [] };
    const [counts, latestRows] = await Promise.all([
      this.dataSource.query(
        `SELECT job_id AS "jobId", reason, count(*)::int AS count
           FROM job_reports WHERE job_id = ANY($1::uuid[]) AND resolved_at IS NULL
          GROUP BY job_id, reason`,
        [jobIds],
      ) as Promise<OpenReportSummaries['counts']>,
      this.dataSource.query(
        `SELECT "jobId", reason, note, "createdAt" FROM (
           SELECT job_id AS "jobId", reason, note, created_at AS "createdAt",
                  row_number() OVER (PARTITION BY job_id ORDER BY created_at DESC, id DESC) AS n
             FROM job_reports WHERE job_id = ANY($1::uuid[]) AND resolved_at IS NULL
         ) r
          WHERE n <= $2
          ORDER BY "createdAt" DESC`,
        [jobIds, latest],
      ) as Promise<OpenReportSummaries['latest']>,
    ]);
    return { counts, latest: latestRows };
  }

  /** Closes every open report of a posting with the moderator's decision; answers how many there were. */
  async resolveOpen(jobId: string, resolution: ReportResolution, moderatorUserId: string, em: EntityManager): Promise<number> {
    const result = await em
      .createQueryBuilder()
      .update(JobReportEntity)
      .set({ resolvedAt: () => 'now()', resolution, resolvedByUserId: moderatorUserId })
      .where('job_id = :jobId AND resolved_at IS NULL', { jobId })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * On erasure: the user's reports lose the link to them and the note they wrote (free text about
   * themselves, often); the reason and dates stay as the moderators' record of the posting.
   */
  async anonymiseReportsBy(userId: string, em: EntityManager): Promise<void> {
    await em.update(JobReportEntity, { reporterUserId: userId }, { reporterUserId: null, note: null });
  }

  /** What a user reported, for their data export. */
  reportsBy(userId: string, em: EntityManager): Promise<JobReportEntity[]> {
    return em.find(JobReportEntity, { where: { reporterUserId: userId }, order: { createdAt: 'ASC' } });
  }
}
