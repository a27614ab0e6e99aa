import { useTranslation } from 'react-i18next';
import { CheckCircleIcon, CrossCircleIcon } from '../match/match-icons';
import type { PlanItem } from './checklist-types';
import { ToneBadge } from '../match/tone-badge';

/** The adviser's verdict on an item and their note, as the candidate and the adviser both see it. */
export function ReviewStatus({ item }: { item: PlanItem }) {
  const { t } = useTranslation();
  if (item.status !== 'verified' && item.status !== 'rejected') {
    return item.reviewerNote ? (
      <p className="hd-review">
        <span className="hd-review__label">{t('match.pathway.item.adviserNote')}</span> {item.reviewerNote}
      </p>
    ) : null;
  }
  const verified = item.status === 'verified';
  return (
    <div className={`hd-review hd-review--${item.status}`}>
      <ToneBadge tone={verified ? 'teal' : 'red'} variant="light" leftSection={verified ? <CheckCircleIcon /> : <CrossCircleIcon />}>
        {t(`match.pathway.status.${item.status}`)}
      </ToneBadge>
      {item.reviewerNote ? (
        <p className="hd-review__note">
          <span className="hd-review__label">{t('match.pathway.item.adviserNote')}</span> {item.reviewerNote}
        </p>
      ) : null}
    </div>
  );
}
