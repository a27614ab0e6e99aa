import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReviewStatus, type ReviewedOrganization, useOrganizationsForReview, useSetVerification } from '../api/organizations-for-review';
import { AdminQueuePage } from '../components/admin-queue-page';
import { OrganizationReviewCard } from '../components/organization-review-card';
import { QueueList, useAnnouncement } from '../components/queue-list';
import { VerificationConfirmModal } from '../components/verification-confirm-modal';
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
  const query = useOrganizationsForReview(status);
  const setVerification = useSetVerification();
  const [deciding, setDeciding] = useState<ReviewedOrganization | null>(null);
  const { announcement, announce, clear } = useAnnouncement();

  const confirm = (organization: ReviewedOrganization) =>
    setVerification.mutate(
      { id: organization.id, verified: !organization.verified },
      {
        onSuccess: () => {
          setDeciding(null);
          announce(t(organization.verified ? 'admin.revoked' : 'admin.verified'));
        },
        onError: clear,
      },
    );

  return (
    <>
      <QueueList
        query={query}
        loadingLabel={t('admin.loading')}
        emptyText={status === 'pending' ? t('admin.emptyPending') : t('admin.emptyVerified')}
        itemKey={(organization) => organization.id}
        renderItem={(organization) => <OrganizationReviewCard organization={organization} busy={setVerification.isPending} onDecide={setDeciding} />}
        announcement={announcement}
        decisionError={setVerification.isError && !deciding ? setVerification.error : null}
      />
      <VerificationConfirmModal
        organization={deciding}
        saving={setVerification.isPending}
        error={deciding ? setVerification.error : null}
        onConfirm={confirm}
        onCancel={() => setDeciding(null)}
      />
    </>
  );
}
