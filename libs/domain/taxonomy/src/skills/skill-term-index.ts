import { compactTerm, normalizeTerm } from '../text/normalize-term';
import type { Skill } from './skill';

/** Lookup maps from a normalised term (and its compact form) to the one skill it names. */
export interface SkillTermIndex {
  readonly exact: ReadonlyMap<string, Skill>;
  readonly compact: ReadonlyMap<string, Skill>;
}

/** A term (normalised, or in compact form) that more than one skill claims. */
export interface SkillTermCollision {
  key: string;
  form: 'exact' | 'compact';
  skillIds: string[];
}

/** Every text a skill is found by: its id, its three labels and its synonyms. */
export function skillTerms(skill: Skill): string[] {
  return [skill.id, skill.label.en, skill.label.ja, skill.label.ko, ...skill.synonyms];
}

function termKeys(skill: Skill): { exact: Set<string>; compact: Set<string> } {
  const exact = new Set<string>();
  const compact = new Set<string>();
  for (const term of skillTerms(skill)) {
    const key = normalizeTerm(term);
    if (key === '') continue;
    exact.add(key);
    const short = compactTerm(key);
    if (short !== '') compact.add(short);
  }
  return { exact, compact };
}

/**
 * Builds the lookup maps. On a collision the first skill keeps the term; findSkillTermCollisions
 * reports collisions and a test keeps the data free of them.
 */
export function buildSkillTermIndex(skills: readonly Skill[]): SkillTermIndex {
  const exact = new Map<string, Skill>();
  const compact = new Map<string, Skill>();
  for (const skill of skills) {
    const keys = termKeys(skill);
    for (const key of keys.exact) if (!exact.has(key)) exact.set(key, skill);
    for (const key of keys.compact) if (!compact.has(key)) compact.set(key, skill);
  }
  return { exact, compact };
}

/** Terms that would resolve to two different skills (exactly, or once spaces and separators are dropped). */
export function findSkillTermCollisions(skills: readonly Skill[]): SkillTermCollision[] {
  const owners = { exact: new Map<string, string[]>(), compact: new Map<string, string[]>() };
  for (const skill of skills) {
    const keys = termKeys(skill);
    for (const form of ['exact', 'compact'] as const) {
      for (const key of keys[form]) {
        const ids = owners[form].get(key) ?? [];
        ids.push(skill.id);
        owners[form].set(key, ids);
      }
    }
  }
  const collisions: SkillTermCollision[] = [];
  for (const form of ['exact', 'compact'] as const) {
    for (const [key, skillIds] of owners[form]) {
      if (skillIds.length > 1) collisions.push({ key, form, skillIds });
    }
  }
  return collisions;
}
