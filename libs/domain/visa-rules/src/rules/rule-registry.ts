import type { IsoDate, TrilingualText } from '@hashidari/domain-core';
import type { RuleId, VisaRule } from '../rule';
import type { Target } from '../targets';
import { JP_GIJINKOKU_RULES } from './jp-gijinkoku-rules';
import { JP_RYUGAKU_RULES } from './jp-ryugaku-rules';
import { JP_TK46_RULES } from './jp-tk46-rules';
import { JP_TK9_RULES } from './jp-tk9-rules';
import { JP_TKJ_RULES } from './jp-tkj-rules';
import { JP_WORKING_HOLIDAY_RULES } from './jp-working-holiday-rules';
import { KR_D10_RULES } from './kr-d10-rules';
import { KR_D2_INTERNSHIP_RULES } from './kr-d2-internship-rules';
import { KR_D2_PART_TIME_RULES } from './kr-d2-rules';
import { KR_E7_RULES } from './kr-e7-rules';
import { KR_H1_RULES } from './kr-h1-rules';

/** Every encoded rule, in the order reasons are reported. */
export const RULES: readonly VisaRule[] = [
  ...KR_D2_PART_TIME_RULES,
  ...KR_D2_INTERNSHIP_RULES,
  ...KR_D10_RULES,
  ...KR_E7_RULES,
  ...KR_H1_RULES,
  ...JP_RYUGAKU_RULES,
  ...JP_TK9_RULES,
  ...JP_TKJ_RULES,
  ...JP_TK46_RULES,
  ...JP_GIJINKOKU_RULES,
  ...JP_WORKING_HOLIDAY_RULES,
];

const BY_ID: ReadonlyMap<RuleId, VisaRule> = new Map(RULES.map((r) => [r.id, r]));
const BY_TARGET: ReadonlyMap<Target, readonly VisaRule[]> = (() => {
  const map = new Map<Target, VisaRule[]>();
  for (const rule of RULES) {
    for (const target of rule.targets) map.set(target, [...(map.get(target) ?? []), rule]);
  }
  return map;
})();

export function getRule(id: RuleId): VisaRule | undefined {
  return BY_ID.get(id);
}

export function rulesForTarget(target: Target): readonly VisaRule[] {
  return BY_TARGET.get(target) ?? [];
}

/** A rule without its evaluation function, for listing (e.g. an admin screen or `GET /visa/rules`). */
export interface RuleSummary {
  id: RuleId;
  refId: string;
  section: string;
  title: TrilingualText;
  targets: readonly Target[];
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
  keyDates?: Readonly<Record<string, IsoDate>>;
  unverified: boolean;
  sources: readonly string[];
}

export function toRuleSummary(rule: VisaRule): RuleSummary {
  return {
    id: rule.id,
    refId: rule.refId,
    section: rule.section,
    title: rule.title,
    targets: rule.targets,
    ...(rule.effectiveFrom ? { effectiveFrom: rule.effectiveFrom } : {}),
    ...(rule.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
    ...(rule.keyDates ? { keyDates: rule.keyDates } : {}),
    unverified: rule.unverified,
    sources: rule.sources,
  };
}

export function listRules(): RuleSummary[] {
  return RULES.map(toRuleSummary);
}
