import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './search-jobs';

/** GET /jobs/:id: one published posting with what the visa rules say about it. */
export function getJob(id: string): Promise<Job> {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function useJob(id: string) {
  return useQuery({ queryKey: ['jobs', 'detail', id], queryFn: () => getJob(id) });
}
