import type { Schemas } from '@hashidari/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type Job = Schemas['JobDto'];
export type JobPage = Schemas['JobPageDto'];

/** The search of /jobs, as written in the page's address. */
export interface JobFilters {
  q?: string;
  country?: 'KR' | 'JP';
  city?: string;
  occupation?: string;
  employmentType?: 'internship' | 'full-time' | 'contract';
  sponsorship?: boolean;
  jlpt?: string;
  topik?: number;
  minAnnualSalary?: number;
  currency?: 'KRW' | 'JPY';
  feasible?: boolean;
}

export const PAGE_SIZE = 20;

/**
 * GET /jobs: published postings, newest first, a page at a time. Signed in, the call carries the token
 * (needed by `feasible`, which compares each posting with the candidate's status of residence).
 */
export function searchJobs(filters: JobFilters, cursor?: string): Promise<JobPage> {
  return unwrap(api.GET('/api/v1/jobs', { params: { query: { ...filters, cursor, limit: PAGE_SIZE } } }));
}

export function useJobSearch(filters: JobFilters) {
  return useInfiniteQuery({
    queryKey: ['jobs', 'search', filters],
    queryFn: ({ pageParam }) => searchJobs(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
