import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';
import { session } from '../../../lib/auth/session';

/** POST /auth/logout: revokes the session that the refresh token belongs to. */
export function logout(refreshToken: string): Promise<void> {
  return unwrap(publicApi.POST('/api/v1/auth/logout', { body: { refreshToken } }));
}

/**
 * Revokes the session on the server, then forgets it here. The local sign-out happens even when the API
 * cannot be reached: whoever pressed "log out" on a shared computer must not stay signed in.
 */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const refreshToken = session.getRefreshToken();
      try {
        if (refreshToken) await logout(refreshToken);
      } finally {
        session.clear('logout');
        queryClient.clear();
      }
    },
  });
}
