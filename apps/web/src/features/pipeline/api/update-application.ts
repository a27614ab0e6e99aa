import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { jobApplicationsQueryKey, type Application, type ApplicationStatus } from './list-applications';

export interface MoveInput {
  id: string;
  status: ApplicationStatus;
  /** Shown to the candidate in the history of the application. */
  note?: string;
}

/** PATCH /applications/:id: moves the application (409 ILLEGAL_TRANSITION when the move is not allowed). */
export function moveApplication({ id, status, note }: MoveInput): Promise<Application> {
  return unwrap(
    api.PATCH('/api/v1/applications/{id}', { params: { path: { id } }, body: { status, ...(note ? { note } : {}) } }),
  );
}

export function useMoveApplication(jobId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveApplication,
    onSuccess: (moved) =>
      queryClient.setQueryData<Application[]>(jobApplicationsQueryKey(jobId), (current) =>
        current?.map((application) => (application.id === moved.id ? moved : application)),
      ),
    onError: () => queryClient.invalidateQueries({ queryKey: jobApplicationsQueryKey(jobId) }),
  });
}
