import { Alert, Anchor, Button, Container, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJob } from '../api/get-job';
import { useCurrentOrganization } from '../../../lib/organizations/my-organizations';
import { localized } from '../components/localized';
import { PostingEditor, type EditorNotice } from '../components/posting-editor';
import { PostingStatusBadge } from '../components/posting-status-badge';
import classes from '../components/postings.module.css';
import { LoadingState } from '../../../components/ui/query-state';

function isNotice(value: unknown): value is EditorNotice {
  return value === 'created' || value === 'saved' || value === 'published';
}

/** /postings/new and /postings/:id/edit: the posting editor with its sponsorship readiness. */
export function PostingEditorRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const location = useLocation();
  const state: unknown = location.state;
  const notice = state && typeof state === 'object' && 'notice' in state && isNotice(state.notice) ? state.notice : null;
  useDocumentTitle(t(id ? 'postings.editor.editTitle' : 'postings.editor.newTitle'));
  const { query: organizations, organizations: mine, current } = useCurrentOrganization();
  const job = useJob(id);

  const frame = (content: ReactNode, title?: ReactNode) => (
    <Container size="lg" className="page">
      <Anchor component={Link} to="/postings" size="sm" fw={600}>
        {t('postings.editor.backToList')}
      </Anchor>
      <PageHeading className="page-title" id="posting-editor-heading">
        {t(id ? 'postings.editor.editHeading' : 'postings.editor.newHeading')}
      </PageHeading>
      {title}
      {content}
    </Container>
  );

  const failure = organizations.error ?? job.error;
  if (failure) {
    return frame(
      <Stack gap="md" mt="lg" align="flex-start">
        <ErrorAlert error={failure} />
        <Button variant="default" onClick={() => void (organizations.isError ? organizations.refetch() : job.refetch())}>
          {t('common.retry')}
        </Button>
      </Stack>,
    );
  }
  if (organizations.isPending || (id !== undefined && job.isPending)) {
    return frame(
      <LoadingState label={t('common.loading')} />,
    );
  }

  // an existing posting belongs to its own organisation; a new one to the organisation chosen now
  const organization = job.data ? mine.find((candidate) => candidate.id === job.data.organization.id) : current;
  if (!organization) {
    return frame(
      <Alert color="brand" variant="light" mt="lg">
        <Text>{t(job.data ? 'postings.editor.notYours' : 'postings.editor.organizationFirst')}</Text>
        {job.data ? null : (
          <Button component={Link} to="/organization" mt="sm">
            {t('postings.empty.createOrganization')}
          </Button>
        )}
      </Alert>,
    );
  }

  const title = job.data ? localized(job.data.title, currentLocale()) : null;
  return frame(
    <PostingEditor key={job.data?.id ?? 'new'} organization={organization} job={job.data} notice={notice} />,
    job.data && title ? (
      <Group gap="sm" mt={6} mb="lg" className={classes.editorSubtitle}>
        <PostingStatusBadge status={job.data.status} />
        <Text fw={600} lang={title.lang}>
          {title.text}
        </Text>
        <Anchor component={Link} to={`/postings/${job.data.id}/applicants`} size="sm">
          {t('postings.card.applicants')}
        </Anchor>
        <Anchor component={Link} to={`/postings/${job.data.id}/matches`} size="sm">
          {t('postings.card.matches')}
        </Anchor>
      </Group>
    ) : (
      <Text className="page-lead" mb="lg">
        {t('postings.editor.newLead')}
      </Text>
    ),
  );
}
