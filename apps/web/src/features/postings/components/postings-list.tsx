import { Alert, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { useCloseJob } from '../api/close-job';
import type { Job } from '../api/get-organization-jobs';
import { usePublishJob } from '../api/publish-job';
import { CloseConfirmModal } from './close-confirm-modal';
import { postingErrorKey } from './error-message';
import { PostingCard } from './posting-card';
import { PublishConfirmModal } from './publish-confirm-modal';
import classes from './postings.module.css';

const STATUSES = ['published', 'draft', 'closed'] as const;
type Filter = 'all' | (typeof STATUSES)[number];

function isFilter(value: string | null): value is Filter {
  return value === 'all' || (STATUSES as readonly (string | null)[]).includes(value);
}

/** The organisation's postings, grouped by status or filtered to one, with publish and close actions. */
export function PostingsList({ jobs }: { jobs: readonly Job[] }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('status');
  const filter: Filter = isFilter(requested) ? requested : 'all';
  const publication = usePublishJob();
  const closing = useCloseJob();
  const [toPublish, setToPublish] = useState<Job | null>(null);
  const [toClose, setToClose] = useState<Job | null>(null);
  const [done, setDone] = useState<'published' | 'closed' | null>(null);
  const error = publication.error ?? closing.error;

  const count = (status: Filter) => (status === 'all' ? jobs.length : jobs.filter((job) => job.status === status).length);
  const shown = filter === 'all' ? STATUSES : [filter];

  const publishNow = (job: Job) =>
    publication.mutate(job.id, { onSuccess: () => setDone('published'), onSettled: () => setToPublish(null) });

  // A posting whose readiness check found problems is published only after the employer confirms.
  const publish = (job: Job) => {
    setDone(null);
    if (job.visaWarnings.some((warning) => warning.severity === 'error')) setToPublish(job);
    else publishNow(job);
  };

  const close = (job: Job) => {
    setDone(null);
    closing.mutate(job.id, { onSuccess: () => setDone('closed'), onSettled: () => setToClose(null) });
  };

  return (
    <Stack gap="lg" mt="lg">
      <SegmentedControl
        value={filter}
        onChange={(next) => setSearchParams(next === 'all' ? {} : { status: next }, { replace: true })}
        data={(['all', ...STATUSES] as const).map((status) => ({
          value: status,
          label: t('postings.list.filterOption', { label: t(`postings.list.filters.${status}`), number: count(status) }),
        }))}
        aria-label={t('postings.list.filterLabel')}
        className={classes.filter}
      />
      <div role="status" className={classes.notices}>
        {done ? (
          <Alert color="teal" variant="light">
            {t(done === 'published' ? 'postings.list.published' : 'postings.list.closed')}
          </Alert>
        ) : null}
      </div>
      <ErrorAlert error={error} messageKey={postingErrorKey(error)} />
      {shown.map((status) => {
        const group = jobs.filter((job) => job.status === status);
        if (filter === 'all' && group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`postings-${status}`}>
            <Title order={2} id={`postings-${status}`} className="section-title section-title--small">
              {t('postings.list.groupHeading', { label: t(`postings.list.filters.${status}`), number: group.length })}
            </Title>
            {group.length === 0 ? (
              <Text mt="sm">{t(`postings.list.emptyGroup.${status}`)}</Text>
            ) : (
              <div className={classes.cards}>
                {group.map((job) => (
                  <PostingCard
                    key={job.id}
                    job={job}
                    onPublish={publish}
                    onClose={setToClose}
                    busy={publication.isPending || closing.isPending}
                  />
                ))}
              </div>
            )}
          </section>
        );
      })}
      <PublishConfirmModal
        job={toPublish}
        publishing={publication.isPending}
        onConfirm={publishNow}
        onCancel={() => setToPublish(null)}
      />
      <CloseConfirmModal job={toClose} closing={closing.isPending} onConfirm={close} onCancel={() => setToClose(null)} />
    </Stack>
  );
}
