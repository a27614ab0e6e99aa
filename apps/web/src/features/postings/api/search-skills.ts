import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi } from '../../../lib/api/public-client';
import { unwrap } from '../../../lib/api/errors';
import type { Locale } from '../../../lib/i18n';

export type Skill = Schemas['SkillDto'];

/** GET /taxonomy/skills: skills whose label or synonym matches q in any language; all of them without q. */
export function searchSkills({ q, locale }: { q: string; locale: Locale }): Promise<Skill[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/skills', { params: { query: { locale, limit: 200, ...(q ? { q } : {}) } } }));
}

export function useSkills(q: string, locale: Locale) {
  return useQuery({
    queryKey: ['taxonomy', 'skills', { q, locale }] as const,
    queryFn: () => searchSkills({ q, locale }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
