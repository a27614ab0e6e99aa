import { ApiError, unwrap } from '../api/errors';
import { publicApi } from '../api/public-client';
import { session, type TokenPair } from './session';

/** POST /auth/refresh: trades the refresh token for a new pair; the token sent is spent. */
export function refreshTokens(refreshToken: string): Promise<TokenPair> {
  return unwrap(publicApi.POST('/api/v1/auth/refresh', { body: { refreshToken } }));
}

let inFlight: Promise<string | null> | null = null;

/**
 * Gets a new access token, at most one refresh at a time: parallel callers share the same promise, so a
 * refresh token is never sent twice (reusing one would revoke the whole session). Tabs of the same browser
 * take turns through a Web Lock and each re-reads the stored token, which another tab may have rotated.
 *
 * Resolves to the new access token, or to null when the session is over (it is then cleared locally).
 * Rejects, keeping the session, when the API could not be reached or asked to slow down.
 */
export function refreshAccessToken(): Promise<string | null> {
  inFlight ??= exclusive(refreshOnce).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return task();
  let result: T | undefined;
  await locks.request('hashidari.refresh', async () => {
    result = await task();
  });
  return result as T;
}

async function refreshOnce(): Promise<string | null> {
  const refreshToken = session.getRefreshToken();
  if (!refreshToken) {
    session.clear();
    return null;
  }
  try {
    const tokens = await refreshTokens(refreshToken);
    session.setTokens(tokens);
    return tokens.accessToken;
  } catch (error) {
    const transient = error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500);
    if (transient) throw error;
    session.clear();
    return null;
  }
}
