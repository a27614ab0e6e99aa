import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { Application } from './apply-to-job';

/** GET /applications?jobId=: the signed-in candidate's application to this posting, or null. */
export async function getMyApplicationForJob(jobId: string): Promise<Application | null> {
  const page = await unwrap(api.GET('/api/v1/applications', { params: { query: { jobId, limit: 1 } } }));
  return page.items[0] ?? null;
}

export function useMyApplicationForJob(jobId: string, enabled: boolean) {
  return useQuery({ queryKey: ['applications', 'for-job', jobId], queryFn: () => getMyApplicationForJob(jobId), enabled });
}
