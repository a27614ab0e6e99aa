import { Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { useDocumentTitle } from '../../../lib/use-document-title';

export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Container size={640} className="page page--narrow not-found">
      <PageHeading className="page-title">{t('notFound.heading')}</PageHeading>
      <Text className="page-lead">{t('notFound.body')}</Text>
      <Button component={Link} to="/" mt="xl" variant="default">
        {t('notFound.backHome')}
      </Button>
    </Container>
  );
}
