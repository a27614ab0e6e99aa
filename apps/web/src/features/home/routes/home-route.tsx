import { Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AccountCard } from '../components/account-card';
import { RoleTasks } from '../components/role-tasks';
import { LoadingState } from '../../../components/ui/query-state';

/** The signed-in user's home: a greeting, their account and what their role does here. */
export function HomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const me = useMe();
  const user = me.data;

  if (!user) {
    return (
      <Container size="lg" className="page">
        <PageHeading className="page-title">{t('home.title')}</PageHeading>
        {me.isError ? (
          <Stack gap="md" mt="lg" align="flex-start">
            <ErrorAlert error={me.error} />
            <Text>{t('home.loadError')}</Text>
            <Button variant="default" onClick={() => void me.refetch()}>
              {t('common.retry')}
            </Button>
          </Stack>
        ) : (
          <LoadingState label={t('common.loading')} />
        )}
      </Container>
    );
  }

  return (
    <Container size="lg" className="page">
      <div className="home-header">
        <Text className="home-header__role" component="p">
          {t(`roles.${user.role}`)}
        </Text>
        <PageHeading className="page-title">{t(`home.heading.${user.role}`)}</PageHeading>
        <Text className="home-header__greeting">{t('home.greeting', { email: user.email })}</Text>
        <Text className="page-lead">{t(`home.intro.${user.role}`)}</Text>
      </div>
      <div className="home-grid">
        <RoleTasks role={user.role} />
        <AccountCard user={user} />
      </div>
    </Container>
  );
}
