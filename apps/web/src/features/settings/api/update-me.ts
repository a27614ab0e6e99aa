import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { meQueryKey, type User } from '../../../lib/auth/get-me';

export type UpdateMeInput = Schemas['UpdateMeDto'];

/** PATCH /me: changes the signed-in user's settings (the portal language). */
export function updateMe(body: UpdateMeInput): Promise<User> {
  return unwrap(api.PATCH('/api/v1/me', { body }));
}

export const updateMeMutationKey = ['me', 'update'] as const;

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: updateMeMutationKey,
    mutationFn: updateMe,
    onSuccess: (user) => queryClient.setQueryData<User>(meQueryKey, user),
  });
}
