import type { Locale } from '@hashidari/domain-core';
import { compactTerm, normalizeTerm } from '../text/normalize-term';
import { prepareSearchable, rankMatches } from '../text/rank-matches';
import type { Skill } from './skill';
import { buildSkillTermIndex } from './skill-term-index';
import { SKILLS } from './skills';

const INDEX = buildSkillTermIndex(SKILLS);
const BY_ID: ReadonlyMap<string, Skill> = new Map(SKILLS.map((s) => [s.id, s]));
const SEARCHABLE = SKILLS.map((s) =>
  prepareSearchable(s, [
    { text: s.label.en, locale: 'en' },
    { text: s.label.ja, locale: 'ja' },
    { text: s.label.ko, locale: 'ko' },
    { text: s.id },
    ...s.synonyms.map((text) => ({ text, penalty: 5 })),
  ]),
);

/** The skill with this id, or undefined. */
export function getSkill(id: string): Skill | undefined {
  return BY_ID.get(id);
}

/**
 * Maps an id, a label or a synonym in any language to its skill (`営業`, `영업`, `sales` and
 * `Ｓａｌｅｓ` all give `sales`). Case, full width and spacing do not matter.
 */
export function resolveSkill(text: string): Skill | undefined {
  if (typeof text !== 'string') return undefined;
  const key = normalizeTerm(text);
  if (key === '') return undefined;
  return INDEX.exact.get(key) ?? INDEX.compact.get(compactTerm(key));
}

export interface ResolvedSkills {
  /** Skill ids in the order first met, each once */
  ids: string[];
  /** Inputs that name no skill, trimmed, in order, each once (blank inputs are dropped) */
  unknown: string[];
}

export function resolveSkills(texts: readonly string[]): ResolvedSkills {
  const ids: string[] = [];
  const unknown: string[] = [];
  const seenIds = new Set<string>();
  const seenUnknown = new Set<string>();
  for (const text of texts) {
    const skill = resolveSkill(text);
    if (skill) {
      if (!seenIds.has(skill.id)) {
        seenIds.add(skill.id);
        ids.push(skill.id);
      }
      continue;
    }
    if (typeof text !== 'string') continue;
    const key = normalizeTerm(text);
    if (key === '' || seenUnknown.has(key)) continue;
    seenUnknown.add(key);
    unknown.push(text.trim());
  }
  return { ids, unknown };
}

/** The label of a skill in a locale; accepts an id (or any term resolveSkill knows). */
export function skillLabel(id: string, locale: Locale): string | undefined {
  return (BY_ID.get(id) ?? resolveSkill(id))?.label[locale];
}

/**
 * True when both name a skill (by id or any term) and the skills are the same or in the same group.
 * Used by matching for partial credit.
 */
export function relatedSkills(a: string, b: string): boolean {
  const first = BY_ID.get(a) ?? resolveSkill(a);
  const second = BY_ID.get(b) ?? resolveSkill(b);
  return first !== undefined && second !== undefined && first.group === second.group;
}

/** Skills for a picker: labels in any language (then synonyms), by exact, prefix and substring match. */
export function searchSkills(text: string, locale?: Locale): Skill[] {
  return rankMatches(SEARCHABLE, text, locale);
}
