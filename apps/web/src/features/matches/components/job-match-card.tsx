import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { textLanguage, useLocalized } from '../../../components/match/localized-text';
import { ScoreMeter } from '../../../components/match/score-meter';
import { VisaSummary } from '../../../components/match/visa-summary';
import type { JobMatch } from '../api/get-recommended-jobs';
import { JobFacts } from './job-facts';
import { MatchWhy } from './match-why';

/** One recommended posting: what it is, how well it fits (a meter), the visa route, and why on demand. */
export function JobMatchCard({ match, rank, initiallyOpen }: { match: JobMatch; rank: number; initiallyOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const titleLanguage = textLanguage(match.job.title, i18n.resolvedLanguage ?? 'en');
  const title = localized(match.job.title);

  return (
    <li className="hd-jobmatch">
      <div className="hd-jobmatch__main">
        <div className="hd-jobmatch__info">
          <p className="hd-jobmatch__rank">{t('matches.rank', { rank })}</p>
          <h2 className="hd-jobmatch__title">
            <Anchor component={Link} to={`/jobs/${match.job.id}`} lang={titleLanguage}>
              {title}
            </Anchor>
          </h2>
          <JobFacts job={match.job} />
        </div>
        <div className="hd-jobmatch__score">
          <ScoreMeter score={match.score} candidateSide={match.candidateSide} employerSide={match.employerSide} />
        </div>
      </div>
      <VisaSummary visa={match.visa} viewer="candidate" jobId={match.job.id} />
      <MatchWhy explanation={match.explanation} viewer="candidate" itemName={title} initiallyOpen={initiallyOpen} />
    </li>
  );
}
