import { Alert, Anchor, Badge, Button, Container, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJob } from '../api/get-job';
import { useJobApplications, type Application } from '../api/list-applications';
import { candidateName } from '../components/candidate-name';
import { HistoryDrawer } from '../components/history-drawer';
import { MoveDialog, type MoveRequest } from '../components/move-dialog';
import { PipelineBoard } from '../components/pipeline-board';
import classes from '../components/pipeline.module.css';
import { LoadingState } from '../../../components/ui/query-state';

function postingTitle(title: { ja?: string; ko?: string; en?: string }, locale: 'ja' | 'ko' | 'en') {
  for (const language of [locale, 'ko', 'ja', 'en'] as const) {
    if (title[language]) return { text: title[language], lang: language };
  }
  return { text: '', lang: locale };
}

/** /postings/:id/applicants: the applicant pipeline of one posting as a board. */
export function PipelineRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('pipeline.title'));
  const job = useJob(id);
  const applications = useJobApplications(id);
  const [moveRequest, setMoveRequest] = useState<MoveRequest | null>(null);
  const [historyId, setHistoryId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [lastMoved, setLastMoved] = useState<Application | null>(null);
  const historyOf = applications.data?.find((application) => application.id === historyId) ?? null;
  const title = job.data ? postingTitle(job.data.title, currentLocale()) : null;

  const onMoved = (moved: Application) => {
    setMoveRequest(null);
    setAnnouncement(t('pipeline.board.moved', { name: candidateName(moved, t), stage: t(`pipeline.stages.${moved.status}`) }));
  };

  let content: ReactNode;
  const failure = applications.error ?? job.error;
  if (failure) {
    content = (
      <Stack gap="md" mt="lg" align="flex-start">
        <ErrorAlert error={failure} />
        <Button variant="default" onClick={() => void (applications.isError ? applications.refetch() : job.refetch())}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  } else if (!applications.data) {
    content = (
      <LoadingState label={t('common.loading')} />
    );
  } else if (applications.data.length === 0) {
    content = (
      <Alert color="brand" variant="light" mt="lg" title={t('pipeline.empty.title')}>
        <Text size="sm">{t(job.data?.status === 'draft' ? 'pipeline.empty.draft' : 'pipeline.empty.body')}</Text>
        <Group gap="sm" mt="sm">
          <Button component={Link} to={`/postings/${id}/matches`} size="sm">
            {t('pipeline.links.matches')}
          </Button>
          {job.data?.status === 'draft' ? (
            <Button component={Link} to={`/postings/${id}/edit`} size="sm" variant="default">
              {t('pipeline.links.edit')}
            </Button>
          ) : null}
        </Group>
      </Alert>
    );
  } else {
    content = (
      <PipelineBoard
        applications={applications.data}
        onMove={(application, status) => setMoveRequest({ application, status })}
        onHistory={(application) => setHistoryId(application.id)}
        lastMoved={lastMoved}
      />
    );
  }

  return (
    <Container size="lg" className="page">
      <Anchor component={Link} to="/postings" size="sm" fw={600}>
        {t('pipeline.links.back')}
      </Anchor>
      <PageHeading className="page-title">{t('pipeline.heading')}</PageHeading>
      {job.data && title ? (
        <Group gap="sm" mt={6} className={classes.subtitle}>
          <Badge variant="light" color="gray" c="gray.8" radius="sm">
            {t(`pipeline.jobStatus.${job.data.status}`)}
          </Badge>
          <Text fw={600} lang={title.lang}>
            {title.text}
          </Text>
          {job.data.status !== 'closed' ? (
            <Anchor component={Link} to={`/postings/${id}/edit`} size="sm">
              {t('pipeline.links.edit')}
            </Anchor>
          ) : null}
          <Anchor component={Link} to={`/postings/${id}/matches`} size="sm">
            {t('pipeline.links.matches')}
          </Anchor>
        </Group>
      ) : null}
      <p role="status" className={classes.announcement}>
        {announcement}
      </p>
      {content}
      <MoveDialog jobId={id} request={moveRequest} onClose={() => setMoveRequest(null)} onMoved={onMoved} onClosedAfterMove={setLastMoved} />
      <HistoryDrawer application={historyOf} onClose={() => setHistoryId(null)} />
    </Container>
  );
}
