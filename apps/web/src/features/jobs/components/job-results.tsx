import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api/errors';
import { useJobSearch, type JobFilters } from '../api/search-jobs';
import { JobCard } from './job-card';

function LoadingCards() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('jobs.results.loading')}>
      <Stack gap="md">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} height={170} radius="lg" />
        ))}
      </Stack>
    </div>
  );
}

/** The results of a search: cards, "load more" with the cursor, and the loading, empty and error states. */
export function JobResults({ filters, onClear }: { filters: JobFilters; onClear: () => void }) {
  const { t } = useTranslation();
  const search = useJobSearch(filters);
  const jobs = search.data?.pages.flatMap((page) => page.items) ?? [];

  if (search.isPending) return <LoadingCards />;
  if (search.isError && !search.data) {
    const feasibleRefused = search.error instanceof ApiError && search.error.details.some((detail) => detail.path === 'feasible');
    return (
      <Stack gap="md" align="flex-start">
        {feasibleRefused ? (
          <Alert variant="light" color="orange" role="alert">
            {t('jobs.results.feasibleNeedsStatus')}
          </Alert>
        ) : (
          <ErrorAlert error={search.error} />
        )}
        <Button variant="default" onClick={() => void search.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text role="status" aria-live="polite" size="sm" fw={600}>
        {jobs.length === 0
          ? t('jobs.results.none')
          : search.hasNextPage
            ? t('jobs.results.shownMore', { n: jobs.length })
            : t('jobs.results.shown', { n: jobs.length })}
      </Text>
      {jobs.length === 0 ? (
        <Alert variant="light" color="gray" title={t('jobs.results.emptyTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('jobs.results.emptyBody')}</Text>
            <Button variant="default" size="xs" onClick={onClear}>
              {t('jobs.filters.clearAll')}
            </Button>
          </Stack>
        </Alert>
      ) : (
        <ul className="jobs-list">
          {jobs.map((job) => (
            <li key={job.id}>
              <JobCard job={job} />
            </li>
          ))}
        </ul>
      )}
      {search.isFetchNextPageError ? <ErrorAlert error={search.error} /> : null}
      {search.hasNextPage ? (
        <Button variant="default" onClick={() => void search.fetchNextPage()} loading={search.isFetchingNextPage} className="jobs-more">
          {t('jobs.results.loadMore')}
        </Button>
      ) : null}
    </Stack>
  );
}
