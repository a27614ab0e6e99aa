import { Alert, Anchor, Container, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { safeNextPath } from '../../../lib/auth/next-path';
import { useIsSignedIn } from '../../../lib/auth/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { LoginForm } from '../components/login-form';

export function LoginRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('next');
  useDocumentTitle(t('auth.login.title'));
  const signedIn = useIsSignedIn();
  if (signedIn) return <Navigate to={safeNextPath(requested)} replace />;

  return (
    <Container size={480} className="page page--narrow">
      <PageHeading className="page-title">{t('auth.login.heading')}</PageHeading>
      <Text className="page-lead">{t('auth.login.lead')}</Text>
      {requested ? (
        <Alert color="brand" variant="light" mt="md">
          {t('auth.login.signedOutNotice')}
        </Alert>
      ) : null}
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface">
        <LoginForm />
      </Paper>
      <Text mt="lg" ta="center">
        {t('auth.login.noAccount')}{' '}
        <Anchor component={Link} to="/register" fw={600}>
          {t('auth.login.registerLink')}
        </Anchor>
      </Text>
    </Container>
  );
}
