import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PlanInput } from '@hashidari/visa-rules';
import { CandidateProfileEntity } from '../../candidates/entities/candidate-profile.entity';
import { JobPostingEntity } from '../../jobs/entities/job-posting.entity';

/** A candidate's plan along one pathway template; the timeline is computed from `inputs` on every read. */
@Entity('pathway_plans')
export class PathwayPlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_pathway_plans_candidate_id')
  @Column({ type: 'uuid' })
  candidateId: string;
  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateProfileEntity;

  @Column({ type: 'varchar', length: 60 }) pathwayId: string;

  @Column({ type: 'uuid', nullable: true }) targetJobId: string | null;
  @ManyToOne(() => JobPostingEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_job_id' })
  targetJob?: JobPostingEntity | null;

  @Column({ type: 'jsonb' }) inputs: PlanInput;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
