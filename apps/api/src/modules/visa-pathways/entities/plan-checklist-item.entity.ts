import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TrilingualText } from '@hashidari/domain-core';
import type { ChecklistItemStatus } from '@hashidari/marketplace';
import { PathwayPlanEntity } from './pathway-plan.entity';


/** One checklist item of one stage of a plan, copied from the rule set when the plan was made. */
@Entity('plan_checklist_items')
@Index('uq_plan_checklist_items_key', ['planId', 'stageId', 'itemKey'], { unique: true })
export class PlanChecklistItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' }) planId: string;
  @ManyToOne(() => PathwayPlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PathwayPlanEntity;

  @Column({ type: 'varchar', length: 60 }) stageId: string;
  @Column({ type: 'varchar', length: 80 }) itemKey: string;
  @Column({ type: 'jsonb' }) label: TrilingualText;
  @Column({ type: 'varchar', length: 20 }) provider: string;
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @Column({ type: 'varchar', length: 40 }) ruleId: string;
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'boolean', default: false }) unverified: boolean;
  @Column({ type: 'smallint' }) position: number;

  @Column({ type: 'varchar', length: 10, default: 'todo' }) status: ChecklistItemStatus;
  /** The candidate's own note */
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** The adviser's note from the last review */
  @Column({ type: 'text', nullable: true }) reviewerNote: string | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt: Date;
}
