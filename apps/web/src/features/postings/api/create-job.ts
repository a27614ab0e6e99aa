import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './get-organization-jobs';
import { storeChangedJob } from './job-cache';

export type CreateJobInput = Schemas['CreateJobDto'];

/** POST /jobs: saves a new posting as a draft, checked against the visa rules. */
export function createJob(body: CreateJobInput): Promise<Job> {
  return unwrap(api.POST('/api/v1/jobs', { body }));
}

export function useCreateJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createJob, onSuccess: (job) => storeChangedJob(queryClient, job) });
}
