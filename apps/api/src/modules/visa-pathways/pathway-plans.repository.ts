import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { PathwayPlanEntity } from './entities/pathway-plan.entity';
import { PlanChecklistItemEntity } from './entities/plan-checklist-item.entity';
import { PlanItemEventEntity } from './entities/plan-item-event.entity';

@Injectable()
export class PathwayPlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<PathwayPlanEntity | null> {
    return em.findOne(PathwayPlanEntity, { where: { id }, relations: { candidate: true, targetJob: true } });
  }

  forCandidates(candidateIds: string[], em: EntityManager = this.dataSource.manager): Promise<PathwayPlanEntity[]> {
    if (candidateIds.length === 0) return Promise.resolve([]);
    return em.find(PathwayPlanEntity, {
      where: { candidateId: In(candidateIds) },
      relations: { candidate: true, targetJob: true },
      order: { createdAt: 'DESC' },
    });
  }

  /** Deletes a plan; its checklist and audit trail go with it (the trail's trigger lets only this cascade through). */
  async deletePlan(id: string, em: EntityManager): Promise<void> {
    await em.delete(PathwayPlanEntity, { id });
  }

  insertPlan(values: Partial<PathwayPlanEntity>, em: EntityManager): Promise<PathwayPlanEntity> {
    return em.save(PathwayPlanEntity, em.create(PathwayPlanEntity, values));
  }

  /** Locks the plan's row until the transaction ends (two changes of its dates are applied one after the other). */
  async lock(id: string, em: EntityManager): Promise<void> {
    await em.query('SELECT 1 FROM pathway_plans WHERE id = $1 FOR UPDATE', [id]);
  }

  savePlan(plan: PathwayPlanEntity, em: EntityManager): Promise<PathwayPlanEntity> {
    return em.save(PathwayPlanEntity, plan);
  }

  async insertItems(items: Partial<PlanChecklistItemEntity>[], em: EntityManager): Promise<void> {
    if (items.length > 0) await em.insert(PlanChecklistItemEntity, items);
  }

  items(planId: string, em: EntityManager = this.dataSource.manager): Promise<PlanChecklistItemEntity[]> {
    return em.find(PlanChecklistItemEntity, { where: { planId }, order: { position: 'ASC' } });
  }

  findItemForUpdate(planId: string, itemId: string, em: EntityManager): Promise<PlanChecklistItemEntity | null> {
    return em.findOne(PlanChecklistItemEntity, { where: { id: itemId, planId }, lock: { mode: 'pessimistic_write' } });
  }

  saveItem(item: PlanChecklistItemEntity, em: EntityManager): Promise<PlanChecklistItemEntity> {
    return em.save(PlanChecklistItemEntity, item);
  }

  async addEvent(event: Omit<PlanItemEventEntity, 'id' | 'createdAt' | 'plan'>, em: EntityManager): Promise<void> {
    await em.insert(PlanItemEventEntity, event);
  }

  events(planId: string, em: EntityManager = this.dataSource.manager): Promise<PlanItemEventEntity[]> {
    return em.find(PlanItemEventEntity, { where: { planId }, order: { createdAt: 'ASC' } });
  }
}
