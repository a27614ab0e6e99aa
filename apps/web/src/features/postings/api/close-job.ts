import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './get-organization-jobs';
import { storeChangedJob } from './job-cache';

/** POST /jobs/:id/close: a published posting stops taking applications (it can no longer change). */
export function closeJob(id: string): Promise<Job> {
  return unwrap(api.POST('/api/v1/jobs/{id}/close', { params: { path: { id } } }));
}

export function useCloseJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeJob, onSuccess: (job) => storeChangedJob(queryClient, job) });
}
