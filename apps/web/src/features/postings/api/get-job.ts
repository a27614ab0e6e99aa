import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './get-organization-jobs';

export const jobQueryKey = (id: string) => ['jobs', id] as const;

/** GET /jobs/:id: one posting (drafts only for members of its organisation). */
export function getJob(id: string): Promise<Job> {
  return unwrap(api.GET('/api/v1/jobs/{id}', { params: { path: { id } } }));
}

export function useJob(id: string | undefined) {
  return useQuery({ queryKey: jobQueryKey(id ?? ''), queryFn: () => getJob(id ?? ''), enabled: id !== undefined });
}
