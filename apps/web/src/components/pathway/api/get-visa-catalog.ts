import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';

export type VisaCatalog = Schemas['VisaCatalogDto'];
export type VisaTarget = Schemas['TargetDto'];
export type PathwayTemplate = Schemas['PathwayDto'];

export const visaCatalogQueryKey = ['visa', 'catalog'] as const;

/** GET /visa/pathways: the eligibility targets and the pathway templates (public, the same for everyone). */
export function getVisaCatalog(): Promise<VisaCatalog> {
  return unwrap(publicApi.GET('/api/v1/visa/pathways'));
}

export function useVisaCatalog() {
  return useQuery({ queryKey: visaCatalogQueryKey, queryFn: getVisaCatalog, staleTime: 60 * 60_000 });
}
