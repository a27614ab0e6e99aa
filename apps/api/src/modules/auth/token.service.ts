import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AppConfig } from '../../common/config/app-config';
import { APP_CONFIG } from '../../common/config/config.module';
import type { AccessTokenPayload } from '../../common/auth/auth-user';
import type { UserEntity } from '../users/entities/user.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Issues an access token and a refresh token; `familyId` continues a rotation chain or starts one. */
  async issue(user: Pick<UserEntity, 'id' | 'role'>, em: EntityManager, familyId: string = randomUUID()): Promise<TokenPair> {
    const payload: AccessTokenPayload = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(payload, {
      algorithm: 'HS256',
      expiresIn: this.config.accessTokenTtlSeconds,
      jwtid: randomUUID(),
    });
    const refreshToken = randomBytes(32).toString('base64url');
    await this.refreshTokens.insert(
      {
        userId: user.id,
        familyId,
        tokenHash: hashRefreshToken(refreshToken),
        expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
      },
      em,
    );
    return { accessToken, refreshToken };
  }
}
