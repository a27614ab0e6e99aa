import type { QueryClient } from '@tanstack/react-query';
import { jobQueryKey } from './get-job';
import { jobReadinessQueryKey } from './get-job-readiness';
import { organizationJobsQueryKey, type Job } from './get-organization-jobs';

/** After a posting changed: store the new version and let the lists and the readiness reload. */
export async function storeChangedJob(queryClient: QueryClient, job: Job): Promise<void> {
  queryClient.setQueryData<Job>(jobQueryKey(job.id), job);
  queryClient.setQueryData<Job[]>(organizationJobsQueryKey(job.organization.id), (current) =>
    current?.some((other) => other.id === job.id)
      ? current.map((other) => (other.id === job.id ? job : other))
      : current && [job, ...current],
  );
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: organizationJobsQueryKey(job.organization.id) }),
    queryClient.invalidateQueries({ queryKey: jobReadinessQueryKey(job.id) }),
  ]);
}
