import type { paths } from '@hashidari/contracts';
import createClient from 'openapi-fetch';
import { env } from '../../config/env';
import { refreshAccessToken } from '../auth/refresh-session';
import { session } from '../auth/session';

function withAccessToken(request: Request, token: string | null): Request {
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  return request;
}

/**
 * fetch for signed-in calls: adds the access token (refreshing first after a reload, when only the refresh
 * token is known); on a 401 refreshes once and retries once with the new token. When the refresh fails the
 * session is cleared and the 401 is returned to the caller.
 */
async function authorizedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  let token = session.getAccessToken();
  if (!token && session.isSignedIn()) token = await refreshAccessToken();

  const response = await fetch(withAccessToken(request, token));
  if (response.status !== 401 || !session.isSignedIn()) return response;

  // A parallel call may have refreshed already while this one was in flight: then just use its token.
  const current = session.getAccessToken();
  const fresh = current && current !== token ? current : await refreshAccessToken();
  if (!fresh) return response;
  return fetch(withAccessToken(retry, fresh));
}

/** For the calls of a signed-in user. */
export const api = createClient<paths>({ baseUrl: env.VITE_API_BASE_URL, fetch: authorizedFetch });
