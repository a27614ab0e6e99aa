import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import type { AuthUser } from '../../common/auth/auth-user';
import { UsersRepository } from '../users/users.repository';
import { decodeCursor, pageOf } from '../../common/http/cursor';
import type { Page } from '../../common/http/page.dto';
import {
  AddMemberDto,
  AdminOrganizationDto,
  AdminOrganizationQueryDto,
  CreateOrganizationDto,
  MemberDto,
  MyOrganizationDto,
  OrganizationDto,
  ReviewStatus,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import type { OrganizationMemberEntity } from './entities/organization-member.entity';
import { type OrganizationForReview, OrganizationsRepository } from './organizations.repository';

/** The review queue's sort key: waiting organisations by when they registered, verified ones by when they were verified. */
function reviewQueueTime(status: ReviewStatus, row: OrganizationForReview): Date {
  if (status === 'pending') return row.createdAt;
  if (!row.verifiedAt) throw new Error('a verified organisation was read without its verification time');
  return row.verifiedAt;
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
  ) {}

  create(caller: AuthUser, body: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await this.organizations.insert({ ...body, domesticFocused: body.domesticFocused ?? false, verifiedAt: null }, em);
      await this.organizations.addMember(org.id, caller.id, 'owner', em);
      return OrganizationDto.from(org);
    });
  }

  async mine(caller: AuthUser): Promise<MyOrganizationDto[]> {
    const rows = await this.organizations.forUser(caller.id);
    return rows.map(({ org, role }) => ({ ...OrganizationDto.from(org), myRole: role }));
  }

  get(caller: AuthUser, id: string): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      await this.requireMember(caller, id, em);
      return OrganizationDto.from(await this.organizationOrFail(id, em));
    });
  }

  update(caller: AuthUser, id: string, body: UpdateOrganizationDto): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      await this.requireMember(caller, id, em);
      const org = await this.organizationOrFail(id, em);
      Object.assign(org, body);
      return OrganizationDto.from(await this.organizations.save(org, em));
    });
  }

  members(caller: AuthUser, id: string): Promise<MemberDto[]> {
    return this.dataSource.transaction(async (em) => {
      await this.requireMember(caller, id, em);
      const rows = await this.organizations.members(id, em);
      return rows.map((m) => ({ ...m, since: new Date(m.since).toISOString() }));
    });
  }

  /** Owners invite colleagues who already have an employer account. */
  addMember(caller: AuthUser, id: string, body: AddMemberDto): Promise<MemberDto[]> {
    return this.dataSource.transaction(async (em) => {
      await this.requireOwner(caller, id, em);
      const colleague = await this.users.findByEmail(body.email, em);
      if (!colleague || colleague.role !== 'employer') {
        throw new DomainError('VALIDATION_FAILED', 'The colleague needs an employer account first', [
          { path: 'email', issue: 'no employer account has this e-mail' },
        ]);
      }
      await this.organizations.addMember(id, colleague.id, 'member', em);
      const rows = await this.organizations.members(id, em);
      return rows.map((m) => ({ ...m, since: new Date(m.since).toISOString() }));
    });
  }

  removeMember(caller: AuthUser, id: string, userId: string): Promise<void> {
    return this.dataSource.transaction(async (em) => {
      const membership = await this.requireMember(caller, id, em);
      if (userId !== caller.id && membership.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only an owner can remove colleagues');
      const target = await this.organizations.membership(id, userId, em);
      if (!target) throw new DomainError('NOT_FOUND', 'This person is not a member');
      if (target.role === 'owner') throw new DomainError('CONFLICT', 'The owner cannot be removed');
      await this.organizations.removeMember(id, userId, em);
    });
  }

  verify(id: string): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await this.organizationOrFail(id, em);
      org.verifiedAt ??= new Date();
      return OrganizationDto.from(await this.organizations.save(org, em));
    });
  }

  /** Takes the check back: its members stop counting as verified employers at once. */
  revokeVerification(id: string): Promise<OrganizationDto> {
    return this.dataSource.transaction(async (em) => {
      const org = await this.organizationOrFail(id, em);
      org.verifiedAt = null;
      return OrganizationDto.from(await this.organizations.save(org, em));
    });
  }

  async listForReview(query: AdminOrganizationQueryDto): Promise<Page<AdminOrganizationDto>> {
    const status = query.status ?? 'pending';
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeCursor<{ at: string; id: string }>(query.cursor, { at: 'timestamp', id: 'uuid' }) : undefined;
    const rows = await this.organizations.listForReview(status, limit + 1, after);
    const page = pageOf(rows, limit, (last) => ({ at: reviewQueueTime(status, last).toISOString(), id: last.id }));
    return {
      items: page.items.map((row) => ({
        ...OrganizationDto.from(row),
        verifiedAt: row.verifiedAt?.toISOString() ?? null,
        members: row.members,
        publishedJobs: row.publishedJobs,
        ownerEmail: row.ownerEmail,
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** Members only; an outsider is told the organisation does not exist. */
  async requireMember(caller: AuthUser, organizationId: string, em: EntityManager): Promise<OrganizationMemberEntity> {
    const membership = await this.organizations.membership(organizationId, caller.id, em);
    if (!membership) throw new DomainError('NOT_FOUND', 'No organisation of yours has this id');
    return membership;
  }

  private async requireOwner(caller: AuthUser, organizationId: string, em: EntityManager): Promise<void> {
    const membership = await this.requireMember(caller, organizationId, em);
    if (membership.role !== 'owner') throw new DomainError('FORBIDDEN', 'Only an owner can do this');
  }

  private async organizationOrFail(id: string, em: EntityManager) {
    const org = await this.organizations.findById(id, em);
    if (!org) throw new DomainError('NOT_FOUND', 'No organisation has this id');
    return org;
  }
}
