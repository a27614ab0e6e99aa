import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { membersQueryKey, type Member } from './get-members';

/** DELETE /organizations/:id/members/:userId: an owner removes a colleague (never the owner). */
export async function removeMember({ organizationId, userId }: { organizationId: string; userId: string }): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/organizations/{id}/members/{userId}', { params: { path: { id: organizationId, userId } } }),
  );
}

export function useRemoveMember(organizationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => removeMember({ organizationId, userId }),
    onSuccess: async (_, userId) => {
      queryClient.setQueryData<Member[]>(membersQueryKey(organizationId), (current = []) =>
        current.filter((member) => member.userId !== userId),
      );
      await queryClient.invalidateQueries({ queryKey: membersQueryKey(organizationId) });
    },
  });
}
