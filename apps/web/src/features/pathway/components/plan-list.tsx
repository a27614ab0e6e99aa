import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlans, type PathwayPlan } from '../../../components/pathway/api/list-plans';
import { StageDiagram } from '../../../components/pathway/stage-diagram';
import { formatDay } from '../../../components/match/format';
import { WarningIcon } from '../../../components/match/match-icons';
import { useLocalized } from '../../../components/match/localized-text';
import { ToneBadge } from '../../../components/match/tone-badge';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';

/** The candidate's plans, each with its stages drawn and its risks counted. */
export function PlanList() {
  const { t } = useTranslation();
  const plans = usePlans();

  if (plans.isPending) {
    return <LoadingState label={t('pathway.list.loading')} />;
  }
  if (plans.isError) {
    return <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />;
  }
  if (plans.data.length === 0) {
    return (
      <div className="hd-empty">
        <Text fw={600}>{t('pathway.list.emptyTitle')}</Text>
        <Text size="sm" c="dimmed">
          {t('pathway.list.emptyBody')}
        </Text>
      </div>
    );
  }
  const sorted = [...plans.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <ul className="hd-plan-list">
      {sorted.map((plan) => (
        <PlanCard key={plan.id} plan={plan} />
      ))}
    </ul>
  );
}

function PlanCard({ plan }: { plan: PathwayPlan }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const locale = i18n.resolvedLanguage ?? 'en';
  const title = localized(plan.pathwayLabel);

  return (
    <li className="hd-plan-card">
      <div className="hd-plan-card__head">
        <h3 className="hd-plan-card__title">
          <Anchor component={Link} to={`/pathway/${plan.id}`}>
            {title}
          </Anchor>
        </h3>
        <div className="hd-plan-card__badges">
          {plan.atRiskCount > 0 ? (
            <ToneBadge tone="red" variant="filled" leftSection={<WarningIcon />}>
              {t('pathway.list.atRisk', { count: plan.atRiskCount })}
            </ToneBadge>
          ) : (
            <ToneBadge tone="teal" variant="light">
              {t('pathway.list.noRisk')}
            </ToneBadge>
          )}
          {plan.needsReview ? (
            <ToneBadge tone="orange" variant="light">
              {t('match.pathway.needsReview')}
            </ToneBadge>
          ) : null}
        </div>
      </div>
      <StageDiagram stages={plan.stages} label={t('pathway.list.stagesOf', { plan: title })} />
      <Text size="sm" c="dimmed">
        {t('pathway.list.created', { date: formatDay(plan.createdAt.slice(0, 10), locale) })}
        {plan.targetJob ? ` · ${t('pathway.list.targetJob', { job: localized(plan.targetJob.title) })}` : ''}
      </Text>
    </li>
  );
}
