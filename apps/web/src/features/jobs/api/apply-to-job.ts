import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Application = Schemas['ApplicationDto'];

/** POST /jobs/:id/applications: applies with an optional cover note; 409 ALREADY_APPLIED on a second try. */
export function applyToJob(jobId: string, coverNote: string | undefined): Promise<Application> {
  return unwrap(api.POST('/api/v1/jobs/{id}/applications', { params: { path: { id: jobId } }, body: coverNote ? { coverNote } : {} }));
}

export function useApplyToJob(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (coverNote: string | undefined) => applyToJob(jobId, coverNote),
    // The candidate's list of applications now has one more.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });
}
