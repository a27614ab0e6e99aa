import { useTranslation } from 'react-i18next';
import { formatDay } from '../match/format';
import type { PathwayPlan } from './api/list-plans';
import type { ChecklistMode } from './checklist-types';
import { PlanChecklist } from './plan-checklist';
import { PlanHistory } from './plan-history';
import { PlanTimeline } from './plan-timeline';
import { RiskSummary } from './risk-summary';

/** Everything under a plan's heading, the same for its candidate and for their adviser. */
export function PlanBody({ plan, mode }: { plan: PathwayPlan; mode: ChecklistMode }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <>
      <p className="hd-plan-meta">
        {t('match.pathway.meta', { date: formatDay(plan.evalDate, locale), version: plan.ruleSetVersion })}
      </p>
      <RiskSummary plan={plan} />
      <PlanTimeline plan={plan} />
      <PlanChecklist plan={plan} mode={mode} />
      <PlanHistory plan={plan} />
    </>
  );
}
