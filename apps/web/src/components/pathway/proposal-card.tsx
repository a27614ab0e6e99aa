import type { Schemas } from '@hashidari/contracts';
import { Anchor, Collapse, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LightbulbIcon } from '../match/match-icons';
import { useLocalized } from '../match/localized-text';

export type ProposalScenario = Schemas['ProposalScenarioDto'];

interface ProposalCardProps {
  proposal: ProposalScenario;
  /** Heading level inside the page's outline. */
  headingLevel?: 2 | 3 | 4;
  /** A short card (label, what would change) with the rest on demand. */
  compact?: boolean;
}

/**
 * The proposed Japan–Korea framework at this step: a scenario beside the current rules, never a verdict.
 * Dashed, violet and labelled 提案段階の制度（未施行） so that it cannot be taken for an answer.
 */
export function ProposalCard({ proposal, headingLevel = 3, compact = false }: ProposalCardProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [open, setOpen] = useState(!compact);
  const Heading = `h${headingLevel}` as const;

  return (
    <aside className="hd-proposal" aria-label={localized(proposal.label)}>
      <p className="hd-proposal__tag">
        <LightbulbIcon />
        <span>{localized(proposal.label)}</span>
      </p>
      <Heading className="hd-proposal__title">{t('match.pathway.proposal.title', { subject: localized(proposal.subject) })}</Heading>
      <Text size="sm" className="hd-proposal__text">
        {localized(proposal.underTheProposal)}
      </Text>
      {compact ? (
        <Anchor component="button" type="button" size="sm" onClick={() => setOpen((value) => !value)} aria-expanded={open}>
          {open ? t('match.pathway.proposal.less') : t('match.pathway.proposal.more')}
        </Anchor>
      ) : null}
      <Collapse expanded={open}>
        <div className="hd-proposal__more">
          <Text size="sm">{localized(proposal.summary)}</Text>
          {proposal.personNote ? <Text size="sm">{localized(proposal.personNote)}</Text> : null}
          {proposal.relatedMeasures.length > 0 ? (
            <>
              <p className="hd-proposal__subhead">{t('match.pathway.proposal.related')}</p>
              <ul className="hd-proposal__list">
                {proposal.relatedMeasures.map((measure) => (
                  <li key={measure.ref}>
                    {localized(measure.label)} <span className="hd-rule-id">{measure.ref}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="hd-proposal__subhead">{t('match.pathway.proposal.sources')}</p>
          <ul className="hd-proposal__list hd-proposal__list--sources">
            {proposal.sources.map((source) => (
              <li key={source}>{source}</li>
            ))}
          </ul>
        </div>
      </Collapse>
      <Text size="sm" fw={600} className="hd-proposal__disclaimer">
        {localized(proposal.disclaimer)}
      </Text>
    </aside>
  );
}
