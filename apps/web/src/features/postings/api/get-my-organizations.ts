import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type MyOrganization = Schemas['MyOrganizationDto'];

/** The same key as the organisation page, so both read one cached list. */
export const myOrganizationsQueryKey = ['organizations', 'mine'] as const;

/** GET /organizations/mine: the employer's organisations (the postings belong to the first). */
export function getMyOrganizations(): Promise<MyOrganization[]> {
  return unwrap(api.GET('/api/v1/organizations/mine'));
}

export function useMyOrganizations() {
  return useQuery({ queryKey: myOrganizationsQueryKey, queryFn: getMyOrganizations });
}
