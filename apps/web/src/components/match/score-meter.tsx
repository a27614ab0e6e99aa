import { useTranslation } from 'react-i18next';
import './match.css';

interface ScoreMeterProps {
  score: number;
  candidateSide?: number;
  employerSide?: number;
  /** Label the two sides from the candidate's or the employer's point of view. */
  size?: 'md' | 'lg';
}

const percent = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100);

/** The match score as a meter (マッチ度 86%), with the two sides it fuses as thin bars. */
export function ScoreMeter({ score, candidateSide, employerSide, size = 'md' }: ScoreMeterProps) {
  const { t } = useTranslation();
  const value = percent(score);
  const band = value >= 75 ? 'high' : value >= 50 ? 'mid' : 'low';
  return (
    <div className={`hd-score hd-score--${size} hd-score--${band}`}>
      <div className="hd-score__main" role="meter" aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={t('match.score.meter', { percent: value })} aria-label={t('match.score.label')}>
        <span className="hd-score__label" aria-hidden="true">
          {t('match.score.label')}
        </span>
        <span className="hd-score__value" aria-hidden="true">
          {t('match.score.value', { percent: value })}
        </span>
        <span className="hd-score__track" aria-hidden="true">
          <span className="hd-score__fill" style={{ width: `${value}%` }} />
        </span>
      </div>
      {candidateSide !== undefined && employerSide !== undefined ? (
        <dl className="hd-score__sides">
          <div>
            <dt>{t('match.score.candidateSide')}</dt>
            <dd>
              <span className="hd-score__mini" aria-hidden="true">
                <span style={{ width: `${percent(candidateSide)}%` }} />
              </span>
              {t('match.score.value', { percent: percent(candidateSide) })}
            </dd>
          </div>
          <div>
            <dt>{t('match.score.employerSide')}</dt>
            <dd>
              <span className="hd-score__mini" aria-hidden="true">
                <span style={{ width: `${percent(employerSide)}%` }} />
              </span>
              {t('match.score.value', { percent: percent(employerSide) })}
            </dd>
          </div>
        </dl>
      ) : null}
    </div>
  );
}
