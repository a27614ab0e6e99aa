import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { DomainError } from '@hashidari/domain-core';
import { ErrorEnvelopeDto } from '../http/error-envelope';
import type { AuthUser } from './auth-user';
import type { Role } from './role';

export const ACCESS_METADATA = 'hashidari:access';

export type AccessRule = { kind: 'public' } | { kind: 'signed-in'; roles: readonly Role[] | 'any' };

/**
 * Who may call a route. Routes without @Auth or @Public are refused by the guard (deny by default).
 * `@Auth()` lets any signed-in user in; `@Auth({ roles: ['employer'] })` only those roles.
 */
export function Auth(options: { roles?: readonly Role[] } = {}) {
  const rule: AccessRule = { kind: 'signed-in', roles: options.roles ?? 'any' };
  return applyDecorators(
    SetMetadata(ACCESS_METADATA, rule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid access token', type: ErrorEnvelopeDto }),
    ...(options.roles ? [ApiForbiddenResponse({ description: `Only for: ${options.roles.join(', ')}`, type: ErrorEnvelopeDto })] : []),
  );
}

/** Anyone may call the route; a valid token, when sent, still identifies the caller. */
export function Public() {
  return applyDecorators(SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies AccessRule));
}

/** Marks a route as strictly rate limited and documents the 429. */
export function DocumentedRateLimit() {
  return ApiTooManyRequestsResponse({ description: 'Rate limit exceeded', type: ErrorEnvelopeDto });
}

/** The signed-in caller; on a public route it may be undefined. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser | undefined => {
  return context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});

/** The signed-in caller on a route guarded by @Auth. */
export const SignedInUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
  if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
  return user;
});
