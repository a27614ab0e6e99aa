import type { Schemas } from '@hashidari/contracts';
import { Anchor, Collapse } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircleIcon, CrossCircleIcon, QuestionCircleIcon } from '../../../components/match/match-icons';
import { useLocalized } from '../../../components/match/localized-text';
import type { Fact } from './facts';
import { factsOf, humanizeMessage, useFactName } from './missing-facts';
import { ToneBadge } from '../../../components/match/tone-badge';

type Reason = Schemas['ReasonDto'];
type Outcome = Reason['outcome'];

const OUTCOME_ORDER: Outcome[] = ['fail', 'unknown', 'pass'];
const OUTCOME_ICON = { pass: CheckCircleIcon, fail: CrossCircleIcon, unknown: QuestionCircleIcon } as const;

interface ReasonListProps {
  reasons: readonly Reason[];
  onGoToFact: (fact: Fact) => void;
}

/** Every reason, grouped by outcome (not met, to confirm, met), each with its rule id and source. */
export function ReasonList({ reasons, onGoToFact }: ReasonListProps) {
  const { t } = useTranslation();
  return (
    <section className="hd-reasons" aria-labelledby="reasons-heading">
      <h3 id="reasons-heading" className="hd-result__subhead">
        {t('visa.result.reasonsHeading')}
      </h3>
      {OUTCOME_ORDER.map((outcome) => {
        const group = reasons.filter((reason) => reason.outcome === outcome);
        if (group.length === 0) return null;
        return (
          <div key={outcome} className="hd-reasons__group">
            <h4 className={`hd-reasons__group-title hd-outcome--${outcome}`}>{t(`visa.result.groups.${outcome}`, { count: group.length })}</h4>
            <ul className="hd-reasons__list">
              {group.map((reason, index) => (
                <ReasonItem key={`${reason.ruleId}-${index}`} reason={reason} onGoToFact={onGoToFact} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ReasonItem({ reason, onGoToFact }: { reason: Reason; onGoToFact: (fact: Fact) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const factName = useFactName();
  const [open, setOpen] = useState(false);
  const sourceId = useId();
  const Icon = OUTCOME_ICON[reason.outcome];
  const missing = factsOf(reason.missing ?? []);

  return (
    <li className={`hd-reason hd-outcome--${reason.outcome}`}>
      <Icon className="hd-reason__icon" />
      <div className="hd-reason__body">
        <p className="hd-reason__head">
          <span className="hd-reason__outcome">{t(`visa.result.outcome.${reason.outcome}`)}</span>
          <span className="hd-rule-id">{reason.ruleId}</span>
          {reason.unverified ? (
            <ToneBadge size="sm" variant="outline" tone="gray" title={t('match.pathway.unverifiedHint')}>
              {t('match.pathway.unverified')}
            </ToneBadge>
          ) : null}
        </p>
        <p className="hd-reason__message">{humanizeMessage(localized(reason.message), reason.missing ?? [], factName)}</p>
        {missing.length > 0 ? (
          <p className="hd-reason__missing">
            <span>{t('visa.result.missingLabel')}</span>{' '}
            {missing.map((fact, index) => (
              <span key={fact}>
                {index > 0 ? t('match.listSeparator') : null}
                <Anchor component="button" type="button" onClick={() => onGoToFact(fact)} className="hd-reason__fact">
                  {factName(fact)}
                </Anchor>
              </span>
            ))}
          </p>
        ) : null}
        <Anchor component="button" type="button" size="sm" aria-expanded={open} aria-controls={sourceId} onClick={() => setOpen((value) => !value)}>
          {open ? t('match.pathway.hideSource') : t('match.pathway.showSource')}
        </Anchor>
        <Collapse expanded={open}>
          <p id={sourceId} className="hd-source">
            {reason.source}
          </p>
        </Collapse>
      </div>
    </li>
  );
}
