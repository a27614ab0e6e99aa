import { useTranslation } from 'react-i18next';
import { daysLeftText, formatDay } from '../match/format';
import { useLocalized } from '../match/localized-text';
import type { PlannedDeadline } from './timeline-geometry';
import { ToneBadge } from '../match/tone-badge';

/** One deadline in words: what, when, how many days are left, at risk or not, unverified or not. */
export function DeadlineItem({ deadline }: { deadline: PlannedDeadline }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const locale = i18n.resolvedLanguage ?? 'en';
  const past = deadline.daysLeft < 0;
  const riskClass = deadline.atRisk ? (past ? ' hd-deadline--past' : ' hd-deadline--risk') : '';

  return (
    <li className={`hd-deadline${riskClass}`}>
      <span className={`hd-deadline__mark hd-deadline__mark--${deadline.state}${deadline.atRisk ? ' hd-deadline__mark--risk' : ''}`} aria-hidden="true" />
      <div className="hd-deadline__body">
        <span className="hd-deadline__label">{localized(deadline.label)}</span>
        <span className="hd-deadline__meta">
          <time dateTime={deadline.date}>{formatDay(deadline.date, locale)}</time>
          <span className="hd-deadline__days">{daysLeftText(t, deadline.daysLeft)}</span>
          {deadline.atRisk ? (
            <ToneBadge size="sm" tone={past ? 'red' : 'orange'} variant="filled">
              {past ? t('match.pathway.deadline.past') : t('match.pathway.deadline.atRisk')}
            </ToneBadge>
          ) : null}
          {deadline.unverified ? (
            <ToneBadge size="sm" tone="gray" variant="outline" title={t('match.pathway.unverifiedHint')}>
              {t('match.pathway.unverified')}
            </ToneBadge>
          ) : null}
          <span className="hd-rule-id">{deadline.ruleId}</span>
        </span>
      </div>
    </li>
  );
}
