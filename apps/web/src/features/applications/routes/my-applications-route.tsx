import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';

// SCAFFOLD: replaced by the real page.
export function MyApplicationsRoute() {
  const { t } = useTranslation();
  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('applications.title')}</PageHeading>
    </Container>
  );
}
