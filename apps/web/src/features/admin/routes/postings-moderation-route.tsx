import { Button, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import { type ModeratedPosting, type ModerationQueue, useModerationDecision, usePostingsForModeration } from '../api/postings-for-moderation';
import { AdminQueuePage } from '../components/admin-queue-page';
import { ModeratedPostingCard } from '../components/moderated-posting-card';
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
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  if (query.isPending) return <LoadingState label={t('admin.moderation.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  // The decided card leaves the reported queue: the focus goes to the message saying what happened.
  const announce = (message: string) => {
    setDone(message);
    requestAnimationFrame(() => status.current?.focus());
  };
  const takedown = (posting: ModeratedPosting, reason: string) =>
    decide.mutate(
      { id: posting.job.id, takedownReason: reason },
      {
        onSuccess: () => {
          setTakingDown(null);
          announce(t('admin.moderation.takenDown'));
        },
        onError: () => setDone(null),
      },
    );
  const dismiss = (posting: ModeratedPosting) =>
    decide.mutate({ id: posting.job.id }, { onSuccess: () => announce(t('admin.moderation.dismissed')), onError: () => setDone(null) });
  const postings = query.data.pages.flatMap((page) => page.items);

  return (
    <>
      <p role="status" className="admin-status" ref={status} tabIndex={-1}>
        {done}
      </p>
      {decide.isError && !takingDown ? <ErrorAlert error={decide.error} /> : null}
      {postings.length === 0 ? (
        <div className="hd-empty">
          <Text>{queue === 'reported' ? t('admin.moderation.emptyReported') : t('admin.moderation.emptyPublished')}</Text>
        </div>
      ) : (
        <ul className="admin-orgs">
          {postings.map((posting) => (
            <ModeratedPostingCard
              key={posting.job.id}
              posting={posting}
              busy={decide.isPending}
              onTakedown={(p) => {
                decide.reset();
                setTakingDown(p);
              }}
              onDismiss={dismiss}
            />
          ))}
        </ul>
      )}
      {query.hasNextPage ? (
        <Button variant="default" mt="md" loading={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {t('admin.more')}
        </Button>
      ) : null}
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
