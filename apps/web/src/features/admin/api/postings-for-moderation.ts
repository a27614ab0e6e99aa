import type { Schemas } from '@hashidari/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type ModeratedPosting = Schemas['ModeratedPostingDto'];
export type ModerationQueue = 'reported' | 'published';

const KEY = ['admin', 'jobs'] as const;

/** GET /admin/jobs: reported postings, the longest-waiting first, or every published posting, page by page. */
export function usePostingsForModeration(queue: ModerationQueue) {
  return useInfiniteQuery({
    queryKey: [...KEY, queue],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/admin/jobs', { params: { query: { queue, limit: 20, ...(pageParam ? { cursor: pageParam } : {}) } } })),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** POST /admin/jobs/:id/takedown with the reason shown on the posting, or POST …/reports/dismiss. */
export function useModerationDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { id: string; takedownReason?: string }) =>
      decision.takedownReason !== undefined
        ? unwrap(api.POST('/api/v1/admin/jobs/{id}/takedown', { params: { path: { id: decision.id } }, body: { reason: decision.takedownReason } }))
        : unwrap(api.POST('/api/v1/admin/jobs/{id}/reports/dismiss', { params: { path: { id: decision.id } } })),
    // also after a refusal (another moderator acted first): the queue and the postings as they are now;
    // not awaited, so that the dialog closes and the focus moves at once
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: KEY });
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
    },
  });
}
