import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { CandidateProfileEntity } from '../candidates/entities/candidate-profile.entity';
import { UserEntity } from '../users/entities/user.entity';
import { AdviserConsentEntity } from './entities/adviser-consent.entity';

@Injectable()
export class AdvisersRepository {
  async grant(candidateId: string, adviserUserId: string, em: EntityManager): Promise<void> {
    await em.createQueryBuilder().insert().into(AdviserConsentEntity).values({ candidateId, adviserUserId, revokedAt: null }).orIgnore().execute();
  }

  async revoke(candidateId: string, adviserUserId: string, em: EntityManager): Promise<boolean> {
    const result = await em.update(AdviserConsentEntity, { candidateId, adviserUserId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  activeForCandidate(candidateId: string, em: EntityManager): Promise<{ adviserId: string; email: string; grantedAt: Date }[]> {
    return em
      .createQueryBuilder(AdviserConsentEntity, 'c')
      .innerJoin(UserEntity, 'u', 'u.id = c.adviser_user_id')
      .select(['c.adviser_user_id AS "adviserId"', 'u.email AS email', 'c.granted_at AS "grantedAt"'])
      .where('c.candidate_id = :candidateId AND c.revoked_at IS NULL', { candidateId })
      .orderBy('c.granted_at', 'ASC')
      .getRawMany();
  }

  /** The adviser's caseload, the status of residence that expires first on top. */
  caseload(adviserUserId: string, em: EntityManager): Promise<{ profile: CandidateProfileEntity; grantedAt: Date }[]> {
    return em
      .createQueryBuilder(AdviserConsentEntity, 'c')
      .innerJoinAndSelect('c.candidate', 'p')
      .where('c.adviser_user_id = :adviserUserId AND c.revoked_at IS NULL', { adviserUserId })
      .orderBy('p.status_expires_at', 'ASC', 'NULLS LAST')
      .addOrderBy('c.granted_at', 'ASC')
      .getMany()
      .then((rows) => rows.map((c) => ({ profile: c.candidate as CandidateProfileEntity, grantedAt: c.grantedAt })));
  }

  allForCandidate(candidateId: string, em: EntityManager): Promise<AdviserConsentEntity[]> {
    return em.find(AdviserConsentEntity, { where: { candidateId }, order: { grantedAt: 'ASC' } });
  }
}
