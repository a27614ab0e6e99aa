import { Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { useVisaCatalog } from '../../../components/pathway/api/get-visa-catalog';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { EligibilityCheck } from '../components/eligibility-check';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';
import '../components/visa.css';

/** /visa/check: the stateless eligibility check, open to everyone, with or without an account. */
export function EligibilityCheckRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('visa.title'));
  const catalog = useVisaCatalog();

  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('visa.heading')}</PageHeading>
      <Text className="page-lead">{t('visa.lead')}</Text>
      {catalog.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {catalog.isError ? <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} /> : null}
      {catalog.data ? <EligibilityCheck targets={catalog.data.targets} /> : null}
    </Container>
  );
}
