import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { ApplicationStatus } from '@hashidari/marketplace';
import { ApplicationEntity } from './entities/application.entity';
import { ApplicationEventEntity } from './entities/application-event.entity';

export interface ApplicationScope {
  candidateId?: string;
  /** organisations whose postings' applications the caller may see */
  organizationIds?: string[];
  jobId?: string;
  status?: ApplicationStatus;
}

@Injectable()
export class ApplicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(values: Pick<ApplicationEntity, 'jobId' | 'candidateId' | 'status' | 'coverNote'>, em: EntityManager): Promise<ApplicationEntity> {
    return em.save(ApplicationEntity, em.create(ApplicationEntity, { ...values, anonymizedAt: null }));
  }

  findForUpdate(id: string, em: EntityManager): Promise<ApplicationEntity | null> {
    return em.findOne(ApplicationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  findWithJob(id: string, em: EntityManager = this.dataSource.manager): Promise<ApplicationEntity | null> {
    return em.findOne(ApplicationEntity, { where: { id }, relations: { job: { organization: true }, candidate: true } });
  }

  save(application: ApplicationEntity, em: EntityManager): Promise<ApplicationEntity> {
    return em.save(ApplicationEntity, application);
  }

  async addEvent(event: Omit<ApplicationEventEntity, 'id' | 'createdAt' | 'application'>, em: EntityManager): Promise<void> {
    await em.insert(ApplicationEventEntity, event);
  }

  async history(applicationIds: string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, ApplicationEventEntity[]>> {
    const byApplication = new Map<string, ApplicationEventEntity[]>();
    if (applicationIds.length === 0) return byApplication;
    const events = await em.find(ApplicationEventEntity, { where: { applicationId: In(applicationIds) }, order: { createdAt: 'ASC' } });
    for (const event of events) byApplication.set(event.applicationId, [...(byApplication.get(event.applicationId) ?? []), event]);
    return byApplication;
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  list(scope: ApplicationScope, limit: number, after?: { createdAt: string; id: string }, em: EntityManager = this.dataSource.manager) {
    const query = em
      .createQueryBuilder(ApplicationEntity, 'a')
      .innerJoinAndSelect('a.job', 'j')
      .innerJoinAndSelect('j.organization', 'o')
      .leftJoinAndSelect('a.candidate', 'c')
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit);
    if (scope.candidateId) query.andWhere('a.candidate_id = :candidateId', { candidateId: scope.candidateId });
    if (scope.organizationIds) query.andWhere('j.organization_id = ANY(:orgIds)', { orgIds: scope.organizationIds });
    if (scope.jobId) query.andWhere('a.job_id = :jobId', { jobId: scope.jobId });
    if (scope.status) query.andWhere('a.status = :status', { status: scope.status });
    if (after) query.andWhere('(a.created_at, a.id) < (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
    return query.getMany();
  }
}
