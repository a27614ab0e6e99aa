import type { Schemas } from '@hashidari/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Application = Schemas['ApplicationDto'];
export type ApplicationStatus = Application['status'];

export const myApplicationsQueryKey = ['applications', 'mine'] as const;

/** GET /applications: the signed-in candidate's applications, newest first, a page at a time. */
export function listMyApplications(cursor?: string): Promise<Schemas['ApplicationPageDto']> {
  return unwrap(api.GET('/api/v1/applications', { params: { query: { cursor, limit: 20 } } }));
}

export function useMyApplications() {
  return useInfiniteQuery({
    queryKey: myApplicationsQueryKey,
    queryFn: ({ pageParam }) => listMyApplications(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
