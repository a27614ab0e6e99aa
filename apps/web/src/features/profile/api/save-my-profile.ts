import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { myProfileQueryKey, type CandidateProfile } from './get-my-profile';

export type ProfileBody = Schemas['PutCandidateProfileDto'];

/** PUT /candidates/me: replaces the WHOLE profile (absent fields are cleared), answers the saved profile. */
export function saveMyProfile(body: ProfileBody): Promise<CandidateProfile> {
  return unwrap(api.PUT('/api/v1/candidates/me', { body }));
}

export function useSaveMyProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveMyProfile,
    onSuccess: (profile) => queryClient.setQueryData(myProfileQueryKey, profile),
  });
}
