import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { chooseOrganization, myOrganizationsQueryKey, type MyOrganization } from '../../../lib/organizations/my-organizations';

export type CreateOrganizationInput = Schemas['CreateOrganizationDto'];
export type Organization = Schemas['OrganizationDto'];

/** POST /organizations: registers the organisation; the caller becomes its owner. */
export function createOrganization(body: CreateOrganizationInput): Promise<Organization> {
  return unwrap(api.POST('/api/v1/organizations', { body }));
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: async (organization) => {
      queryClient.setQueryData<MyOrganization[]>(myOrganizationsQueryKey, (current = []) => [
        ...current,
        { ...organization, myRole: 'owner' },
      ]);
      chooseOrganization(organization.id);
      await queryClient.invalidateQueries({ queryKey: myOrganizationsQueryKey });
    },
  });
}
