import type { Schemas } from '@hashidari/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import { getMyProfile, myProfileQueryKey, type CandidateProfile } from './get-my-profile';

type Visibility = CandidateProfile['visibility'];

/**
 * PUT /candidates/me with only the visibility changed. The PUT replaces the WHOLE profile, so the current
 * profile is read first and sent back complete (read-only fields left out, unknown skills kept).
 */
export async function updateMyVisibility(visibility: Visibility): Promise<CandidateProfile> {
  const { id: _id, completeness: _completeness, otherSkills, updatedAt: _updated, ...profile } = await getMyProfile();
  const editable = Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== null)) as Schemas['PutCandidateProfileDto'];
  const body = { ...editable, skills: [...profile.skills, ...otherSkills], visibility };
  return unwrap(api.PUT('/api/v1/candidates/me', { body }));
}

export function useUpdateMyVisibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyVisibility,
    onSuccess: (saved) => queryClient.setQueryData(myProfileQueryKey, saved),
  });
}
