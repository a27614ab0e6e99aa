import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { daysLeftText, formatDay } from '../match/format';
import { WarningIcon } from '../match/match-icons';
import { useLocalized } from '../match/localized-text';
import type { PathwayPlan } from './api/list-plans';
import { atRiskDeadlines } from './timeline-geometry';
import { ALERT_INK } from '../match/tone-badge';

function focusStage(stageId: string): void {
  const element = document.getElementById(`stage-${stageId}`);
  element?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  element?.focus({ preventScroll: true });
}

/** The warning at the top of a plan: deadlines due within 30 days or already past, and stages to review. */
export function RiskSummary({ plan }: { plan: PathwayPlan }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const locale = i18n.resolvedLanguage ?? 'en';
  const risks = atRiskDeadlines(plan.stages);
  const review = plan.stages.filter((stage) => stage.needsReview);

  return (
    <>
      {risks.length > 0 ? (
        <Alert color="red" variant="light" style={ALERT_INK.red} icon={<WarningIcon />} title={t('match.pathway.risk.title', { count: risks.length })} className="hd-risk">
          <ul className="hd-risk__list">
            {risks.map(({ stage, deadline }) => (
              <li key={`${stage.id}-${deadline.id}`}>
                <Anchor component="button" type="button" onClick={() => focusStage(stage.id)} className="hd-risk__link">
                  {localized(deadline.label)}
                </Anchor>{' '}
                <span className="hd-risk__when">
                  {t('match.pathway.risk.when', { date: formatDay(deadline.date, locale), days: daysLeftText(t, deadline.daysLeft) })}
                </span>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {review.length > 0 ? (
        <Alert color="orange" variant="light" style={ALERT_INK.orange} icon={<WarningIcon />} title={t('match.pathway.risk.reviewTitle')} className="hd-risk">
          <ul className="hd-risk__list">
            {review.map((stage) => (
              <li key={stage.id}>
                <Anchor component="button" type="button" onClick={() => focusStage(stage.id)} className="hd-risk__link">
                  {localized(stage.label)}
                </Anchor>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
    </>
  );
}
