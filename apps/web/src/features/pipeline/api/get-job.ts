import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Job = Schemas['JobDto'];

/** The same key as the postings pages, so the posting is read once. */
export const jobQueryKey = (id: string) => ['jobs', id] as const;

/** GET /jobs/:id: the posting whose applicants the board shows. */
export function getJob(id: string): Promise<Job> {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function useJob(id: string) {
  return useQuery({ queryKey: jobQueryKey(id), queryFn: () => getJob(id) });
}
