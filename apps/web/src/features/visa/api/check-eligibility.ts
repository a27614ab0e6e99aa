import type { Schemas } from '@hashidari/contracts';
import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';

export type EligibilityRequest = Schemas['EligibilityRequestDto'];
export type EligibilityResult = Schemas['EligibilityResultDto'];
export type TargetCode = EligibilityRequest['target'];

/** POST /visa/eligibility: the stateless check, open to everyone (no account needed). */
export function checkEligibility(body: EligibilityRequest): Promise<EligibilityResult> {
  return unwrap(publicApi.POST('/api/v1/visa/eligibility', { body }));
}

export function useCheckEligibility() {
  return useMutation({ mutationFn: checkEligibility });
}
