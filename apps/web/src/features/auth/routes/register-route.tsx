import { Anchor, Container, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { useIsSignedIn } from '../../../lib/auth/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RegisterForm } from '../components/register-form';

export function RegisterRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.register.title'));
  const signedIn = useIsSignedIn();
  if (signedIn) return <Navigate to="/home" replace />;

  return (
    <Container size={560} className="page page--narrow">
      <PageHeading className="page-title">{t('auth.register.heading')}</PageHeading>
      <Text className="page-lead">{t('auth.register.lead')}</Text>
      <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} mt="lg" className="surface">
        <RegisterForm />
      </Paper>
      <Text mt="lg" ta="center">
        {t('auth.register.haveAccount')}{' '}
        <Anchor component={Link} to="/login" fw={600}>
          {t('auth.register.loginLink')}
        </Anchor>
      </Text>
    </Container>
  );
}
