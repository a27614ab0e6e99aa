import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CandidateProfileEntity } from '../../candidates/entities/candidate-profile.entity';
import { UserEntity } from '../../users/entities/user.entity';

/** A candidate's consent for one adviser to see their profile and pathway; revoking keeps the record. */
@Entity('adviser_consents')
@Index('ix_adviser_consents_adviser', ['adviserUserId', 'revokedAt'])
@Index('uq_adviser_consents_active', ['candidateId', 'adviserUserId'], { unique: true, where: '"revoked_at" IS NULL' })
export class AdviserConsentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) candidateId: string;
  @ManyToOne(() => CandidateProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateProfileEntity;

  @Column({ type: 'uuid' }) adviserUserId: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adviser_user_id' })
  adviser?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) grantedAt: Date;
  @Column({ type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
