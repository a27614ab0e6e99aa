import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@hashidari/domain-core';
import type { Request } from 'express';
import { ACCESS_METADATA, AccessRule } from './auth.decorator';
import type { AuthUser } from './auth-user';
import { AccessTokenVerifier } from './access-token-verifier';

/**
 * The one global guard. A route must declare @Public or @Auth; anything else is refused,
 * so a forgotten decorator fails closed.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (rule === undefined) throw new DomainError('FORBIDDEN', 'This route declares no access rule');

    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = bearerToken(request);
    if (rule.kind === 'public') {
      if (token) request.user = (await this.verifier.verify(token)) ?? undefined;
      return true;
    }
    if (!token) throw new DomainError('UNAUTHENTICATED', 'Sign in first: send an access token as a Bearer token');
    const user = await this.verifier.verify(token);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'The access token is invalid or has expired');
    request.user = user;
    if (rule.roles !== 'any' && !rule.roles.includes(user.role)) {
      throw new DomainError('FORBIDDEN', `This action is for: ${rule.roles.join(', ')}`);
    }
    return true;
  }
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const [scheme, token] = header.split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}
