import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type CandidateMatchPage = Schemas['CandidateMatchPageDto'];
export type CandidateMatch = Schemas['CandidateMatchDto'];

/** GET /jobs/:id/matches?limit=: consenting candidates ranked for one of the employer's postings. */
export function getCandidateMatches(jobId: string, limit: number): Promise<CandidateMatchPage> {
  return unwrap(api.GET('/api/v1/jobs/{id}/matches', { params: { path: { id: jobId }, query: { limit } } }));
}

export function useCandidateMatches(jobId: string, limit: number, enabled: boolean) {
  return useQuery({
    queryKey: ['matches', 'candidates', jobId, limit],
    queryFn: () => getCandidateMatches(jobId, limit),
    enabled,
    placeholderData: keepPreviousData,
  });
}
