import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type MyAdviser = Schemas['MyAdviserDto'];

export const myAdvisersQueryKey = ['candidates', 'me', 'advisers'] as const;

/** GET /candidates/me/advisers: the advisers the candidate has let see their profile and pathway. */
export function getMyAdvisers(): Promise<MyAdviser[]> {
  return unwrap(api.GET('/api/v1/candidates/me/advisers'));
}

export function useMyAdvisers() {
  return useQuery({ queryKey: myAdvisersQueryKey, queryFn: getMyAdvisers });
}
