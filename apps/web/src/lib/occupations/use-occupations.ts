import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../api/errors';
import { publicApi } from '../api/public-client';

export type Occupation = Schemas['OccupationDto'];

/** GET /taxonomy/occupations: every occupation with its Korean E-7 and Japanese MHLW codes (about sixty). */
export function getOccupations(): Promise<Occupation[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/occupations', { params: { query: { limit: 200 } } }));
}

export function useOccupations() {
  return useQuery({ queryKey: ['taxonomy', 'occupations', 'all'], queryFn: getOccupations, staleTime: Infinity });
}
