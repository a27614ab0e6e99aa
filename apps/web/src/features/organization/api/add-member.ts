import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { membersQueryKey, type Member } from './get-members';

/**
 * POST /organizations/:id/members: an owner adds a colleague who already has an employer account
 * (422 on `email` otherwise). Answers the new member list.
 */
export function addMember({ organizationId, email }: { organizationId: string; email: string }): Promise<Member[]> {
  return unwrap(api.POST('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId } }, body: { email } }));
}

export function useAddMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => addMember({ organizationId, email }),
    onSuccess: (members) => queryClient.setQueryData<Member[]>(membersQueryKey(organizationId), members),
  });
}
