import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/entities/user.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { MemberRole, OrganizationMemberEntity } from './entities/organization-member.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationEntity | null> {
    return em.findOneBy(OrganizationEntity, { id });
  }

  insert(values: Partial<OrganizationEntity>, em: EntityManager): Promise<OrganizationEntity> {
    return em.save(OrganizationEntity, em.create(OrganizationEntity, values));
  }

  save(org: OrganizationEntity, em: EntityManager): Promise<OrganizationEntity> {
    return em.save(OrganizationEntity, org);
  }

  membership(organizationId: string, userId: string, em: EntityManager = this.dataSource.manager): Promise<OrganizationMemberEntity | null> {
    return em.findOneBy(OrganizationMemberEntity, { organizationId, userId });
  }

  async addMember(organizationId: string, userId: string, role: MemberRole, em: EntityManager): Promise<void> {
    await em.createQueryBuilder().insert().into(OrganizationMemberEntity).values({ organizationId, userId, role }).orIgnore().execute();
  }

  async removeMember(organizationId: string, userId: string, em: EntityManager): Promise<void> {
    await em.delete(OrganizationMemberEntity, { organizationId, userId });
  }

  members(organizationId: string, em: EntityManager = this.dataSource.manager): Promise<{ userId: string; email: string; role: MemberRole; since: Date }[]> {
    return em
      .createQueryBuilder(OrganizationMemberEntity, 'm')
      .innerJoin(UserEntity, 'u', 'u.id = m.user_id')
      .select(['m.user_id AS "userId"', 'u.email AS email', 'm.role AS role', 'm.created_at AS since'])
      .where('m.organization_id = :organizationId', { organizationId })
      .orderBy('m.created_at', 'ASC')
      .getRawMany();
  }

  forUser(userId: string, em: EntityManager = this.dataSource.manager): Promise<{ org: OrganizationEntity; role: MemberRole }[]> {
    return em
      .createQueryBuilder(OrganizationMemberEntity, 'm')
      .innerJoinAndSelect('m.organization', 'o')
      .where('m.user_id = :userId', { userId })
      .orderBy('m.created_at', 'ASC')
      .getMany()
      .then((rows) => rows.map((m) => ({ org: m.organization as OrganizationEntity, role: m.role })));
  }

  /**
   * A keyset page of organisations to review: waiting ones oldest first (a queue), verified ones latest
   * verified first; each with its member count, published postings and first owner's e-mail.
   */
  async listForReview(status: 'pending' | 'verified', limit: number, after?: { at: string; id: string }): Promise<OrganizationForReview[]> {
    const pending = status === 'pending';
    const key = pending ? 'o.created_at' : 'o.verified_at';
    const params: unknown[] = [limit];
    const where = [pending ? 'o.verified_at IS NULL' : 'o.verified_at IS NOT NULL'];
    if (after) {
      params.push(after.at, after.id);
      where.push(`(${key}, o.id) ${pending ? '>' : '<'} ($2::timestamptz, $3::uuid)`);
    }
    const direction = pending ? 'ASC' : 'DESC';
    return this.dataSource.query(
      `SELECT o.id, o.names, o.country, o.registration_number AS "registrationNumber", o.size,
              o.korean_insured_staff AS "koreanInsuredStaff", o.foreign_professional_staff AS "foreignProfessionalStaff",
              o.domestic_focused AS "domesticFocused", o.jp_category AS "jpCategory", o.verified_at AS "verifiedAt",
              o.created_at AS "createdAt",
              (SELECT count(*) FROM organization_members m WHERE m.organization_id = o.id)::int AS members,
              (SELECT count(*) FROM job_postings j WHERE j.organization_id = o.id AND j.status = 'published')::int AS "publishedJobs",
              (SELECT u.email FROM organization_members m JOIN users u ON u.id = m.user_id
                WHERE m.organization_id = o.id AND m.role = 'owner' ORDER BY m.created_at, m.user_id LIMIT 1) AS "ownerEmail"
         FROM organizations o WHERE ${where.join(' AND ')} ORDER BY ${key} ${direction}, o.id ${direction} LIMIT $1`,
      params,
    );
  }
}

export type OrganizationForReview = OrganizationEntity & { members: number; publishedJobs: number; ownerEmail: string | null };
