import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { AdvisersRepository } from '../advisers/advisers.repository';
import { ApplicationsRepository } from '../applications/applications.repository';
import { ApplicationEntity } from '../applications/entities/application.entity';
import { ApplicationEventEntity } from '../applications/entities/application-event.entity';
import { toProfileDto } from '../candidates/candidate-profile.mapper';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { AccessLogEntity } from './entities/access-log.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { UserDto } from '../users/dto/user.dto';
import { UsersRepository } from '../users/users.repository';
import { UserEntity } from '../users/entities/user.entity';
import { AccessLogRepository } from './access-log.repository';
import { ModerationRepository } from '../moderation/moderation.repository';

export interface DataExport {
  exportedAt: string;
  account: UserDto;
  candidateProfile: unknown;
  applications: unknown[];
  advisersWithAccess: unknown[];
  accessLog: unknown[];
  organizations: unknown[];
  postingReports: unknown[];
}

@Injectable()
export class PrivacyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly candidates: CandidatesRepository,
    private readonly applications: ApplicationsRepository,
    private readonly advisers: AdvisersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly accessLog: AccessLogRepository,
    private readonly moderation: ModerationRepository,
  ) {}

  /** Everything the platform holds about the caller, in one JSON document. */
  export(caller: AuthUser): Promise<DataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const user = await this.users.findById(caller.id, em);
      if (!user) throw new DomainError('UNAUTHENTICATED', 'This account no longer exists');
      const profile = await this.candidates.findByUserId(caller.id, em);
      const applications = profile ? await this.applications.list({ candidateId: profile.id }, 10_000, undefined, em) : [];
      const history = await this.applications.history(applications.map((a) => a.id), em);
      const memberships = await this.organizations.forUser(caller.id, em);
      return {
        exportedAt: new Date().toISOString(),
        account: UserDto.from(user),
        candidateProfile: profile ? toProfileDto(profile) : null,
        applications: applications.map((a) => ({
          id: a.id,
          job: { id: a.jobId, title: a.job?.title, organization: a.job?.organization?.names },
          status: a.status,
          coverNote: a.coverNote,
          createdAt: a.createdAt.toISOString(),
          history: (history.get(a.id) ?? []).map((e) => ({ from: e.fromStatus, to: e.toStatus, note: e.note, by: e.actorRole, at: e.createdAt.toISOString() })),
        })),
        advisersWithAccess: profile
          ? (await this.advisers.allForCandidate(profile.id, em)).map((c) => ({
              adviserId: c.adviserUserId,
              grantedAt: c.grantedAt.toISOString(),
              revokedAt: c.revokedAt?.toISOString() ?? null,
            }))
          : [],
        accessLog: profile
          ? (await this.accessLog.forCandidate(profile.id, em)).map((l) => ({
              viewerId: l.viewerUserId,
              viewerRole: l.viewerRole,
              organizationId: l.viewerOrganizationId,
              purpose: l.purpose,
              at: l.createdAt.toISOString(),
            }))
          : [],
        organizations: memberships.map(({ org, role }) => ({ id: org.id, names: org.names, role })),
        postingReports: (await this.moderation.reportsBy(caller.id, em)).map((r) => ({
          jobId: r.jobId,
          reason: r.reason,
          note: r.note,
          at: r.createdAt.toISOString(),
          resolution: r.resolution,
        })),
      };
    });
  }

  /**
   * Erases the account. Applications are kept anonymised (no candidate link, no cover note) because the
   * employer must retain a record of its hiring decisions; their status history loses who acted.
   * Everything else personal (profile, consents, tokens, memberships, the log of who viewed the profile) goes.
   */
  erase(caller: AuthUser): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const profile = await this.candidates.findByUserId(caller.id, em);
      if (profile) await this.anonymiseApplications(profile.id, em);
      await em.update(ApplicationEventEntity, { actorUserId: caller.id }, { actorUserId: null });
      await this.moderation.anonymiseReportsBy(caller.id, em);
      if (profile) await em.delete(AccessLogEntity, { candidateId: profile.id });
      await em.delete(UserEntity, { id: caller.id });
    });
  }

  private async anonymiseApplications(candidateId: string, em: EntityManager): Promise<void> {
    await em.update(ApplicationEntity, { candidateId }, { candidateId: null, coverNote: null, anonymizedAt: new Date() });
  }
}
