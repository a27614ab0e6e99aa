import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';

/** GET /jobs/:id: the posting a new plan aims at (when the candidate came from a posting or a match). */
export function getTargetJob(id: string) {
  return unwrap(publicApi.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function useTargetJob(id: string | null) {
  return useQuery({ queryKey: ['pathway', 'target-job', id], queryFn: () => getTargetJob(id ?? ''), enabled: Boolean(id) });
}
