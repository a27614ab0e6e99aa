import { Alert, Anchor, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { OrganizationSwitcher } from '../../../components/organization-switcher';
import { useCurrentOrganization, type MyOrganization } from '../../../lib/organizations/my-organizations';
import { organizationName } from '../components/display-name';
import { MembersSection } from '../components/members-section';
import { OrganizationForm } from '../components/organization-form';
import { OrganizationSummary } from '../components/organization-summary';
import classes from '../components/organization.module.css';
import { LoadingState } from '../../../components/ui/query-state';

type Notice = 'created' | 'saved' | null;

/** /organization: registers the employer's organisation, then shows and edits it with its members. */
export function OrganizationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('organization.title'));
  const { query: organizations, current: organization } = useCurrentOrganization();
  const [notice, setNotice] = useState<Notice>(null);

  if (organizations.isPending || organizations.isError) {
    return (
      <Container size="lg" className="page">
        <PageHeading className="page-title">{t('organization.heading')}</PageHeading>
        {organizations.isError ? (
          <Stack gap="md" mt="lg" align="flex-start">
            <ErrorAlert error={organizations.error} />
            <Button variant="default" onClick={() => void organizations.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Container>
    );
  }

  if (!organization) {
    return (
      <Container size={720} className="page">
        <PageHeading className="page-title">{t('organization.create.heading')}</PageHeading>
        <Text className="page-lead">{t('organization.create.lead')}</Text>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface">
          <Title order={2} id="organization-form-heading" className="section-title section-title--small" mb="md">
            {t('organization.create.formHeading')}
          </Title>
          <OrganizationForm onSaved={() => setNotice('created')} />
        </Paper>
      </Container>
    );
  }

  return <OrganizationPage organization={organization} notice={notice} onNotice={setNotice} />;
}

function OrganizationPage({ organization, notice, onNotice }: { organization: MyOrganization; notice: Notice; onNotice: (notice: Notice) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const name = organizationName(organization, currentLocale());

  return (
    <Container size="lg" className="page">
      <OrganizationSwitcher />
      <Text className={classes.eyebrow}>{t('organization.heading')}</Text>
      <PageHeading className="page-title">
        <span lang={name.lang}>{name.text}</span>
      </PageHeading>
      <div role="status" className={classes.notice}>
        {notice ? (
          <Alert color="teal" variant="light" mt="md">
            {t(notice === 'created' ? 'organization.notice.created' : 'organization.notice.saved')}{' '}
            <Anchor component={Link} to="/postings/new" fw={600} underline="always">
              {t('organization.notice.writePosting')}
            </Anchor>
          </Alert>
        ) : null}
      </div>
      <div className={classes.layout}>
        {editing ? (
          <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface" component="section" aria-labelledby="organization-form-heading">
            <Title order={2} id="organization-form-heading" className="section-title section-title--small" mb="md">
              {t('organization.edit.heading')}
            </Title>
            <OrganizationForm
              organization={organization}
              onSaved={() => {
                setEditing(false);
                onNotice('saved');
              }}
              onCancel={() => setEditing(false)}
            />
          </Paper>
        ) : (
          <OrganizationSummary
            organization={organization}
            onEdit={() => {
              onNotice(null);
              setEditing(true);
            }}
          />
        )}
        <MembersSection organization={organization} displayName={name.text} />
      </div>
    </Container>
  );
}
