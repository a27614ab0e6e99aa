import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { myAdvisersQueryKey, type MyAdviser } from './get-my-advisers';

/** DELETE /candidates/me/advisers/:adviserId: withdraws the consent; the adviser no longer sees the profile. */
export function revokeAdviser(adviserId: string): Promise<void> {
  return unwrap(api.DELETE('/api/v1/candidates/me/advisers/{adviserId}', { params: { path: { adviserId } } }));
}

export function useRevokeAdviser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeAdviser,
    onSuccess: (_nothing, adviserId) =>
      queryClient.setQueryData<MyAdviser[]>(myAdvisersQueryKey, (advisers) => advisers?.filter((a) => a.adviserId !== adviserId)),
  });
}
