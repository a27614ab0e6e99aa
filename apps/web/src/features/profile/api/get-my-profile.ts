import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type CandidateProfile = Schemas['CandidateProfileDto'];

export const myProfileQueryKey = ['candidates', 'me'] as const;

/** GET /candidates/me: the signed-in candidate's own profile (created empty on first visit). */
export function getMyProfile(): Promise<CandidateProfile> {
  return unwrap(api.GET('/api/v1/candidates/me'));
}

export function useMyProfile() {
  return useQuery({ queryKey: myProfileQueryKey, queryFn: getMyProfile });
}
