import { Button, Container, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { useVisaCatalog } from '../../../components/pathway/api/get-visa-catalog';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { EligibilityCheck } from '../components/eligibility-check';
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
      {catalog.isPending ? (
        <div className="loading" role="status">
          <Loader size="sm" aria-hidden="true" />
          <span>{t('common.loading')}</span>
        </div>
      ) : null}
      {catalog.isError ? (
        <div className="hd-state">
          <ErrorAlert error={catalog.error} />
          <Button variant="default" onClick={() => void catalog.refetch()}>
            {t('common.retry')}
          </Button>
        </div>
      ) : null}
      {catalog.data ? <EligibilityCheck targets={catalog.data.targets} /> : null}
    </Container>
  );
}
