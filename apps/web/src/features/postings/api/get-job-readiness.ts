import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type PostingAssessment = Schemas['PostingAssessmentDto'];

export const jobReadinessQueryKey = (id: string) => ['jobs', id, 'readiness'] as const;

/** GET /jobs/:id/readiness: what sponsoring a hire for the saved posting will require of the organisation. */
export function getJobReadiness(id: string): Promise<PostingAssessment> {
  return unwrap(api.GET('/api/v1/jobs/{id}/readiness', { params: { path: { id } } }));
}

export function useJobReadiness(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: jobReadinessQueryKey(id ?? ''),
    queryFn: () => getJobReadiness(id ?? ''),
    enabled: enabled && id !== undefined,
  });
}
