import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MatchVisa, Viewer } from './match-types';
import { useMatchText } from './use-match-text';
import { VerdictBadge } from './verdict-badge';
import { ToneBadge } from './tone-badge';
import './common.css';
import './match.css';

interface VisaSummaryProps {
  visa: MatchVisa;
  viewer: Viewer;
  /** The posting, so that a plan started from here aims at it. */
  jobId?: string;
}

/**
 * The status-of-residence side of a match: the verdict, the target status with its official name (or
 * "citizen: no visa needed"), and for the candidate a way to start a pathway plan towards it.
 */
export function VisaSummary({ visa, viewer, jobId }: VisaSummaryProps) {
  const { t } = useTranslation();
  const text = useMatchText();

  if (visa.citizen) {
    return (
      <div className="hd-visa-summary">
        <ToneBadge tone="teal" variant="light">
          {t('match.visaBox.citizen')}
        </ToneBadge>
      </div>
    );
  }
  const planLink = viewer === 'candidate' && visa.pathwayId ? `/pathway?pathwayId=${encodeURIComponent(visa.pathwayId)}${jobId ? `&jobId=${encodeURIComponent(jobId)}` : ''}` : null;
  return (
    <div className="hd-visa-summary">
      <VerdictBadge verdict={visa.verdict} size="md" />
      {visa.target ? <span className="hd-visa-summary__target">{t('match.visaBox.target', { target: text.target(visa.target) })}</span> : null}
      {visa.ruleIds.length > 0 ? (
        <span className="hd-visa-summary__rules">
          {visa.ruleIds.map((id) => (
            <span key={id} className="hd-rule-id">
              {id}
            </span>
          ))}
        </span>
      ) : null}
      {planLink ? (
        <Anchor component={Link} to={planLink} size="sm" underline="always" className="hd-visa-summary__link">
          {t('match.visaBox.startPlan')}
        </Anchor>
      ) : null}
      {viewer === 'candidate' ? (
        <Anchor component={Link} to="/visa/check" size="sm" underline="always" className="hd-visa-summary__link">
          {t('match.visaBox.check')}
        </Anchor>
      ) : null}
    </div>
  );
}
