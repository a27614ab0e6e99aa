import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PathwayPlanEntity } from './pathway-plan.entity';
import type { ChecklistAction, ChecklistItemStatus } from '@hashidari/marketplace';

/**
 * The audit trail of a plan's checklist. Append-only: no route edits or deletes it, and a trigger in the
 * database refuses UPDATE (rows go only with the plan, when the candidate erases their account).
 */
@Entity('plan_item_events')
@Index('ix_plan_item_events_plan', ['planId', 'createdAt'])
export class PlanItemEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PathwayPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PathwayPlanEntity;

  @Column({ type: 'uuid' }) itemId: string;
  @Column({ type: 'uuid', nullable: true }) actorUserId: string | null;
  @Column({ type: 'varchar', length: 10 }) actorRole: 'candidate' | 'adviser';
  @Column({ type: 'varchar', length: 10 }) action: ChecklistAction;
  @Column({ type: 'varchar', length: 10 }) fromStatus: ChecklistItemStatus;
  @Column({ type: 'varchar', length: 10 }) toStatus: ChecklistItemStatus;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
