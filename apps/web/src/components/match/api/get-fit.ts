import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type JobFit = Schemas['JobFitDto'];

/** GET /jobs/:id/fit: how one posting fits the signed-in candidate, with the hard requirements not met. */
export function getFit(jobId: string): Promise<JobFit> {
  return unwrap(api.GET('/api/v1/jobs/{id}/fit', { params: { path: { id: jobId } } }));
}

export function useFit(jobId: string, enabled: boolean) {
  return useQuery({ queryKey: ['matches', 'fit', jobId], queryFn: () => getFit(jobId), enabled });
}
