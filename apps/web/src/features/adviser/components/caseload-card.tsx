import { countryName } from '../../../lib/format';
import { Anchor, Button, Collapse } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysLeftText, formatDay } from '../../../components/match/format';
import { CalendarIcon, WarningIcon } from '../../../components/match/match-icons';
import { useLocalized, type LocalizedText } from '../../../components/match/localized-text';
import { useStatusName } from '../../../components/match/status-name';
import type { CaseloadItem } from '../api/get-caseload';
import { CandidatePlans } from './candidate-plans';
import { RISK_COLOR, riskLevel } from './risk-level';
import { ToneBadge } from '../../../components/match/tone-badge';


/** One consenting candidate: risk, status and its expiry, the next deadline, plans and profile. */
export function CaseloadCard({ item }: { item: CaseloadItem }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const statusName = useStatusName();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [open, setOpen] = useState(false);
  const { candidate } = item;
  const name = candidate.displayName ?? t('adviser.unnamed');
  const level = riskLevel(item);
  const plansId = `plans-${candidate.id}`;
  const nationality = candidate.nationality ? countryName(candidate.nationality, locale) : null;

  return (
    <li className={`hd-case hd-case--${level}`}>
      <div className="hd-case__head">
        <h2 className="hd-case__name">{name}</h2>
        <ToneBadge tone={RISK_COLOR[level]} variant={level === 'urgent' ? 'filled' : 'light'} leftSection={level === 'calm' ? undefined : <WarningIcon />}>
          {t(`adviser.risk.${level}`)}
        </ToneBadge>
      </div>
      <dl className="hd-case__facts">
        <div>
          <dt>{t('adviser.facts.status')}</dt>
          <dd>{statusName(candidate.currentStatus)}</dd>
        </div>
        <div>
          <dt>{t('adviser.facts.expiry')}</dt>
          <dd>
            {candidate.statusExpiresAt ? (
              <>
                {formatDay(candidate.statusExpiresAt, locale)}
                {item.daysToStatusExpiry !== null ? <span className="hd-case__days"> ({daysLeftText(t, item.daysToStatusExpiry)})</span> : null}
              </>
            ) : (
              t('adviser.facts.unknown')
            )}
          </dd>
        </div>
        {nationality ? (
          <div>
            <dt>{t('adviser.facts.nationality')}</dt>
            <dd>{nationality}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('adviser.facts.atRisk')}</dt>
          <dd>{t('adviser.facts.atRiskCount', { count: item.atRiskCount })}</dd>
        </div>
      </dl>
      {item.nextDeadline ? (
        <p className={`hd-case__next${item.nextDeadline.daysLeft <= 30 ? ' hd-case__next--risk' : ''}`}>
          <CalendarIcon />
          <span>
            <strong>{t('adviser.nextDeadline')}</strong> {localized(item.nextDeadline.label as LocalizedText)} —{' '}
            <time dateTime={item.nextDeadline.date}>{formatDay(item.nextDeadline.date, locale)}</time> ({daysLeftText(t, item.nextDeadline.daysLeft)})
          </span>
        </p>
      ) : null}
      <div className="hd-case__actions">
        <Button size="xs" variant="light" onClick={() => setOpen((value) => !value)} aria-expanded={open} aria-controls={plansId} disabled={item.plans === 0}>
          {item.plans === 0 ? t('adviser.plans.none') : open ? t('adviser.plans.hide', { count: item.plans }) : t('adviser.plans.show', { count: item.plans })}
        </Button>
        <Anchor underline="always" component={Link} to={`/candidates/${candidate.id}`} size="sm">
          {t('adviser.profileLink', { name })}
        </Anchor>
      </div>
      <Collapse expanded={open}>
        <div id={plansId} className="hd-case__plans-box">
          {open ? <CandidatePlans candidateId={candidate.id} name={name} /> : null}
        </div>
      </Collapse>
    </li>
  );
}
