import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Member = Schemas['MemberDto'];

export const membersQueryKey = (organizationId: string) => ['organizations', organizationId, 'members'] as const;

/** GET /organizations/:id/members: the colleagues who share the organisation's postings. */
export function getMembers(organizationId: string): Promise<Member[]> {
  return unwrap(api.GET('/api/v1/organizations/{id}/members', { params: { path: { id: organizationId } } }));
}

export function useMembers(organizationId: string) {
  return useQuery({ queryKey: membersQueryKey(organizationId), queryFn: () => getMembers(organizationId) });
}
