import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationStatus } from '@hashidari/marketplace';
import { ApplicationEntity } from './application.entity';

/** Every status change, written in the same transaction as the change itself. */
@Entity('application_events')
@Index('ix_application_events_application', ['applicationId', 'createdAt'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) applicationId: string;
  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 12, nullable: true }) fromStatus: ApplicationStatus | null;
  @Column({ type: 'varchar', length: 12 }) toStatus: ApplicationStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** Who made the change; null once that account is erased */
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'varchar', length: 10 }) actorRole: 'candidate' | 'employer' | 'admin';
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
