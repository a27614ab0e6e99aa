import { Anchor, Button, Container, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { RoleNotice } from '../../../components/pathway/role-notice';
import { ApiError } from '../../../lib/api/errors';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRecommendedJobs } from '../api/get-recommended-jobs';
import { JobMatchCard } from '../components/job-match-card';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';
import '../components/matches.css';

const PAGE = 20;
const MAX = 50;

/** /matches: postings in Korea and Japan ranked for the candidate, each with its score and why. */
export function RecommendedJobsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('matches.recommended.title'));
  const me = useMe();
  const isCandidate = me.data?.role === 'candidate';

  return (
    <Container size="lg" className="page">
      <PageHeading className="page-title">{t('matches.recommended.heading')}</PageHeading>
      <Text className="page-lead">{t('matches.recommended.lead')}</Text>
      {me.data && !isCandidate ? <RoleNotice forRole="candidate" /> : null}
      {isCandidate ? <Recommendations /> : null}
    </Container>
  );
}

function Recommendations() {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const matches = useRecommendedJobs(limit, true);

  if (matches.isPending) {
    return <LoadingState label={t('matches.recommended.loading')} />;
  }
  if (matches.isError) {
    if (matches.error instanceof ApiError && matches.error.status === 404) {
      return (
        <div className="hd-empty">
          <Text fw={700}>{t('matches.recommended.noProfileTitle')}</Text>
          <Text size="sm">{t('matches.recommended.noProfileBody')}</Text>
          <Anchor component={Link} to="/profile" underline="always">
            {t('matches.recommended.profileLink')}
          </Anchor>
        </div>
      );
    }
    return <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  }
  const { items, considered } = matches.data;
  if (items.length === 0) {
    return (
      <div className="hd-empty">
        <Text fw={700}>{t('matches.recommended.emptyTitle')}</Text>
        <Text size="sm">{t('matches.recommended.emptyBody')}</Text>
        <Anchor component={Link} to="/profile" underline="always">
          {t('matches.recommended.profileLink')}
        </Anchor>
      </div>
    );
  }
  return (
    <>
      <p className="hd-matches__summary" role="status">
        {t('matches.recommended.summary', { shown: items.length, considered })}
      </p>
      <ol className="hd-matches">
        {items.map((match, index) => (
          <JobMatchCard key={match.job.id} match={match} rank={index + 1} initiallyOpen={index === 0} />
        ))}
      </ol>
      {items.length >= limit && limit < MAX ? (
        <Button variant="default" mt="lg" onClick={() => setLimit(MAX)} loading={matches.isFetching}>
          {t('matches.more')}
        </Button>
      ) : null}
    </>
  );
}
