import { addDays, type IsoDate } from '@hashidari/domain-core';
import { RULES, toRuleSummary, type RuleSummary } from './rules/rule-registry';
import { REFERENCE_DOCUMENT, RULE_SET_VERSION } from './version';

/** Where a rule stands on a date: in force, not yet (dated to start later), or no longer (replaced or ended). */
export type RuleState = 'in-force' | 'scheduled' | 'ended';

export function ruleStateOn(rule: Pick<RuleSummary, 'effectiveFrom' | 'effectiveTo'>, date: IsoDate): RuleState {
  if (rule.effectiveFrom !== undefined && date < rule.effectiveFrom) return 'scheduled';
  if (rule.effectiveTo !== undefined && date > rule.effectiveTo) return 'ended';
  return 'in-force';
}

export interface RuleOverview extends RuleSummary {
  state: RuleState;
  /** Days after `date` from which something changes: the rule starts, stops (the day after its last) or its own logic turns; soonest first */
  upcomingDates: IsoDate[];
}

export interface RuleSetOverview {
  version: string;
  reference: string;
  date: IsoDate;
  counts: { rules: number; unverified: number } & Record<RuleState, number>;
  rules: RuleOverview[];
}

/** The rule set as it stands on a date: every rule with its state, and the dates ahead that change it. */
export function ruleSetOverview(date: IsoDate): RuleSetOverview {
  const rules = RULES.map((rule): RuleOverview => {
    const summary = toRuleSummary(rule);
    // effectiveTo is the last day in force: the change is the day after it
    const dates = [summary.effectiveFrom, summary.effectiveTo && addDays(summary.effectiveTo, 1), ...Object.values(summary.keyDates ?? {})];
    const upcomingDates = [...new Set(dates.filter((d): d is IsoDate => d !== undefined && d > date))].sort();
    return { ...summary, state: ruleStateOn(summary, date), upcomingDates };
  });
  const count = (state: RuleState) => rules.filter((r) => r.state === state).length;
  return {
    version: RULE_SET_VERSION,
    reference: REFERENCE_DOCUMENT,
    date,
    counts: {
      rules: rules.length,
      unverified: rules.filter((r) => r.unverified).length,
      'in-force': count('in-force'),
      scheduled: count('scheduled'),
      ended: count('ended'),
    },
    rules,
  };
}
