import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@hashidari/domain-core';
import { UserDto } from '../users/dto/user.dto';
import { UsersRepository } from '../users/users.repository';
import type { LoginDto } from './dto/login.dto';
import type { RegisterDto } from './dto/register.dto';
import type { RegisteredDto } from './dto/token-pair.dto';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { hashRefreshToken, TokenPair, TokenService } from './token.service';
import { isUniqueViolation } from '../../database/postgres-errors';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly passwords: PasswordHasher,
    private readonly tokens: TokenService,
  ) {}

  async register(input: RegisterDto): Promise<RegisteredDto> {
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await this.dataSource.transaction(async (em) => {
        const user = await this.users.insert({ email: input.email, passwordHash, role: input.role, locale: input.locale }, em);
        return { user: UserDto.from(user), ...(await this.tokens.issue(user, em)) };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('EMAIL_TAKEN', 'An account with this e-mail already exists', [
          { path: 'email', issue: 'already registered' },
        ]);
      }
      throw error;
    }
  }

  async login(input: LoginDto): Promise<TokenPair> {
    const user = await this.users.findByEmail(input.email);
    const valid = user ? await this.passwords.verify(user.passwordHash, input.password) : await this.passwords.verifyAgainstNothing(input.password);
    if (!user || !valid) throw new DomainError('INVALID_CREDENTIALS', 'The e-mail or the password is wrong');
    return this.dataSource.transaction((em) => this.tokens.issue(user, em));
  }

  /**
   * Rotates a refresh token. A token that was already rotated or revoked is a sign of theft:
   * the whole family is revoked (committed) before the caller is refused.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const now = new Date();
      const stored = await this.refreshTokens.findByHashForUpdate(hashRefreshToken(refreshToken), em);
      if (!stored || stored.expiresAt <= now) return 'invalid' as const;
      if (stored.rotatedAt || stored.revokedAt) {
        await this.refreshTokens.revokeFamily(stored.familyId, now, em);
        return 'reused' as const;
      }
      const user = await this.users.findById(stored.userId, em);
      if (!user) return 'invalid' as const;
      await this.refreshTokens.markRotated(stored.id, now, em);
      return this.tokens.issue(user, em, stored.familyId);
    });
    if (outcome === 'invalid') throw new DomainError('INVALID_REFRESH_TOKEN', 'The refresh token is invalid or has expired');
    if (outcome === 'reused') {
      throw new DomainError('INVALID_REFRESH_TOKEN', 'This refresh token was already used; every session of this login has been signed out');
    }
    return outcome;
  }

  /** Ends the session the token belongs to (its whole rotation family). */
  async logout(refreshToken: string): Promise<void> {
    const found = await this.dataSource.transaction(async (em) => {
      const stored = await this.refreshTokens.findByHashForUpdate(hashRefreshToken(refreshToken), em);
      if (!stored) return false;
      await this.refreshTokens.revokeFamily(stored.familyId, new Date(), em);
      return true;
    });
    if (!found) throw new DomainError('INVALID_REFRESH_TOKEN', 'The refresh token is invalid');
  }
}
