import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, marketDay } from '@hashidari/domain-core';
import { allowedTransitions, ApplicationStatus, canTransition, PipelineActor } from '@hashidari/marketplace';
import type { AuthUser } from '../../common/auth/auth-user';
import { decodeCursor, pageOf } from '../../common/http/cursor';
import { CandidateAccess } from '../candidates/candidate-access';
import { CandidatesRepository } from '../candidates/candidates.repository';
import type { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import { JobsRepository } from '../jobs/jobs.repository';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { ApplicationsRepository } from './applications.repository';
import type {
  ApplicationDto,
  ApplicationPageDto,
  CreateApplicationDto,
  ListApplicationsQueryDto,
  UpdateApplicationDto,
} from './dto/application.dto';
import type { ApplicationEntity } from './entities/application.entity';
import type { ApplicationEventEntity } from './entities/application-event.entity';
import { isUniqueViolation } from '../../database/postgres-errors';

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly candidates: CandidatesRepository,
    private readonly jobs: JobsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly access: CandidateAccess,
    private readonly accessLog: AccessLogRepository,
  ) {}

  /** One application per candidate and posting: the unique index decides, also between racing requests. */
  async apply(caller: AuthUser, jobId: string, body: CreateApplicationDto): Promise<ApplicationDto> {
    try {
      return await this.dataSource.transaction(async (em) => {
        const job = await this.jobs.findById(jobId, em);
        if (!job || job.status === 'draft') throw new DomainError('NOT_FOUND', 'No posting has this id');
        if (job.status !== 'published') throw new DomainError('CONFLICT', 'This posting is closed');
        if (job.deadline && job.deadline < marketDay(new Date())) {
          throw new DomainError('CONFLICT', 'The deadline of this posting has passed');
        }
        const profile = await this.candidates.findOrCreateForUser(caller.id, em);
        const application = await this.applications.insert(
          { jobId, candidateId: profile.id, status: 'submitted', coverNote: body.coverNote ?? null },
          em,
        );
        await this.applications.addEvent(
          { applicationId: application.id, fromStatus: null, toStatus: 'submitted', note: null, actorUserId: caller.id, actorRole: 'candidate' },
          em,
        );
        return this.detail(caller, application.id, em);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('ALREADY_APPLIED', 'You have already applied to this posting');
      }
      throw error;
    }
  }

  list(caller: AuthUser, query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    return this.dataSource.transaction(async (em) => {
      const limit = query.limit ?? 20;
      const after = query.cursor ? decodeCursor<{ createdAt: string; id: string }>(query.cursor, { createdAt: 'timestamp', id: 'uuid' }) : undefined;
      const scope =
        caller.role === 'candidate'
          ? { candidateId: (await this.candidates.findOrCreateForUser(caller.id, em)).id }
          : { organizationIds: (await this.organizations.forUser(caller.id, em)).map((m) => m.org.id) };
      const rows = await this.applications.list({ ...scope, jobId: query.jobId, status: query.status }, limit + 1, after, em);
      const page = pageOf(rows, limit, (last) => ({ createdAt: last.createdAt.toISOString(), id: last.id }));
      const history = await this.applications.history(page.items.map((a) => a.id), em);
      if (caller.role === 'employer') await this.logApplicantReads(caller, page.items, em);
      return { items: page.items.map((a) => this.toDto(caller, a, history.get(a.id) ?? [])), nextCursor: page.nextCursor };
    });
  }

  get(caller: AuthUser, id: string): Promise<ApplicationDto> {
    return this.dataSource.transaction((em) => this.detail(caller, id, em));
  }

  /** Moves an application along the pipeline; every change is written to its history in the same transaction. */
  update(caller: AuthUser, id: string, body: UpdateApplicationDto): Promise<ApplicationDto> {
    return this.dataSource.transaction(async (em) => {
      const locked = await this.applications.findForUpdate(id, em);
      if (!locked) throw new DomainError('NOT_FOUND', 'No application of yours has this id');
      const application = await this.visibleApplication(caller, id, em);
      const actor: PipelineActor = caller.role === 'candidate' ? 'candidate' : 'employer';
      if (!canTransition(application.status, body.status, actor)) {
        throw new DomainError('ILLEGAL_TRANSITION', `An application that is ${application.status} cannot be moved to ${body.status}`, [
          { path: 'status', issue: `allowed: ${allowedTransitions(application.status, actor).join(', ') || 'none'}` },
        ]);
      }
      const from = application.status;
      application.status = body.status;
      await this.applications.save(application, em);
      await this.applications.addEvent(
        { applicationId: id, fromStatus: from, toStatus: body.status, note: body.note ?? null, actorUserId: caller.id, actorRole: actor },
        em,
      );
      return this.detail(caller, id, em);
    });
  }

  private async detail(caller: AuthUser, id: string, em: EntityManager): Promise<ApplicationDto> {
    const application = await this.visibleApplication(caller, id, em);
    const history = await this.applications.history([id], em);
    if (caller.role === 'employer') await this.logApplicantReads(caller, [application], em);
    return this.toDto(caller, application, history.get(id) ?? []);
  }

  /** Candidates see their own applications; employers those to their organisations' postings. */
  private async visibleApplication(caller: AuthUser, id: string, em: EntityManager): Promise<ApplicationEntity> {
    const application = await this.applications.findWithJob(id, em);
    const job = application?.job;
    let visible = false;
    if (application && job) {
      if (caller.role === 'candidate') {
        visible = application.candidate?.userId === caller.id;
      } else if (caller.role === 'employer') {
        visible = Boolean(await this.organizations.membership(job.organizationId, caller.id, em));
      }
    }
    if (!application || !visible) throw new DomainError('NOT_FOUND', 'No application of yours has this id');
    return application;
  }

  private async logApplicantReads(caller: AuthUser, applications: ApplicationEntity[], em: EntityManager): Promise<void> {
    const byOrganization = new Map<string, string[]>();
    for (const a of applications) {
      if (!a.candidateId || !a.job) continue;
      byOrganization.set(a.job.organizationId, [...(byOrganization.get(a.job.organizationId) ?? []), a.candidateId]);
    }
    for (const [organizationId, candidateIds] of byOrganization) {
      await this.accessLog.record({ candidateIds: [...new Set(candidateIds)], viewer: caller, purpose: 'applicant-review', organizationId }, em);
    }
  }

  /** The caller is the candidate or a member of the posting's organisation (checked by the reads above). */
  private toDto(caller: AuthUser, a: ApplicationEntity, events: ApplicationEventEntity[]): ApplicationDto {
    const job = a.job;
    if (!job) throw new Error('application loaded without its posting');
    const actor: PipelineActor = caller.role === 'candidate' ? 'candidate' : 'employer';
    return {
      id: a.id,
      status: a.status,
      coverNote: a.coverNote,
      job: {
        id: job.id,
        title: job.title,
        country: job.country,
        city: job.city,
        organizationId: job.organizationId,
        organizationNames: job.organization?.names ?? {},
        status: job.status,
      },
      candidate: a.candidate ? this.applicant(caller, a.candidate) : null,
      history: events.map((e) => ({
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        note: e.note,
        actorRole: e.actorRole,
        at: e.createdAt.toISOString(),
      })),
      allowedTransitions: allowedTransitions(a.status as ApplicationStatus, actor),
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  }

  private applicant(caller: AuthUser, profile: CandidateProfileEntity) {
    const profileVisible = caller.role === 'candidate' || this.access.applicantVisibleToEmployer(profile);
    return { id: profile.id, displayName: profile.displayName, profileVisible };
  }
}
