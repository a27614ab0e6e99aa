import type { Schemas } from '@hashidari/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { publicApi } from '../../../lib/api/public-client';
import { unwrap } from '../../../lib/api/errors';
import type { Locale } from '../../../lib/i18n';

export type Skill = Schemas['SkillDto'];

/** GET /taxonomy/skills: skills whose label or synonym (ja, ko or en) matches; every skill when q is empty. */
export function searchSkills(q: string, locale: Locale, limit = 20): Promise<Skill[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/skills', { params: { query: { q: q || undefined, locale, limit } } }));
}

/** The suggestions for what the candidate is typing. */
export function useSkillSearch(q: string, locale: Locale) {
  return useQuery({
    queryKey: ['taxonomy', 'skills', q, locale],
    queryFn: () => searchSkills(q, locale),
    enabled: q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

/** Every skill (about a hundred), to label the skills a profile already has. */
export function useAllSkills() {
  return useQuery({ queryKey: ['taxonomy', 'skills', 'all'], queryFn: () => searchSkills('', 'en', 200), staleTime: Infinity });
}
