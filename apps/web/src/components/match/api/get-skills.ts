import type { Schemas } from '@hashidari/contracts';
import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/errors';
import { publicApi } from '../../../lib/api/public-client';
import { useLocalized } from '../localized-text';

export type Skill = Schemas['SkillDto'];

/** GET /taxonomy/skills: every skill of the taxonomy (about a hundred), for naming skill ids. */
export function getSkills(): Promise<Skill[]> {
  return unwrap(publicApi.GET('/api/v1/taxonomy/skills', { params: { query: { limit: 200 } } }));
}

export function useSkills() {
  return useQuery({ queryKey: ['taxonomy', 'skills', 'all'], queryFn: getSkills, staleTime: 60 * 60_000 });
}

/** A function naming a skill id in the reader's language (the id itself while the list loads or if unknown). */
export function useSkillName(): (id: string) => string {
  const skills = useSkills();
  const localized = useLocalized();
  const byId = new Map((skills.data ?? []).map((skill) => [skill.id, skill]));
  return (id) => {
    const skill = byId.get(id);
    return skill ? localized(skill.label) : id;
  };
}
