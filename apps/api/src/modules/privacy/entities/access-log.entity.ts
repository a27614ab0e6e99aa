import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AccessPurpose = 'profile-view' | 'applicant-review' | 'match-review' | 'caseload-view' | 'pathway-review';

/**
 * Every read of a candidate's personal data by an employer or an adviser. Kept without foreign keys so
 * that it survives the viewer's erasure; the candidate sees it in their export.
 */
@Entity('access_logs')
@Index('ix_access_logs_candidate', ['candidateId', 'createdAt'])
export class AccessLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) candidateId: string;
  @Column({ type: 'uuid' }) viewerUserId: string;
  @Column({ type: 'varchar', length: 16 }) viewerRole: string;
  @Column({ type: 'uuid', nullable: true }) viewerOrganizationId: string | null;
  @Column({ type: 'varchar', length: 20 }) purpose: AccessPurpose;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
