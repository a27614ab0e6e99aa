import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';
import type { PostingAssessment } from './get-job-readiness';

export type SponsorshipCheckInput = Schemas['SponsorshipCheckDto'];

/** POST /visa/sponsorship-check: the readiness of a posting that is not saved yet, from its facts. */
export function checkSponsorship(body: SponsorshipCheckInput): Promise<PostingAssessment> {
  return unwrap(api.POST('/api/v1/visa/sponsorship-check', { body }));
}

/** Asks again whenever the facts change (debounce them first); keeps showing the last answer meanwhile. */
export function useSponsorshipCheck(facts: SponsorshipCheckInput, enabled: boolean) {
  return useQuery({
    queryKey: ['visa', 'sponsorship-check', facts] as const,
    queryFn: () => checkSponsorship(facts),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
