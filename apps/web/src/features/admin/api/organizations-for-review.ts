import type { Schemas } from '@hashidari/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type ReviewedOrganization = Schemas['AdminOrganizationDto'];
export type ReviewStatus = 'pending' | 'verified';

const KEY = ['admin', 'organizations'] as const;

/** GET /admin/organizations: waiting organisations oldest first, or verified ones latest first, page by page. */
export function useOrganizationsForReview(status: ReviewStatus) {
  return useInfiniteQuery({
    queryKey: [...KEY, status],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/admin/organizations', { params: { query: { status, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** POST /admin/organizations/:id/verify, or DELETE …/verification to take the check back. */
export function useSetVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, verified }: { id: string; verified: boolean }) =>
      verified
        ? unwrap(api.POST('/api/v1/admin/organizations/{id}/verify', { params: { path: { id } } }))
        : unwrap(api.DELETE('/api/v1/admin/organizations/{id}/verification', { params: { path: { id } } })),
    // also after a refusal (another admin decided first); not awaited, so that the dialog closes at once
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}
