import type { Schemas } from '@hashidari/contracts';
import { Anchor, Collapse } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentIcon, StepIcon } from '../match/match-icons';
import '../match/common.css';
import './pathway.css';
import { ToneBadge, type Tone } from '../match/tone-badge';

type ChecklistEntry = Pick<Schemas['ChecklistItemDto'], 'provider' | 'kind' | 'ruleId' | 'source' | 'unverified'>;

/** Who provides the document or step, its rule id, "unverified" when so, and its source on demand. */
export function ChecklistItemMeta({ item }: { item: ChecklistEntry }) {
  const { t } = useTranslation();
  const [sourceOpen, setSourceOpen] = useState(false);
  const sourceId = useId();

  return (
    <div className="hd-item-meta">
      <span className="hd-item-meta__row">
        <ToneBadge size="sm" variant="light" tone={PROVIDER_COLOR[item.provider]} leftSection={item.kind === 'document' ? <DocumentIcon /> : <StepIcon />}>
          {t(`match.pathway.provider.${item.provider}`)}
        </ToneBadge>
        <span className="hd-item-meta__kind">{t(`match.pathway.kind.${item.kind}`)}</span>
        {item.unverified ? (
          <ToneBadge size="sm" variant="outline" tone="gray" title={t('match.pathway.unverifiedHint')}>
            {t('match.pathway.unverified')}
          </ToneBadge>
        ) : null}
        <span className="hd-rule-id">{item.ruleId}</span>
        <Anchor component="button" type="button" size="sm" aria-expanded={sourceOpen} aria-controls={sourceId} onClick={() => setSourceOpen((open) => !open)}>
          {sourceOpen ? t('match.pathway.hideSource') : t('match.pathway.showSource')}
        </Anchor>
      </span>
      <Collapse expanded={sourceOpen}>
        <p id={sourceId} className="hd-source">
          {item.source}
        </p>
      </Collapse>
    </div>
  );
}

export const PROVIDER_COLOR: Record<ChecklistEntry['provider'], Tone> = {
  candidate: 'blue',
  employer: 'grape',
  school: 'teal',
  adviser: 'gray',
};
