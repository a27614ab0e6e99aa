import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './entities/refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  /** Locks the row so that two refreshes with the same token cannot both rotate it. */
  findByHashForUpdate(tokenHash: string, em: EntityManager): Promise<RefreshTokenEntity | null> {
    return em.findOne(RefreshTokenEntity, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  insert(token: Pick<RefreshTokenEntity, 'userId' | 'familyId' | 'tokenHash' | 'expiresAt'>, em: EntityManager): Promise<RefreshTokenEntity> {
    return em.save(RefreshTokenEntity, em.create(RefreshTokenEntity, { ...token, rotatedAt: null, revokedAt: null }));
  }

  async markRotated(id: string, at: Date, em: EntityManager): Promise<void> {
    await em.update(RefreshTokenEntity, { id }, { rotatedAt: at });
  }

  async revokeFamily(familyId: string, at: Date, em: EntityManager): Promise<void> {
    await em.update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }
}
