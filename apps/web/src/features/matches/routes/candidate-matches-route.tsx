import { Alert, Anchor, Button, Container, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '../../../components/ui/page-heading';
import { WarningIcon } from '../../../components/match/match-icons';
import { useLocalized } from '../../../components/match/localized-text';
import { RoleNotice } from '../../../components/pathway/role-notice';
import { useMe } from '../../../lib/auth/get-me';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCandidateMatches } from '../api/get-candidate-matches';
import { usePosting } from '../api/get-posting';
import { CandidateMatchCard } from '../components/candidate-match-card';
import { ALERT_INK } from '../../../components/match/tone-badge';
import { ErrorState, LoadingState } from '../../../components/ui/query-state';
import '../../../components/match/common.css';
import '../components/matches.css';

const PAGE = 20;
const MAX = 50;

/** /postings/:id/matches: the consenting candidates ranked for one posting, explained from its side. */
export function CandidateMatchesRoute() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const me = useMe();
  const isEmployer = me.data?.role === 'employer';
  const posting = usePosting(id, isEmployer);
  const title = posting.data ? t('matches.candidates.heading', { job: localized(posting.data.title) }) : t('matches.candidates.title');
  useDocumentTitle(title);

  return (
    <Container size="lg" className="page">
      <Anchor component={Link} to="/postings" className="hd-back-link">
        {t('matches.candidates.back')}
      </Anchor>
      <PageHeading className="page-title">{title}</PageHeading>
      <Text className="page-lead">{t('matches.candidates.lead')}</Text>
      {me.data && !isEmployer ? <RoleNotice forRole="employer" /> : null}
      {isEmployer ? <Candidates jobId={id} /> : null}
    </Container>
  );
}

function Candidates({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const matches = useCandidateMatches(jobId, limit, true);

  if (matches.isPending) {
    return <LoadingState label={t('matches.candidates.loading')} />;
  }
  if (matches.isError) {
    return <ErrorState error={matches.error} onRetry={() => void matches.refetch()} />;
  }
  const { items, considered, organizationVerified } = matches.data;
  return (
    <>
      {!organizationVerified ? (
        <Alert color="orange" variant="light" style={ALERT_INK.orange} icon={<WarningIcon />} title={t('matches.candidates.unverifiedTitle')} mt="lg">
          {t('matches.candidates.unverifiedBody')}
        </Alert>
      ) : null}
      {items.length === 0 ? (
        <div className="hd-empty">
          <Text fw={700}>{t('matches.candidates.emptyTitle')}</Text>
          <Text size="sm">{organizationVerified ? t('matches.candidates.emptyBody') : t('matches.candidates.emptyUnverified')}</Text>
        </div>
      ) : (
        <>
          <p className="hd-matches__summary" role="status">
            {t('matches.candidates.summary', { shown: items.length, considered })}
          </p>
          <ol className="hd-matches">
            {items.map((match, index) => (
              <CandidateMatchCard key={match.candidate.id} match={match} rank={index + 1} initiallyOpen={index === 0} />
            ))}
          </ol>
          {items.length >= limit && limit < MAX ? (
            <Button variant="default" mt="lg" onClick={() => setLimit(MAX)} loading={matches.isFetching}>
              {t('matches.more')}
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}
