import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useSponsorshipCheck } from '../api/check-sponsorship';
import { useJobReadiness } from '../api/get-job-readiness';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import type { PostingFormValues } from './posting-schema';
import { sponsorshipFacts } from './sponsorship-facts';

/**
 * The readiness shown beside the editor: while the form differs from the saved posting (or nothing is saved
 * yet), the live check of the form's facts, asked again half a second after the last change; otherwise the
 * saved posting's own readiness.
 */
export function usePostingReadiness(values: PostingFormValues, organization: MyOrganization, jobId: string | undefined, dirty: boolean) {
  const factsKey = JSON.stringify(sponsorshipFacts(values, organization));
  const [debouncedKey] = useDebouncedValue(factsKey, 500);
  const facts = useMemo(() => JSON.parse(debouncedKey) as ReturnType<typeof sponsorshipFacts>, [debouncedKey]);
  const useSaved = jobId !== undefined && !dirty;
  const live = useSponsorshipCheck(facts, !useSaved);
  const saved = useJobReadiness(jobId, useSaved);
  const query = useSaved ? saved : live;
  return {
    source: useSaved ? ('saved' as const) : ('live' as const),
    assessment: query.data,
    checking: query.isFetching || (!useSaved && debouncedKey !== factsKey),
    error: query.error,
    retry: () => void query.refetch(),
  };
}
