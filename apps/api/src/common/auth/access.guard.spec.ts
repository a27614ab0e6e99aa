import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@hashidari/domain-core';
import { AccessGuard } from './access.guard';
import type { AccessTokenVerifier } from './access-token-verifier';
import { Auth, Public } from './auth.decorator';
import type { AuthUser } from './auth-user';

/** A fake of our own verifier: token "good-<role>" is valid for a user of that role. */
class FakeVerifier {
  async verify(token: string): Promise<AuthUser | null> {
    const match = /^good-(\w+)$/.exec(token);
    return match ? { id: 'u1', role: match[1] as AuthUser['role'], locale: 'en' } : null;
  }
}

class Routes {
  @Public() open() {}
  @Auth() anyone() {}
  @Auth({ roles: ['employer'] }) employersOnly() {}
  undeclared() {}
}

function contextFor(handler: keyof Routes, authorization?: string) {
  const request: { headers: Record<string, string>; user?: AuthUser } = { headers: authorization ? { authorization } : {} };
  const context = {
    getHandler: () => Routes.prototype[handler],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

const guard = new AccessGuard(new Reflector(), new FakeVerifier() as unknown as AccessTokenVerifier);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'allowed';
  } catch (error) {
    return (error as DomainError).code;
  }
}

describe('AccessGuard', () => {
  it.each([
    ['open', undefined, 'allowed'],
    ['open', 'Bearer bad', 'allowed'],
    ['anyone', undefined, 'UNAUTHENTICATED'],
    ['anyone', 'Bearer bad', 'UNAUTHENTICATED'],
    ['anyone', 'Basic good-candidate', 'UNAUTHENTICATED'],
    ['anyone', 'Bearer good-candidate', 'allowed'],
    ['employersOnly', 'Bearer good-candidate', 'FORBIDDEN'],
    ['employersOnly', 'Bearer good-adviser', 'FORBIDDEN'],
    ['employersOnly', 'Bearer good-employer', 'allowed'],
    ['undeclared', 'Bearer good-admin', 'FORBIDDEN'],
  ] as const)('%s with %s -> %s', async (handler, header, expected) => {
    expect(await codeOf(guard.canActivate(contextFor(handler, header).context))).toBe(expected);
  });

  it('identifies the caller on a public route when the token is valid', async () => {
    const { context, request } = contextFor('open', 'Bearer good-adviser');
    await guard.canActivate(context);
    expect(request.user?.role).toBe('adviser');
  });
});
