import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';

export type Occupation = Schemas['OccupationDto'];

/** GET /taxonomy/occupations?country=KR: occupations with their Korean E-7 codes, for the code picker. */
export function getKoreanOccupations(): Promise<Occupation[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/occupations', { params: { query: { country: 'KR', limit: 200 } } }));
}

export function useKoreanOccupations(enabled: boolean) {
  return useQuery({ queryKey: ['taxonomy', 'occupations', 'KR'], queryFn: getKoreanOccupations, enabled, staleTime: 60 * 60_000 });
}
