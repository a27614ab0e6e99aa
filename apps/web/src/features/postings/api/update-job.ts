import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Job } from './get-organization-jobs';
import { storeChangedJob } from './job-cache';

type Clearable = 'city' | 'occupationCode' | 'salary' | 'educationLevel' | 'startDate' | 'deadline' | 'conversionTrack';

/**
 * The PATCH body. The API clears an optional field sent as null (its DTO marks them IsOptional), which the
 * generated type does not say: those fields also take null here.
 */
export type UpdateJobInput = Omit<Schemas['UpdateJobDto'], Clearable> & {
  [K in Clearable]?: Schemas['UpdateJobDto'][K] | null;
};

/** PATCH /jobs/:id: changes a draft or published posting (a closed one cannot change: 409). */
export function updateJob({ id, body }: { id: string; body: UpdateJobInput }): Promise<Job> {
  return unwrap(api.PATCH('/api/v1/jobs/{id}', { params: { path: { id } }, body: body as Schemas['UpdateJobDto'] }));
}

export function useUpdateJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateJob, onSuccess: (job) => storeChangedJob(queryClient, job) });
}
