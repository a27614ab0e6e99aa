import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './get-organization-jobs';
import { storeChangedJob } from './job-cache';

/** POST /jobs/:id/publish: a draft becomes visible to candidates (409 ILLEGAL_TRANSITION otherwise). */
export function publishJob(id: string): Promise<Job> {
  return unwrap(api.POST('/api/v1/jobs/{id}/publish', { params: { path: { id } } }));
}

export function usePublishJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: publishJob, onSuccess: (job) => storeChangedJob(queryClient, job) });
}
