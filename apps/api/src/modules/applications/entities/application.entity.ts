import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicationStatus } from '@hashidari/marketplace';
import { CandidateProfileEntity } from '../../candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../../jobs/entities/job-posting.entity';

/**
 * One application per candidate and posting: the unique index decides races. When a candidate erases
 * their account the row stays, anonymised (candidateId null), because the employer must keep a record of
 * the hiring decision; the cover note is removed.
 */
@Entity('applications')
@Index('uq_applications_job_candidate', ['jobId', 'candidateId'], { unique: true })
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_applications_job_id')
  @Column({ type: 'uuid' })
  jobId: string;
  @ManyToOne(() => JobPostingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostingEntity;

  @Index('ix_applications_candidate_id')
  @Column({ type: 'uuid', nullable: true })
  candidateId: string | null;
  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateProfileEntity | null;

  @Column({ type: 'varchar', length: 12 }) status: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) coverNote: string | null;
  @Column({ type: 'timestamptz', nullable: true }) anonymizedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
