import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { AccessLogEntity, AccessPurpose } from './entities/access-log.entity';

@Injectable()
export class AccessLogRepository {
  async record(
    entry: { candidateIds: string[]; viewer: AuthUser; purpose: AccessPurpose; organizationId?: string | null },
    em: EntityManager,
  ): Promise<void> {
    if (entry.candidateIds.length === 0) return;
    await em.insert(
      AccessLogEntity,
      entry.candidateIds.map((candidateId) => ({
        candidateId,
        viewerUserId: entry.viewer.id,
        viewerRole: entry.viewer.role,
        viewerOrganizationId: entry.organizationId ?? null,
        purpose: entry.purpose,
      })),
    );
  }

  forCandidate(candidateId: string, em: EntityManager): Promise<AccessLogEntity[]> {
    return em.find(AccessLogEntity, { where: { candidateId }, order: { createdAt: 'DESC' } });
  }
}
