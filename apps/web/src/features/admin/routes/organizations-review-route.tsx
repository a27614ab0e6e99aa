import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { type ReviewStatus, type ReviewedOrganization, useOrganizationsForReview, useSetVerification } from '../api/organizations-for-review';
import { AdminQueuePage } from '../components/admin-queue-page';
import { OrganizationReviewCard } from '../components/organization-review-card';
import { VerificationConfirmModal } from '../components/verification-confirm-modal';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../components/admin.css';

/**
 * The administrators' verification queue: organisations waiting for their registration to be checked,
 * oldest first, and the verified ones, whose check can be taken back.
 */
export function OrganizationsReviewRoute() {
  const { t } = useTranslation();
  return (
    <AdminQueuePage<ReviewStatus>
      title={t('admin.heading')}
      lead={t('admin.lead')}
      viewsLabel={t('admin.filter.label')}
      views={[
        { value: 'pending', label: t('admin.filter.pending') },
        { value: 'verified', label: t('admin.filter.verified') },
      ]}
    >
      {(status) => <ReviewList status={status} />}
    </AdminQueuePage>
  );
}

function ReviewList({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  const query = useOrganizationsForReview(status, true);
  const setVerification = useSetVerification();
  const [deciding, setDeciding] = useState<ReviewedOrganization | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const confirm = (organization: ReviewedOrganization) =>
    setVerification.mutate(
      { id: organization.id, verified: !organization.verified },
      {
        onSuccess: () => {
          setDone(t(organization.verified ? 'admin.revoked' : 'admin.verified'));
          setDeciding(null);
        },
      },
    );

  if (query.isPending) {
    return <LoadingState label={t('admin.loading')} />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const organizations = query.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p role="status" className="admin-status">
        {done}
      </p>
      {setVerification.isError ? <ErrorAlert error={setVerification.error} /> : null}
      {organizations.length === 0 ? (
        <div className="hd-empty">
          <Text>{status === 'pending' ? t('admin.emptyPending') : t('admin.emptyVerified')}</Text>
        </div>
      ) : (
        <ul className="admin-orgs">
          {organizations.map((organization) => (
            <OrganizationReviewCard key={organization.id} organization={organization} onDecide={setDeciding} />
          ))}
        </ul>
      )}
      {query.hasNextPage ? (
        <Button variant="default" mt="md" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('admin.more')}
        </Button>
      ) : null}
      <VerificationConfirmModal organization={deciding} saving={setVerification.isPending} onConfirm={confirm} onCancel={() => setDeciding(null)} />
    </>
  );
}
