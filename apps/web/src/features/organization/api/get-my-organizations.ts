import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type MyOrganization = Schemas['MyOrganizationDto'];

/** Shared with the postings pages, which read the same list under the same key. */
export const myOrganizationsQueryKey = ['organizations', 'mine'] as const;

/** GET /organizations/mine: the organisations the signed-in employer belongs to, with their role in each. */
export function getMyOrganizations(): Promise<MyOrganization[]> {
  return unwrap(api.GET('/api/v1/organizations/mine'));
}

export function useMyOrganizations() {
  return useQuery({ queryKey: myOrganizationsQueryKey, queryFn: getMyOrganizations });
}
