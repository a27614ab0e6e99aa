import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type JobMatchPage = Schemas['JobMatchPageDto'];
export type JobMatch = Schemas['JobMatchDto'];

/** GET /matches/jobs?limit=: postings in Korea and Japan that fit the candidate best, explained. */
export function getRecommendedJobs(limit: number): Promise<JobMatchPage> {
  return unwrap(api.GET('/api/v1/matches/jobs', { params: { query: { limit } } }));
}

export function useRecommendedJobs(limit: number, enabled: boolean) {
  return useQuery({ queryKey: ['matches', 'jobs', limit], queryFn: () => getRecommendedJobs(limit), enabled, placeholderData: keepPreviousData });
}
