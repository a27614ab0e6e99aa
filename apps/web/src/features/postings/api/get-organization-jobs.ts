import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Job = Schemas['JobDto'];

export const organizationJobsQueryKey = (organizationId: string) => ['organizations', organizationId, 'jobs'] as const;

/** GET /organizations/:id/jobs: every posting of the organisation, drafts included, each with its visa warnings. */
export function getOrganizationJobs(organizationId: string): Promise<Job[]> {
  return unwrap(api.GET('/api/v1/organizations/{id}/jobs', { params: { path: { id: organizationId } } }));
}

export function useOrganizationJobs(organizationId: string | undefined) {
  return useQuery({
    queryKey: organizationJobsQueryKey(organizationId ?? ''),
    queryFn: () => getOrganizationJobs(organizationId ?? ''),
    enabled: organizationId !== undefined,
  });
}
