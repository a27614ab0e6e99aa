import { Anchor, Button, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { usePlans } from '../../../components/pathway/api/list-plans';
import { useLocalized } from '../../../components/match/localized-text';
import { ToneBadge } from '../../../components/match/tone-badge';

/** A candidate's plans, loaded when the adviser opens them, each linking to its review page. */
export function CandidatePlans({ candidateId, name }: { candidateId: string; name: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const plans = usePlans(candidateId);

  if (plans.isPending) {
    return (
      <div className="loading" role="status">
        <Loader size="xs" aria-hidden="true" />
        <span>{t('adviser.plans.loading')}</span>
      </div>
    );
  }
  if (plans.isError) {
    return (
      <div>
        <ErrorAlert error={plans.error} />
        <Button size="xs" variant="default" mt="xs" onClick={() => void plans.refetch()}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  if (plans.data.length === 0) return <Text size="sm">{t('adviser.plans.empty', { name })}</Text>;
  return (
    <ul className="hd-case__plans">
      {plans.data.map((plan) => (
        <li key={plan.id}>
          <Anchor underline="always" component={Link} to={`/caseload/plans/${plan.id}`}>
            {localized(plan.pathwayLabel)}
          </Anchor>{' '}
          {plan.atRiskCount > 0 ? (
            <ToneBadge size="sm" tone="red" variant="filled">
              {t('adviser.plans.atRisk', { count: plan.atRiskCount })}
            </ToneBadge>
          ) : null}{' '}
          {plan.items.some((item) => item.status === 'done') ? (
            <ToneBadge size="sm" tone="blue" variant="light">
              {t('adviser.plans.toReview', { count: plan.items.filter((item) => item.status === 'done').length })}
            </ToneBadge>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
