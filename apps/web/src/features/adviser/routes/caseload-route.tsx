import { Container, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/ui/page-heading';
import { RoleNotice } from '../../../components/pathway/role-notice';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCaseload, type CaseloadItem } from '../api/get-caseload';
import { CaseloadCard } from '../components/caseload-card';
import { riskLevel } from '../components/risk-level';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';
import '../components/adviser.css';

type Filter = 'all' | 'attention';

/** The adviser's caseload: consenting candidates, most urgent first, with their risks and plans. */
export function CaseloadRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('adviser.title'));
  const me = useMe();
  const isAdviser = me.data?.role === 'adviser';
  const caseload = useCaseload(isAdviser);

  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('adviser.heading')}</PageHeading>
      <Text className="page-lead">{t('adviser.lead')}</Text>
      {me.data && !isAdviser ? <RoleNotice forRole="adviser" /> : null}
      {isAdviser ? <CaseloadBody query={caseload} /> : null}
    </Container>
  );
}

function CaseloadBody({ query }: { query: ReturnType<typeof useCaseload> }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');

  if (query.isPending) {
    return <LoadingState label={t('adviser.loading')} />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const all = query.data;
  if (all.length === 0) {
    return (
      <div className="hd-empty">
        <Text fw={600}>{t('adviser.emptyTitle')}</Text>
        <Text size="sm">{t('adviser.emptyBody')}</Text>
      </div>
    );
  }
  const attention = all.filter((item: CaseloadItem) => riskLevel(item) !== 'calm');
  const shown = filter === 'all' ? all : attention;

  return (
    <>
      <div className="hd-caseload-bar">
        <p className="hd-caseload-bar__summary" role="status">
          {t('adviser.summary', { total: all.length, attention: attention.length })}
        </p>
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          aria-label={t('adviser.filter.label')}
          data={[
            { value: 'all', label: t('adviser.filter.all', { count: all.length }) },
            { value: 'attention', label: t('adviser.filter.attention', { count: attention.length }) },
          ]}
        />
      </div>
      {shown.length === 0 ? (
        <div className="hd-empty">
          <Text>{t('adviser.noneNeedAttention')}</Text>
        </div>
      ) : (
        <ul className="hd-caseload">
          {shown.map((item) => (
            <CaseloadCard key={item.candidate.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}
