import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyProfile } from '../api/get-my-profile';
import { ProfileWizard } from '../components/profile-wizard';
import { LoadingState } from '../../../components/ui/query-state';

function ProfileBody() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  if (profile.isPending) {
    return <LoadingState label={t('common.loading')} />;
  }
  if (profile.isError) {
    return (
      <Stack gap="md" mt="lg" align="flex-start">
        <ErrorAlert error={profile.error} />
        <Button variant="default" onClick={() => void profile.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  return <ProfileWizard profile={profile.data} />;
}

/** /profile: the candidate's profile wizard. */
export function ProfileRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const me = useMe();

  return (
    <Container size="lg" className="page profile-page">
      <PageHeading className="page-title">{t('profile.heading')}</PageHeading>
      <Text className="page-lead">{t('profile.lead')}</Text>
      {me.data && me.data.role !== 'candidate' ? (
        <Alert variant="light" mt="lg">
          {t('profile.candidatesOnly')}
        </Alert>
      ) : me.data ? (
        <ProfileBody />
      ) : me.isError ? (
        <ErrorAlert error={me.error} />
      ) : (
        <LoadingState label={t('common.loading')} />
      )}
    </Container>
  );
}
