import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../match/format';
import { WarningIcon } from '../match/match-icons';
import { useLocalized } from '../match/localized-text';
import { useStatusName } from '../match/status-name';
import { DeadlineItem } from './deadline-item';
import { ProposalCard } from './proposal-card';
import type { PlacedStage } from './timeline-geometry';
import { ToneBadge } from '../match/tone-badge';
import { ALERT_INK } from '../match/tone-badge';

/** Human words for the plan inputs a stage lacks (`graduationDate`, `stageStarts.<stage>` …). */
function useMissingInputName(): (input: string) => string {
  const { t } = useTranslation();
  return (input) => {
    if (input.startsWith('stageStarts.')) return t('match.pathway.inputs.stageStart');
    switch (input) {
      case 'graduationDate':
        return t('match.pathway.inputs.graduationDate');
      case 'jobStartDate':
        return t('match.pathway.inputs.jobStartDate');
      case 'statusExpiresAt':
        return t('match.pathway.inputs.statusExpiresAt');
      case 'startDate':
        return t('match.pathway.inputs.startDate');
      default:
        return input;
    }
  };
}

/** One stage of the plan in words, as an item of the timeline's ordered list. */
export function StageDetails({ placed, showProposal }: { placed: PlacedStage; showProposal: boolean }) {
  const { t, i18n } = useTranslation();
  const localized = useLocalized();
  const statusName = useStatusName();
  const missingName = useMissingInputName();
  const locale = i18n.resolvedLanguage ?? 'en';
  const { stage } = placed;

  let dates: string;
  if (stage.startDate && stage.endDate) {
    dates = t('match.pathway.timeline.range', { from: formatDay(stage.startDate, locale), to: formatDay(stage.endDate, locale) });
  } else if (stage.startDate) {
    dates = t('match.pathway.timeline.from', { from: formatDay(stage.startDate, locale) });
  } else {
    dates = t('match.pathway.timeline.noDates');
  }

  return (
    <li className={`hd-stage hd-tl-phase--${placed.phase}`} id={`stage-${stage.id}`} tabIndex={-1}>
      <div className="hd-stage__head">
        <span className="hd-stage__number" aria-hidden="true">
          {placed.number}
        </span>
        <div className="hd-stage__titles">
          <h3 className="hd-stage__title">{localized(stage.label)}</h3>
          <p className="hd-stage__status">{statusName(stage.status)}</p>
        </div>
        <div className="hd-stage__badges">
          {stage.optional ? (
            <ToneBadge size="sm" variant="outline" tone="gray">
              {t('match.pathway.optional')}
            </ToneBadge>
          ) : null}
          {stage.needsReview ? (
            <ToneBadge size="sm" variant="filled" tone="orange" leftSection={<WarningIcon />}>
              {t('match.pathway.needsReview')}
            </ToneBadge>
          ) : null}
        </div>
      </div>
      <p className="hd-stage__dates">{dates}</p>
      {stage.missingInputs.length > 0 ? (
        <p className="hd-stage__missing">
          {t('match.pathway.timeline.missingInputs', { inputs: [...new Set(stage.missingInputs.map(missingName))].join(t('match.listSeparator')) })}
        </p>
      ) : null}
      {stage.needsReview ? (
        <Alert color="orange" variant="light" style={ALERT_INK.orange} icon={<WarningIcon />} title={t('match.pathway.needsReviewTitle')} className="hd-stage__review">
          {localized(stage.needsReview)}
        </Alert>
      ) : null}
      {stage.deadlines.length > 0 ? (
        <ul className="hd-deadlines" aria-label={t('match.pathway.deadline.listLabel', { stage: localized(stage.label) })}>
          {stage.deadlines.map((deadline) => (
            <DeadlineItem key={deadline.id} deadline={deadline} />
          ))}
        </ul>
      ) : null}
      {showProposal ? <ProposalCard proposal={stage.proposal} headingLevel={4} compact /> : null}
    </li>
  );
}
