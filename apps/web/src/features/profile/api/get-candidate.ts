import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { CandidateProfile } from './get-my-profile';

/** GET /candidates/:id: another person's profile, for an employer or adviser the candidate consented to. */
export function getCandidate(id: string): Promise<CandidateProfile> {
  return unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } } }));
}

export function useCandidate(id: string) {
  return useQuery({ queryKey: ['candidates', 'view', id], queryFn: () => getCandidate(id) });
}
