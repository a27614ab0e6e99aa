import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ReportResolution } from '@hashidari/marketplace';
import type { ModerationQueue } from './dto/moderation.dto';
import { JobReportEntity } from './entities/job-report.entity';

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

  /** The open reports of these postings, latest first. */
  openReports(jobIds: string[], em: EntityManager = this.dataSource.manager): Promise<JobReportEntity[]> {
    if (jobIds.length === 0) return Promise.resolve([]);
    return em
      .createQueryBuilder(JobReportEntity, 'r')
      .where('r.job_id IN (:...jobIds)', { jobIds })
      .andWhere('r.resolved_at IS NULL')
      .orderBy('r.created_at', 'DESC')
      .getMany();
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
