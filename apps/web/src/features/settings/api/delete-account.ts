import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { session } from '../../../lib/auth/session';

/** DELETE /me: erases the account (see README, "Privacy: export and erasure", for what is kept anonymised). */
export function deleteAccount(): Promise<void> {
  return unwrap(api.DELETE('/api/v1/me'));
}

/** Erases the account, then signs out here: the session no longer exists on the server. */
export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onSuccess: () => {
      session.clear('logout');
      queryClient.clear();
    },
  });
}
