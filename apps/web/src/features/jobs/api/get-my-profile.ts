import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type CandidateProfile = Schemas['CandidateProfileDto'];

/** The same cache entry as the profile page's, so that a change made there shows here. */
export const myProfileQueryKey = ['candidates', 'me'] as const;

/** GET /candidates/me: the signed-in candidate's profile (here: its visibility, before applying). */
export function getMyProfile(): Promise<CandidateProfile> {
  return unwrap(api.GET('/api/v1/candidates/me'));
}

export function useMyProfile(enabled: boolean) {
  return useQuery({ queryKey: myProfileQueryKey, queryFn: getMyProfile, enabled });
}
