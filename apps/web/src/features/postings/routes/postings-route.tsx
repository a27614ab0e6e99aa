import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';

// SCAFFOLD: replaced by the real page.
export function PostingsRoute() {
  const { t } = useTranslation();
  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('postings.title')}</PageHeading>
    </Container>
  );
}
