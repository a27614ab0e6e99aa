import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi } from '../../../lib/api/public-client';
import { unwrap } from '../../../lib/api/errors';
import type { Locale } from '../../../lib/i18n';

export type Occupation = Schemas['OccupationDto'];

interface OccupationQuery {
  country: 'KR' | 'JP';
  q: string;
  locale: Locale;
}

/**
 * GET /taxonomy/occupations: occupations with a code in the country (KR: E-7 codes, JP: MHLW codes),
 * matching words in any language; every one of them when q is empty.
 */
export function searchOccupations({ country, q, locale }: OccupationQuery): Promise<Occupation[]> {
  return unwrap(
    publicApi.GET('/api/v1/taxonomy/occupations', {
      params: { query: { country, locale, limit: 200, ...(q ? { q } : {}) } },
    }),
  );
}

export function useOccupations(query: OccupationQuery) {
  return useQuery({
    queryKey: ['taxonomy', 'occupations', query] as const,
    queryFn: () => searchOccupations(query),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
