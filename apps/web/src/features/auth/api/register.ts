import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';
import { meQueryKey, type User } from '../../../lib/auth/get-me';
import { session } from '../../../lib/auth/session';

export type RegisterInput = Schemas['RegisterDto'];

/** POST /auth/register: creates the account and signs it in. */
export function register(body: RegisterInput): Promise<Schemas['RegisteredDto']> {
  return unwrap(publicApi.POST('/api/v1/auth/register', { body }));
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: register,
    onSuccess: ({ user, accessToken, refreshToken }) => {
      queryClient.setQueryData<User>(meQueryKey, user);
      // Stored last: the pages watching the session move on once the account is in the cache.
      session.setTokens({ accessToken, refreshToken });
    },
  });
}
