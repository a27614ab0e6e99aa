import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

/** GET /jobs/:id as its employer (drafts included), for the heading of its candidate matches. */
export function getPosting(id: string) {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function usePosting(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['matches', 'posting', id], queryFn: () => getPosting(id), enabled });
}
