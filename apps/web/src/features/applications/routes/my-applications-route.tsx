import { Alert, Anchor, Button, Container, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyApplications } from '../api/list-my-applications';
import { ApplicationCard } from '../components/application-card';
import '../components/applications.css';

function ApplicationList() {
  const { t } = useTranslation();
  const applications = useMyApplications();
  const items = applications.data?.pages.flatMap((page) => page.items) ?? [];

  if (applications.isPending) {
    return (
      <div role="status" aria-label={t('applications.loading')}>
        <Stack gap="md" mt="lg">
          <Skeleton height={220} radius="lg" />
          <Skeleton height={220} radius="lg" />
        </Stack>
      </div>
    );
  }
  if (applications.isError && !applications.data) {
    return (
      <Stack gap="md" mt="lg" align="flex-start">
        <ErrorAlert error={applications.error} />
        <Button variant="default" onClick={() => void applications.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (items.length === 0) {
    return (
      <Alert variant="light" color="gray" mt="lg" title={t('applications.empty.title')}>
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('applications.empty.body')}</Text>
          <Anchor component={Link} to="/jobs" fw={600} size="sm">
            {t('applications.empty.search')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      <Text role="status" size="sm" mt="lg" fw={600}>
        {applications.hasNextPage ? t('applications.countMore', { n: items.length }) : t('applications.count', { n: items.length })}
      </Text>
      <ul className="app-list">
        {items.map((application) => (
          <li key={application.id}>
            <ApplicationCard application={application} />
          </li>
        ))}
      </ul>
      {applications.isFetchNextPageError ? <ErrorAlert error={applications.error} /> : null}
      {applications.hasNextPage ? (
        <Stack align="center" mt="md">
          <Button variant="default" loading={applications.isFetchingNextPage} onClick={() => void applications.fetchNextPage()}>
            {t('applications.loadMore')}
          </Button>
        </Stack>
      ) : null}
    </>
  );
}

/** /applications: the candidate's applications and where each one stands. */
export function MyApplicationsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.title'));
  return (
    <Container size="md" className="page applications-page">
      <PageHeading className="page-title">{t('applications.heading')}</PageHeading>
      <Text className="page-lead">{t('applications.lead')}</Text>
      <ApplicationList />
    </Container>
  );
}
