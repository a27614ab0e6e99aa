import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/errors';
import { publicApi } from '../api/public-client';
import { useIsSignedIn } from './session';

export type User = Schemas['UserDto'];
export type Role = User['role'];

export const meQueryKey = ['me'] as const;

/**
 * GET /me: who is signed in. With an access token given (right after login, before the session is
 * stored) it asks for that token's user instead of the current session's.
 */
export function getMe(accessToken?: string): Promise<User> {
  if (accessToken) {
    return unwrap(publicApi.GET('/api/v1/me', { headers: { Authorization: `Bearer ${accessToken}` } }));
  }
  return unwrap(api.GET('/api/v1/me'));
}

export function useMe() {
  const signedIn = useIsSignedIn();
  return useQuery({ queryKey: meQueryKey, queryFn: () => getMe(), enabled: signedIn });
}
