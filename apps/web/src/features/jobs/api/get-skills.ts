import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { publicApi } from '../../../lib/api/public-client';
import { unwrap } from '../../../lib/api/errors';

export type Skill = Schemas['SkillDto'];

/** GET /taxonomy/skills: every skill (about a hundred), to name a posting's required and preferred skills. */
export function getSkills(): Promise<Skill[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/skills', { params: { query: { limit: 200, locale: 'en' } } }));
}

export function useSkills() {
  return useQuery({ queryKey: ['taxonomy', 'skills', 'all'], queryFn: getSkills, staleTime: Infinity });
}
