import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Organization } from './create-organization';
import { myOrganizationsQueryKey, type MyOrganization } from '../../../lib/organizations/my-organizations';

export type UpdateOrganizationInput = Schemas['UpdateOrganizationDto'];

/** PATCH /organizations/:id: changes the organisation's details (any member may). */
export function updateOrganization({ id, body }: { id: string; body: UpdateOrganizationInput }): Promise<Organization> {
  return unwrap(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body }));
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: (organization) =>
      queryClient.setQueryData<MyOrganization[]>(myOrganizationsQueryKey, (current = []) =>
        current.map((mine) => (mine.id === organization.id ? { ...organization, myRole: mine.myRole } : mine)),
      ),
  });
}
