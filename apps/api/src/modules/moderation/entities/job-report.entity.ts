import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportReason, ReportResolution } from '@hashidari/marketplace';
import { JobPostingEntity } from '../../jobs/entities/job-posting.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** A user's report of a posting to the moderators; one per user and posting (the unique index decides). */
@Entity('job_reports')
@Index('ux_job_reports_job_reporter', ['jobId', 'reporterUserId'], { unique: true })
@Index('ix_job_reports_open', ['jobId', 'createdAt'], { where: 'resolved_at IS NULL' })
@Index('ix_job_reports_reporter', ['reporterUserId'])
export class JobReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) jobId: string;
  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostingEntity;

  /** Null once the reporter's account is erased (their note goes too): the reason stays as the moderators' record */
  @Column({ type: 'uuid', nullable: true }) reporterUserId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_user_id' })
  reporter?: UserEntity;

  @Column({ type: 'varchar', length: 20 }) reason: ReportReason;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'varchar', length: 12, nullable: true }) resolution: ReportResolution | null;
  /** The administrator who resolved it; null once that account is erased */
  @Column({ type: 'uuid', nullable: true }) resolvedByUserId: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_user_id' })
  resolvedBy?: UserEntity;
}
