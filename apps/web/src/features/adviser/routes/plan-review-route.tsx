import { Anchor, Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { usePlan } from '../../../components/pathway/api/get-plan';
import { PlanBody } from '../../../components/pathway/plan-body';
import { useLocalized } from '../../../components/match/localized-text';
import { ApiError } from '../../../lib/api/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';

/** An adviser reviewing a candidate's plan: the same timeline, and Verify / Send back on each item. */
export function PlanReviewRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const plan = usePlan(id);
  const name = plan.data?.candidateName ?? t('adviser.unnamed');
  const title = plan.data ? t('adviser.review.heading', { name }) : t('adviser.review.title');
  useDocumentTitle(title);

  return (
    <Container size="lg" className="page">
      <Anchor component={Link} to="/caseload" className="hd-back-link">
        {t('adviser.review.back')}
      </Anchor>
      <PageHeading className="page-title">{title}</PageHeading>
      {plan.isPending ? <LoadingState label={t('adviser.review.loading')} /> : null}
      {plan.isError ? (
        <div className="hd-state">
          <ErrorAlert
            error={plan.error}
            messageKey={plan.error instanceof ApiError && (plan.error.status === 404 || plan.error.status === 403) ? 'adviser.review.unavailable' : undefined}
          />
          <Button variant="default" onClick={() => void plan.refetch()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
      {plan.data ? (
        <>
          <Text className="hd-page-sub">{localized(plan.data.pathwayLabel)}</Text>
          <Text className="hd-page-sub">
            <Anchor underline="always" component={Link} to={`/candidates/${plan.data.candidateId}`}>
              {t('adviser.profileLink', { name })}
            </Anchor>
            {plan.data.targetJob ? (
              <>
                {' · '}
                {t('pathway.plan.targetJob')}{' '}
                <Anchor underline="always" component={Link} to={`/jobs/${plan.data.targetJob.id}`}>
                  {localized(plan.data.targetJob.title)}
                </Anchor>
              </>
            ) : null}
          </Text>
          <PlanBody plan={plan.data} mode="adviser" />
        </>
      ) : null}
    </Container>
  );
}
