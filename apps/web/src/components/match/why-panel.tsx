import { useTranslation } from 'react-i18next';
import type { ExplanationItem, Viewer } from './match-types';
import { SkillChips } from './skill-chips';
import { useMatchText } from './use-match-text';
import './match.css';

const SIDES = ['employer', 'candidate', 'both'] as const;

/**
 * Why a match scores as it does, factor by factor, grouped by whose conditions each factor is about
 * (the job's requirements, the candidate's wishes, both), each with its own fit as a small bar.
 */
export function WhyPanel({ explanation, viewer, headingLevel = 3 }: { explanation: readonly ExplanationItem[]; viewer: Viewer; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const text = useMatchText();
  const Heading = `h${headingLevel}` as const;
  const sideKey = viewer === 'candidate' ? 'sideCandidate' : 'sideEmployer';

  return (
    <div className="hd-why">
      {SIDES.map((side) => {
        const items = explanation.filter((item) => item.side === side);
        if (items.length === 0) return null;
        return (
          <section key={side} className="hd-why__side" aria-label={t(`match.why.${sideKey}.${side}`)}>
            <Heading className="hd-why__side-title">{t(`match.why.${sideKey}.${side}`)}</Heading>
            <ul className="hd-why__list">
              {items.map((item) => (
                <li key={item.factor} className={`hd-why__item hd-why__item--${item.score >= 0.75 ? 'good' : item.score >= 0.5 ? 'fair' : 'weak'}`}>
                  <div className="hd-why__head">
                    <span className="hd-why__factor">{t(`match.factor.${item.factor}`)}</span>
                    <span className="hd-why__bar" aria-hidden="true">
                      <span style={{ width: `${Math.round(item.score * 100)}%` }} />
                    </span>
                    <span className="hd-why__score">{t('match.score.factorScore', { percent: Math.round(item.score * 100) })}</span>
                  </div>
                  <p className="hd-why__text">{text.explain(item, viewer)}</p>
                  {item.factor === 'skills' ? <SkillChips params={item.params} /> : null}
                  {item.factor === 'visa'
                    ? text.warnings(item).map((warning) => (
                        <p key={warning} className="hd-why__warning">
                          {warning}
                        </p>
                      ))
                    : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
