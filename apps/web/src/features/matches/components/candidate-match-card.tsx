import { countryName } from '../../../lib/format';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSkillName } from '../../../components/match/api/get-skills';
import { ScoreMeter } from '../../../components/match/score-meter';
import { useStatusName } from '../../../components/match/status-name';
import { VisaSummary } from '../../../components/match/visa-summary';
import type { CandidateMatch } from '../api/get-candidate-matches';
import { MatchWhy } from './match-why';


/** One ranked candidate for the employer: who, the score, the visa route, and the reasons from the job's side. */
export function CandidateMatchCard({ match, rank, initiallyOpen }: { match: CandidateMatch; rank: number; initiallyOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const statusName = useStatusName();
  const skillName = useSkillName();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { candidate } = match;
  const name = candidate.displayName ?? t('matches.candidates.unnamed');
  const education = candidate.highestEducation ? t(`match.values.education.${candidate.highestEducation as 'bachelor'}`) : null;

  return (
    <li className="hd-jobmatch">
      <div className="hd-jobmatch__main">
        <div className="hd-jobmatch__info">
          <p className="hd-jobmatch__rank">{t('matches.rank', { rank })}</p>
          <h2 className="hd-jobmatch__title">
            <Anchor component={Link} to={`/candidates/${candidate.id}`}>
              {name}
            </Anchor>
          </h2>
          <ul className="hd-jobmatch__facts">
            {candidate.nationality ? <li>{t('matches.candidates.nationality', { country: countryName(candidate.nationality, locale) })}</li> : null}
            <li>{statusName(candidate.currentStatus)}</li>
            {education ? <li>{t('matches.candidates.education', { level: education })}</li> : null}
          </ul>
          {candidate.skills.length > 0 ? (
            <p className="hd-jobmatch__skills">
              <span className="hd-jobmatch__skills-label">{t('match.why.skillsLegend')}</span> {candidate.skills.map(skillName).join(t('match.listSeparator'))}
            </p>
          ) : null}
        </div>
        <div className="hd-jobmatch__score">
          <ScoreMeter score={match.score} candidateSide={match.candidateSide} employerSide={match.employerSide} />
        </div>
      </div>
      <VisaSummary visa={match.visa} viewer="employer" />
      <MatchWhy explanation={match.explanation} viewer="employer" itemName={name} initiallyOpen={initiallyOpen} />
    </li>
  );
}
