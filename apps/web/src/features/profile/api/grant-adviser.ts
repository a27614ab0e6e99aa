import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { myAdvisersQueryKey, type MyAdviser } from './get-my-advisers';

/** POST /candidates/me/advisers: gives the adviser with this e-mail access (consent); answers the new list. */
export function grantAdviser(adviserEmail: string): Promise<MyAdviser[]> {
  return unwrap(api.POST('/api/v1/candidates/me/advisers', { body: { adviserEmail } }));
}

export function useGrantAdviser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: grantAdviser,
    onSuccess: (advisers) => queryClient.setQueryData(myAdvisersQueryKey, advisers),
  });
}
