import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Application } from './list-my-applications';

/** PATCH /applications/:id {status: 'withdrawn'}: the candidate withdraws; the change joins the history. */
export function withdrawApplication(id: string): Promise<Application> {
  return unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id } }, body: { status: 'withdrawn' } }));
}

export function useWithdrawApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawApplication,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['applications'] }),
  });
}
