import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ModeratedPosting, type ModerationQueue, useModerationDecision, usePostingsForModeration } from '../api/postings-for-moderation';
import { AdminQueuePage } from '../components/admin-queue-page';
import { ModeratedPostingCard } from '../components/moderated-posting-card';
import { QueueList, useAnnouncement } from '../components/queue-list';
import { TakedownModal } from '../components/takedown-modal';
import '../components/admin.css';

/** /admin/postings: what readers reported (the longest-waiting first) or any published posting, and the moderators' decisions. */
export function PostingsModerationRoute() {
  const { t } = useTranslation();
  return (
    <AdminQueuePage<ModerationQueue>
      title={t('admin.moderation.heading')}
      lead={t('admin.moderation.lead')}
      viewsLabel={t('admin.moderation.filter.label')}
      views={[
        { value: 'reported', label: t('admin.moderation.filter.reported') },
        { value: 'published', label: t('admin.moderation.filter.published') },
      ]}
    >
      {(queue) => <ModerationList queue={queue} />}
    </AdminQueuePage>
  );
}

function ModerationList({ queue }: { queue: ModerationQueue }) {
  const { t } = useTranslation();
  const query = usePostingsForModeration(queue);
  const decide = useModerationDecision();
  const [takingDown, setTakingDown] = useState<ModeratedPosting | null>(null);
  const { announcement, announce, clear } = useAnnouncement();

  const takedown = (posting: ModeratedPosting, reason: string) =>
    decide.mutate(
      { id: posting.job.id, takedownReason: reason },
      {
        onSuccess: () => {
          setTakingDown(null);
          announce(t('admin.moderation.takenDown'));
        },
        onError: clear,
      },
    );
  const dismiss = (posting: ModeratedPosting) => decide.mutate({ id: posting.job.id }, { onSuccess: () => announce(t('admin.moderation.dismissed')), onError: clear });

  return (
    <>
      <QueueList
        query={query}
        loadingLabel={t('admin.moderation.loading')}
        emptyText={queue === 'reported' ? t('admin.moderation.emptyReported') : t('admin.moderation.emptyPublished')}
        itemKey={(posting) => posting.job.id}
        renderItem={(posting) => (
          <ModeratedPostingCard
            posting={posting}
            busy={decide.isPending}
            onTakedown={(p) => {
              decide.reset();
              setTakingDown(p);
            }}
            onDismiss={dismiss}
          />
        )}
        announcement={announcement}
        decisionError={decide.isError && !takingDown ? decide.error : null}
      />
      <TakedownModal
        posting={takingDown}
        saving={decide.isPending}
        error={takingDown ? decide.error : null}
        onConfirm={takedown}
        onCancel={() => setTakingDown(null)}
      />
    </>
  );
}
