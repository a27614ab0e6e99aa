import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { ApiError, unwrap } from '../../../lib/api/errors';

/** The dates of the candidate's profile that a new plan can start from. */
export interface ProfileDates {
  statusExpiresAt?: string;
  graduationDate?: string;
  jobStartDate?: string;
}

/**
 * GET /candidates/me, read only for the dates a plan needs (status expiry, the latest graduation, the
 * wished start). A candidate without a profile yet (404) simply gets empty fields.
 */
export async function getProfileDates(): Promise<ProfileDates> {
  try {
    const profile = await unwrap(api.GET('/api/v1/candidates/me'));
    const graduations = (profile.education ?? []).map((entry) => entry.graduationDate).filter((date): date is string => Boolean(date));
    return {
      statusExpiresAt: profile.statusExpiresAt ?? undefined,
      graduationDate: graduations.sort().at(-1),
      jobStartDate: profile.wishes?.startFrom ?? undefined,
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return {};
    throw error;
  }
}

export function useProfileDates() {
  return useQuery({ queryKey: ['pathway', 'profile-dates'], queryFn: getProfileDates, retry: false });
}
