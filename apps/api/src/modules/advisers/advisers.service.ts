import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { daysBetween, DomainError } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { UsersRepository } from '../users/users.repository';
import { AdvisersRepository } from './advisers.repository';
import type { CaseloadItemDto, GrantAdviserDto, MyAdviserDto } from './dto/adviser.dto';

@Injectable()
export class AdvisersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly advisers: AdvisersRepository,
    private readonly candidates: CandidatesRepository,
    private readonly users: UsersRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  myAdvisers(caller: AuthUser): Promise<MyAdviserDto[]> {
    return this.dataSource.transaction(async (em) => {
      const profile = await this.candidates.findOrCreateForUser(caller.id, em);
      const rows = await this.advisers.activeForCandidate(profile.id, em);
      return rows.map((r) => ({ ...r, grantedAt: new Date(r.grantedAt).toISOString() }));
    });
  }

  grant(caller: AuthUser, body: GrantAdviserDto): Promise<MyAdviserDto[]> {
    return this.dataSource.transaction(async (em) => {
      const adviser = await this.users.findByEmail(body.adviserEmail, em);
      if (!adviser || adviser.role !== 'adviser') {
        throw new DomainError('VALIDATION_FAILED', 'No adviser has this e-mail', [{ path: 'adviserEmail', issue: 'no adviser account has this e-mail' }]);
      }
      const profile = await this.candidates.findOrCreateForUser(caller.id, em);
      await this.advisers.grant(profile.id, adviser.id, em);
      const rows = await this.advisers.activeForCandidate(profile.id, em);
      return rows.map((r) => ({ ...r, grantedAt: new Date(r.grantedAt).toISOString() }));
    });
  }

  revoke(caller: AuthUser, adviserId: string): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const profile = await this.candidates.findOrCreateForUser(caller.id, em);
      if (!(await this.advisers.revoke(profile.id, adviserId, em))) throw new DomainError('NOT_FOUND', 'This adviser has no access to revoke');
    });
  }

  caseload(caller: AuthUser, today: string = new Date().toISOString().slice(0, 10)): Promise<CaseloadItemDto[]> {
    return this.dataSource.transaction(async (em) => {
      const rows = await this.advisers.caseload(caller.id, em);
      await this.accessLog.record({ candidateIds: rows.map((r) => r.profile.id), viewer: caller, purpose: 'caseload-view' }, em);
      return rows.map(({ profile, grantedAt }) => ({
        candidate: {
          id: profile.id,
          displayName: profile.displayName,
          nationality: profile.nationality,
          currentStatus: profile.currentStatus,
          statusExpiresAt: profile.statusExpiresAt,
        },
        grantedAt: grantedAt.toISOString(),
        daysToStatusExpiry: profile.statusExpiresAt ? daysBetween(today, profile.statusExpiresAt) : null,
      }));
    });
  }
}
