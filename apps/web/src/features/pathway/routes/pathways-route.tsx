import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { useVisaCatalog } from '../../../components/pathway/api/get-visa-catalog';
import { RoleNotice } from '../../../components/pathway/role-notice';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useProfileDates } from '../api/get-profile-dates';
import { NewPlanForm } from '../components/new-plan-form';
import { PlanList } from '../components/plan-list';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';
import '../components/pathway.css';

/** The candidate's pathway plans and the form that starts a new one (?pathwayId= and ?jobId= preselect). */
export function PathwaysRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('pathway.title'));
  const me = useMe();
  const isCandidate = me.data?.role === 'candidate';
  const deletedPlan = (useLocation().state as { deletedPlan?: string } | null)?.deletedPlan;

  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('pathway.heading')}</PageHeading>
      <Text className="page-lead">{t('pathway.lead')}</Text>
      {me.data && !isCandidate ? <RoleNotice forRole="candidate" /> : null}
      {isCandidate ? (
        <>
          <section className="hd-pathway-section" aria-labelledby="my-plans-heading">
            <h2 id="my-plans-heading" className="section-title section-title--small">
              {t('pathway.list.heading')}
            </h2>
            <p role="status" className="hd-plan-deleted">
              {deletedPlan ? t('pathway.plan.delete.deleted', { title: deletedPlan }) : null}
            </p>
            <PlanList />
          </section>
          <section className="hd-pathway-section" aria-labelledby="new-plan-heading">
            <h2 id="new-plan-heading" className="section-title section-title--small">
              {t('pathway.form.heading')}
            </h2>
            <Text className="section-lead">{t('pathway.form.lead')}</Text>
            <NewPlan />
          </section>
        </>
      ) : null}
    </Container>
  );
}

function NewPlan() {
  const { t } = useTranslation();
  const catalog = useVisaCatalog();
  const profile = useProfileDates();
  const [params, setParams] = useSearchParams();

  if (catalog.isPending || profile.isPending) {
    return <LoadingState label={t('common.loading')} />;
  }
  if (catalog.isError) {
    return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  }
  const pathwayId = params.get('pathwayId');
  const known = catalog.data.pathways.some((pathway) => pathway.id === pathwayId);
  return (
    <NewPlanForm
      pathways={catalog.data.pathways}
      defaults={profile.data ?? {}}
      initialPathwayId={known ? pathwayId : null}
      targetJobId={params.get('jobId')}
      onClearTargetJob={() => {
        const next = new URLSearchParams(params);
        next.delete('jobId');
        setParams(next, { replace: true });
      }}
    />
  );
}
