import { Badge, Button, Container, Drawer, Group, Paper, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { useMe } from '../../../lib/auth/get-me';
import { useIsSignedIn } from '../../../lib/auth/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { JobFilters } from '../api/search-jobs';
import { activeFilterCount, filtersFromParams, paramsFromFilters } from '../components/filter-params';
import { JobResults } from '../components/job-results';
import { SearchFilters } from '../components/search-filters';
import '../components/jobs.css';

function KeywordForm({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(q.trim());
  };
  return (
    <form role="search" onSubmit={submit} className="jobs-keyword">
      <TextInput
        type="search"
        label={t('jobs.search.keyword')}
        description={t('jobs.search.keywordHint')}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        maxLength={100}
        enterKeyHint="search"
        className="jobs-keyword__input"
      />
      <Button type="submit" className="jobs-keyword__button">
        {t('jobs.search.submit')}
      </Button>
    </form>
  );
}

/** /jobs: search published postings; the search lives in the address, so it can be shared. */
export function JobSearchRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const signedIn = useIsSignedIn();
  const me = useMe();
  const isCandidate = signedIn && me.data?.role === 'candidate';
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const [drawerOpened, drawer] = useDisclosure(false);
  const key = params.toString();

  const apply = (next: JobFilters) => {
    setParams(paramsFromFilters(next));
    drawer.close();
  };
  const count = activeFilterCount(filters);
  const filtersForm = <SearchFilters key={key} value={filters} onApply={apply} canFilterFeasible={isCandidate} />;

  return (
    <Container size="lg" className="page jobs-page">
      <PageHeading className="page-title">{t('jobs.heading')}</PageHeading>
      <Text className="page-lead">{t('jobs.lead')}</Text>
      <KeywordForm key={`q-${filters.q ?? ''}`} value={filters.q ?? ''} onSearch={(q) => apply({ ...filters, q: q || undefined })} />
      {!wide ? (
        <Group mt="sm" gap="xs">
          <Button variant="default" onClick={drawer.open} aria-haspopup="dialog" rightSection={count ? <Badge size="sm" circle>{count}</Badge> : null}>
            {t('jobs.filters.open')}
          </Button>
          {count ? (
            <Button variant="subtle" onClick={() => apply({ q: filters.q })}>
              {t('jobs.filters.clear')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      <div className="jobs-layout">
        {wide ? (
          <Paper withBorder radius="lg" p="md" className="surface jobs-layout__filters" component="aside" aria-labelledby="jobs-filters-heading">
            <Title order={2} id="jobs-filters-heading" className="section-title section-title--small" mb="sm">
              {t('jobs.filters.heading')}
            </Title>
            {filtersForm}
          </Paper>
        ) : (
          <Drawer opened={drawerOpened} onClose={drawer.close} title={t('jobs.filters.heading')} position="right" size="100%" closeButtonProps={{ 'aria-label': t('jobs.filters.close') }}>
            {filtersForm}
          </Drawer>
        )}
        <section aria-labelledby="jobs-results-heading" className="jobs-layout__results">
          <Title order={2} id="jobs-results-heading" className="visually-hidden-heading">
            {t('jobs.results.heading')}
          </Title>
          <JobResults key={key} filters={filters} onClear={() => apply({})} />
        </section>
      </div>
    </Container>
  );
}
