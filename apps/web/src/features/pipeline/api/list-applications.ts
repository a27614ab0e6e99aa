import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Application = Schemas['ApplicationDto'];
export type ApplicationStatus = Application['status'];

export const jobApplicationsQueryKey = (jobId: string) => ['applications', { jobId }] as const;

const PAGE_SIZE = 100;

/** GET /applications?jobId=…: every application to the posting, page after page (the board shows them all). */
export async function listJobApplications(jobId: string): Promise<Application[]> {
  const all: Application[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(
      api.GET('/api/v1/applications', { params: { query: { jobId, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } } }),
    );
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function useJobApplications(jobId: string) {
  return useQuery({ queryKey: jobApplicationsQueryKey(jobId), queryFn: () => listJobApplications(jobId) });
}
