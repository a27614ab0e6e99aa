import { Button, Container, EmptyState, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BookIcon, BuildingIcon } from '../../../components/ui/icons';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCurrentOrganization } from '../../../lib/organizations/my-organizations';
import { OrganizationSwitcher } from '../../../components/organization-switcher';
import { useOrganizationJobs } from '../api/get-organization-jobs';
import { PostingsList } from '../components/postings-list';
import classes from '../components/postings.module.css';
import { LoadingState } from '../../../components/ui/query-state';

/** /postings: the organisation's postings by status, or the way to the first one. */
export function PostingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('postings.title'));
  const { query: organizations, current: organization } = useCurrentOrganization();
  const jobs = useOrganizationJobs(organization?.id);

  const frame = (content: ReactNode, withNewButton = false) => (
    <Container size="lg" className="page">
      <Group justify="space-between" align="flex-end" gap="sm">
        <PageHeading className="page-title">{t('postings.heading')}</PageHeading>
        {withNewButton ? (
          <Button component={Link} to="/postings/new" size="md">
            {t('postings.list.new')}
          </Button>
        ) : null}
      </Group>
      <OrganizationSwitcher />
      {content}
    </Container>
  );

  const failure = organizations.error ?? jobs.error;
  if (failure) {
    return frame(
      <Stack gap="md" mt="lg" align="flex-start">
        <ErrorAlert error={failure} />
        <Button variant="default" onClick={() => void (organizations.isError ? organizations.refetch() : jobs.refetch())}>
          {t('common.retry')}
        </Button>
      </Stack>,
    );
  }
  if (organizations.isPending || (organization && jobs.isPending)) {
    return frame(
      <LoadingState label={t('common.loading')} />,
    );
  }
  if (!organization) {
    return frame(
      <EmptyState
        mt="xl"
        variant="light"
        icon={<BuildingIcon />}
        className={classes.empty}
      >
        <EmptyState.Title order={2}>{t('postings.empty.noOrganizationTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('postings.empty.noOrganizationBody')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/organization" size="md">
            {t('postings.empty.createOrganization')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>,
    );
  }
  if (!jobs.data || jobs.data.length === 0) {
    return frame(
      <EmptyState
        mt="xl"
        variant="light"
        icon={<BookIcon />}
        className={classes.empty}
      >
        <EmptyState.Title order={2}>{t('postings.empty.noPostingsTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('postings.empty.noPostingsBody')}</EmptyState.Description>
        <EmptyState.Actions>
          <Button component={Link} to="/postings/new" size="md">
            {t('postings.empty.createPosting')}
          </Button>
        </EmptyState.Actions>
      </EmptyState>,
    );
  }
  return frame(<PostingsList jobs={jobs.data} />, true);
}
