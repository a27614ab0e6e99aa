import { Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/ui/page-heading';
import { useDocumentTitle } from '../lib/use-document-title';

/** Shown when a page fails to render: says so and offers a fresh start. */
export function RouteError() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.generic'));
  return (
    <main id="main" className="site-main">
      <Container size={640} className="page page--narrow">
        <PageHeading className="page-title">{t('errors.generic')}</PageHeading>
        <Text className="page-lead">{t('errors.INTERNAL_ERROR')}</Text>
        <Button component="a" href="/" mt="xl" variant="default">
          {t('notFound.backHome')}
        </Button>
      </Container>
    </main>
  );
}
