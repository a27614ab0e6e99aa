import { normalizeTerm } from '../text/normalize-term';
import { getSkill, resolveSkill } from './resolve-skill';
import { SKILL_GROUP_LABELS, SKILL_GROUPS, type Skill } from './skill';
import { findSkillTermCollisions, skillTerms } from './skill-term-index';
import { SKILLS } from './skills';

describe('skill data', () => {
  it('holds the 100 skills of the reference', () => {
    expect(SKILLS).toHaveLength(100);
  });

  it.each([
    ['it', 36],
    ['design-media', 11],
    ['language', 8],
    ['sales-marketing', 19],
    ['business-office', 12],
    ['engineering', 7],
    ['hospitality', 7],
  ] as const)('group %s has %i skills (reference §6 headings)', (group, count) => {
    expect(SKILLS.filter((s) => s.group === group)).toHaveLength(count);
  });

  it('has unique kebab-case ids', () => {
    const ids = SKILLS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(SKILLS.map((s) => [s.id, s] as const))('%s has en, ja and ko labels and only non-blank synonyms', (_id, skill) => {
    for (const locale of ['en', 'ja', 'ko'] as const) expect(skill.label[locale].trim()).not.toBe('');
    for (const synonym of skill.synonyms) expect(normalizeTerm(synonym)).not.toBe('');
    expect(SKILL_GROUPS).toContain(skill.group);
  });

  it('has a label for every group in every locale', () => {
    for (const group of SKILL_GROUPS) {
      for (const locale of ['en', 'ja', 'ko'] as const) expect(SKILL_GROUP_LABELS[group][locale]).not.toBe('');
    }
  });

  it('has no term that names two different skills', () => {
    expect(findSkillTermCollisions(SKILLS)).toEqual([]);
  });

  it('detects a collision when one is introduced', () => {
    const sales = getSkill('sales') as Skill;
    const clash: Skill = { ...getSkill('excel')!, synonyms: ['セールス'] };
    const spaced: Skill = { ...getSkill('excel')!, id: 'excel-2', synonyms: ['Over seas-sales'] };
    expect(findSkillTermCollisions([sales, clash])).toEqual([
      { key: 'セールス', form: 'exact', skillIds: ['sales', 'excel'] },
      { key: 'セールス', form: 'compact', skillIds: ['sales', 'excel'] },
    ]);
    expect(findSkillTermCollisions([getSkill('overseas-sales')!, spaced])).toEqual([
      { key: 'overseassales', form: 'compact', skillIds: ['overseas-sales', 'excel-2'] },
    ]);
  });

  it.each(SKILLS.map((s) => [s.id, s] as const))('every term of %s resolves back to it', (id, skill) => {
    for (const term of skillTerms(skill)) expect(resolveSkill(term)?.id).toBe(id);
  });
});
