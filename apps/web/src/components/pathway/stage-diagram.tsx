import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowIcon } from '../ui/icons';
import { useLocalized, type LocalizedText } from '../match/localized-text';
import { stagePhase } from './timeline-geometry';
import './pathway.css';

export interface DiagramStage {
  id: string;
  target: string;
  label: LocalizedText;
  optional: boolean;
}

/**
 * A pathway template drawn as its stages in a row (留学 → 特定活動（継続就職活動） → 技術・人文知識・国際業務),
 * optional stages dashed. Read as an ordered list.
 */
export function StageDiagram({ stages, label }: { stages: readonly DiagramStage[]; label?: string }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <ol className="hd-diagram" aria-label={label}>
      {stages.map((stage, index) => (
        <Fragment key={stage.id}>
          {index > 0 ? (
            <li className="hd-diagram__arrow" aria-hidden="true">
              <ArrowIcon />
            </li>
          ) : null}
          <li className={`hd-diagram__stage hd-tl-phase--${stagePhase(stage)}${stage.optional ? ' hd-diagram__stage--optional' : ''}`}>
            <span>{localized(stage.label)}</span>
            {stage.optional ? <span className="hd-diagram__optional">{t('match.pathway.optional')}</span> : null}
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
