import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';
import { getMe, meQueryKey, type User } from '../../../lib/auth/get-me';
import { session } from '../../../lib/auth/session';
import { changeLocale } from '../../../lib/i18n';

export type LoginInput = Schemas['LoginDto'];

/** POST /auth/login: a token pair for the e-mail address and password. */
export function login(body: LoginInput): Promise<Schemas['TokenPairDto']> {
  return unwrap(publicApi.POST('/api/v1/auth/login', { body }));
}

/** Logs in, loads the account and switches the portal to the language saved in it. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput): Promise<User> => {
      const tokens = await login(input);
      const user = await getMe(tokens.accessToken);
      await changeLocale(user.locale);
      queryClient.setQueryData(meQueryKey, user);
      // Storing the session last: the pages watching it move on only once the account and its language are in place.
      session.setTokens(tokens);
      return user;
    },
  });
}
