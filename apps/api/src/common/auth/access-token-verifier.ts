import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UsersRepository } from '../../modules/users/users.repository';
import type { AccessTokenPayload, AuthUser } from './auth-user';

/**
 * Checks the access token's signature and expiry, then that its user still exists,
 * so an erased account or a changed role takes effect at once rather than when the token expires.
 */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async verify(token: string): Promise<AuthUser | null> {
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (typeof payload.sub !== 'string') return null;
    const user = await this.users.findIdentity(payload.sub);
    return user ? { id: user.id, role: user.role, locale: user.locale } : null;
  }
}
