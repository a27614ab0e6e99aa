import { Anchor, Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { usePlan } from '../../../components/pathway/api/get-plan';
import { PlanBody } from '../../../components/pathway/plan-body';
import { useLocalized } from '../../../components/match/localized-text';
import { ApiError } from '../../../lib/api/errors';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LoadingState } from '../../../components/ui/query-state';
import { DeletePlanSection } from '../components/delete-plan-section';
import { PlanDatesSection } from '../components/plan-dates-section';
import '../../../components/match/common.css';
import '../components/pathway.css';

/** One of the candidate's plans: the timeline, deadlines at risk, the checklist to tick and its history. */
export function PlanRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const me = useMe();
  const plan = usePlan(id);
  const isAdviser = me.data?.role === 'adviser';
  const title = plan.data ? localized(plan.data.pathwayLabel) : t('pathway.plan.title');
  useDocumentTitle(title);

  return (
    <Container size="lg" className="page">
      <Anchor component={Link} to="/pathway" className="hd-back-link">
        {t('pathway.plan.back')}
      </Anchor>
      <PageHeading className="page-title">{title}</PageHeading>
      {plan.isPending ? <LoadingState label={t('pathway.plan.loading')} /> : null}
      {plan.isError ? (
        <div className="hd-state">
          <ErrorAlert error={plan.error} messageKey={plan.error instanceof ApiError && plan.error.status === 404 ? 'pathway.plan.notFound' : undefined} />
          <Button variant="default" onClick={() => void plan.refetch()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
      {plan.data && isAdviser ? (
        <Text className="hd-page-sub">
          <Anchor component={Link} to={`/caseload/plans/${plan.data.id}`} underline="always">
            {t('pathway.plan.reviewAsAdviser')}
          </Anchor>
        </Text>
      ) : null}
      {plan.data && !isAdviser ? (
        <>
          {plan.data.targetJob ? (
            <Text className="hd-page-sub">
              {t('pathway.plan.targetJob')}{' '}
              <Anchor underline="always" component={Link} to={`/jobs/${plan.data.targetJob.id}`}>
                {localized(plan.data.targetJob.title)}
              </Anchor>
            </Text>
          ) : null}
          <PlanBody plan={plan.data} mode="candidate" />
          <PlanDatesSection plan={plan.data} />
          <DeletePlanSection planId={plan.data.id} title={title} />
        </>
      ) : null}
    </Container>
  );
}
