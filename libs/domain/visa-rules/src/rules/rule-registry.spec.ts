import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from '@hashidari/domain-core';
import { checklistFor } from '../checklists/checklists';
import { PATHWAYS } from '../pathways/pathways';
import { TARGETS } from '../targets';
import { isKnownReference } from './reference-source';
import { getRule, listRules, RULES, rulesForTarget } from './rule-registry';

function specSources(dir: string): string {
  return readdirSync(dir)
    .map((name) => join(dir, name))
    .map((path) => (statSync(path).isDirectory() ? specSources(path) : path.endsWith('.spec.ts') ? readFileSync(path, 'utf8') : ''))
    .join('\n');
}

describe('rule registry', () => {
  it('has unique rule ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s is well formed (ids, sources, dates, trilingual title)', (id, rule) => {
    expect(id === rule.refId || id.startsWith(`${rule.refId}.`)).toBe(true);
    expect(rule.sources.length).toBeGreaterThan(0);
    expect(rule.targets.length).toBeGreaterThan(0);
    expect(rule.title.en && rule.title.ja && rule.title.ko).toBeTruthy();
    for (const d of [rule.effectiveFrom, rule.effectiveTo, ...Object.values(rule.keyDates ?? {})]) {
      if (d !== undefined) expect(isIsoDate(d)).toBe(true);
    }
    expect(getRule(id)).toBe(rule);
  });

  it('every encoded rule id starts the name of at least one test row', () => {
    const specs = specSources(join(__dirname, '..'));
    // rows are named 'RULE-ID …'; the working-holiday rows are generated for both sides as `${id}.clause …`
    const named = (id: string): boolean => specs.includes(`'${id} `) || (id.includes('.') && specs.includes(`\`\${id}${id.slice(id.indexOf('.'))} `));
    expect(RULES.map((r) => r.id).filter((id) => !named(id))).toEqual([]);
  });

  it('every target has rules and a checklist', () => {
    for (const { code } of TARGETS) {
      expect(rulesForTarget(code).length).toBeGreaterThan(0);
      expect(checklistFor(code).length).toBeGreaterThan(0);
    }
  });

  it('date groups cover every day: exactly one KR-E7-W rule and one KR-D10-DUR rule in force', () => {
    for (const group of ['kr-e7-wage', 'kr-d10-duration']) {
      const members = RULES.filter((r) => r.dateGroup === group);
      for (const day of ['2020-01-01', '2025-03-31', '2025-04-01', '2025-10-28', '2025-10-29', '2026-01-31', '2026-02-01', '2030-01-01']) {
        const inForce = members.filter((r) => (r.effectiveFrom ?? '0000') <= day && day <= (r.effectiveTo ?? '9999'));
        expect(inForce).toHaveLength(1);
      }
    }
  });

  it('lists rules without functions for the API', () => {
    const listed = listRules();
    expect(listed).toHaveLength(RULES.length);
    expect(JSON.parse(JSON.stringify(listed))).toEqual(listed);
    expect(listed.find((r) => r.id === 'KR-E7-W-04')).toMatchObject({ effectiveFrom: '2026-02-01', effectiveTo: '2026-12-31', unverified: false });
    expect(listed.find((r) => r.id === 'KR-E7-W-03')?.unverified).toBe(true);
    expect(listed.find((r) => r.id === 'KR-H1.uses')?.keyDates).toEqual({ secondUseFrom: '2025-10-01' });
  });

  it('every rule id cited by checklists and pathway deadlines is a known reference', () => {
    const cited = [
      ...TARGETS.flatMap(({ code }) => checklistFor(code).map((c) => c.ruleId)),
      ...PATHWAYS.flatMap((p) => p.stages.flatMap((s) => s.deadlines.map((d) => d.ruleId))),
    ];
    expect(cited.filter((id) => !isKnownReference(id))).toEqual([]);
  });
});
