import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/errors';

export type CaseloadItem = Schemas['CaseloadItemDto'];

/** GET /advisers/me/candidates: the candidates who consented, the most urgent first. */
export function getCaseload(): Promise<CaseloadItem[]> {
  return unwrap(api.GET('/api/v1/advisers/me/candidates'));
}

export function useCaseload(enabled: boolean) {
  return useQuery({ queryKey: ['adviser', 'caseload'], queryFn: getCaseload, enabled });
}
