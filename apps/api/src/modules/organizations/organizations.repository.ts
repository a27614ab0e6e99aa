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
}
