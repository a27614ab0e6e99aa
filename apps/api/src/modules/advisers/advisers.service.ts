import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { daysBetween, DomainError, marketDay } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { CandidatesRepository } from '../candidates/candidates.repository';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { UsersRepository } from '../users/users.repository';
import { PathwayPlansService } from '../visa-pathways/pathway-plans.service';
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
    private readonly plans: PathwayPlansService,
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

  /** The adviser's caseload, most urgent first: deadlines at risk, then the nearest deadline or status expiry. */
  caseload(caller: AuthUser, today: string = marketDay(new Date())): Promise<CaseloadItemDto[]> {
    return this.dataSource.transaction(async (em) => {
      const rows = await this.advisers.caseload(caller.id, em);
      const candidateIds = rows.map((r) => r.profile.id);
      await this.accessLog.record({ candidateIds, viewer: caller, purpose: 'caseload-view' }, em);
      const timelines = await this.plans.timelinesFor(candidateIds, em);
      const items = rows.map(({ profile, grantedAt }) => {
        const plans = timelines.get(profile.id) ?? [];
        const deadlines = plans.flatMap(({ plan, timeline }) =>
          timeline.stages.flatMap((stage) => stage.deadlines.filter((d) => d.atRisk || d.state !== 'past').map((d) => ({ planId: plan, deadline: d }))),
        );
        const next = deadlines.sort((a, b) => a.deadline.daysLeft - b.deadline.daysLeft)[0];
        return {
          candidate: {
            id: profile.id,
            displayName: profile.displayName,
            nationality: profile.nationality,
            currentStatus: profile.currentStatus,
            statusExpiresAt: profile.statusExpiresAt,
          },
          grantedAt: grantedAt.toISOString(),
          daysToStatusExpiry: profile.statusExpiresAt ? daysBetween(today, profile.statusExpiresAt) : null,
          plans: plans.length,
          atRiskCount: plans.reduce((sum, p) => sum + p.timeline.atRiskCount, 0),
          nextDeadline: next
            ? { planId: next.planId, label: next.deadline.label, date: next.deadline.date, daysLeft: next.deadline.daysLeft, ruleId: next.deadline.ruleId }
            : null,
        };
      });
      return items.sort((a, b) => urgency(b) - urgency(a) || soonest(a) - soonest(b));
    });
  }
}

function urgency(item: CaseloadItemDto): number {
  return item.atRiskCount > 0 || (item.daysToStatusExpiry !== null && item.daysToStatusExpiry <= 30) ? 1 : 0;
}

function soonest(item: CaseloadItemDto): number {
  return Math.min(item.nextDeadline?.daysLeft ?? Infinity, item.daysToStatusExpiry ?? Infinity);
}
