import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatMonth } from '../match/format';
import { useLocalized } from '../match/localized-text';
import { axisTicks, buildAxis, position, type Axis, type PlacedStage, type Tick } from './timeline-geometry';

interface TimelineChartProps {
  placed: readonly PlacedStage[];
  today: string;
  showProposal: boolean;
}

type PositionStyle = CSSProperties & Record<'--pos' | '--size', string>;

function at(pos: number, size = 0): PositionStyle {
  return { '--pos': `${pos}%`, '--size': `${size}%` };
}

/** On phones the axis runs down the page: about 9 px a month, within what a screen can take in. */
function chartHeight(axis: Axis): number {
  const months = (Date.parse(axis.to) - Date.parse(axis.from)) / (30.44 * 86_400_000);
  return Math.round(Math.min(860, Math.max(380, months * 9)));
}

function tickLabel(tick: Tick, locale: string): string {
  return tick.major ? tick.date.slice(0, 4) : formatMonth(tick.date, locale).replace(/^\d{4}\D*/, '');
}

/**
 * The drawing of the plan: one lane per stage on a shared date axis (rows on wide screens, columns on
 * phones), deadlines as markers, and a line for today. It is an image to screen readers; the stage list
 * below it says the same in words.
 */
export function TimelineChart({ placed, today, showProposal }: TimelineChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const axis: Axis = buildAxis(placed, today);
  const ticks = axisTicks(axis);
  const todayPos = position(today, axis);
  const summary = t('match.pathway.timeline.chartLabel', {
    from: formatMonth(axis.from, locale),
    to: formatMonth(axis.to, locale),
    count: placed.length,
    today: formatDay(today, locale),
  });

  return (
    <div
      className={`hd-tl-chart${showProposal ? ' hd-tl-chart--proposal' : ''}`}
      role="img"
      aria-label={summary}
      style={{ '--chart-h': `${chartHeight(axis)}px` } as CSSProperties}
    >
      <div className="hd-tl-chart__axis">
        {ticks.map((tick) => (
          <span
            key={tick.date}
            className={[
              'hd-tl-chart__tick',
              tick.major ? 'hd-tl-chart__tick--major' : '',
              Math.abs(position(tick.date, axis) - todayPos) < 4 ? 'hd-tl-chart__tick--near-today' : '',
            ].join(' ')}
            style={at(position(tick.date, axis))}
          >
            {tickLabel(tick, locale)}
          </span>
        ))}
        <span className="hd-tl-chart__today-label" style={at(todayPos)}>
          {t('match.pathway.timeline.today')}
        </span>
      </div>
      <div className="hd-tl-chart__lanes">
        {placed.map((p) => (
          <Lane key={p.stage.id} placed={p} axis={axis} ticks={ticks} todayPos={todayPos} showProposal={showProposal} />
        ))}
      </div>
    </div>
  );
}

interface LaneProps {
  placed: PlacedStage;
  axis: Axis;
  ticks: readonly Tick[];
  todayPos: number;
  showProposal: boolean;
}

function Lane({ placed, axis, ticks, todayPos, showProposal }: LaneProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { stage } = placed;
  const start = placed.start ? position(placed.start, axis) : 0;
  const end = placed.end ? position(placed.end, axis) : 0;
  const size = Math.max(end - start, 0.6);
  const review = Boolean(stage.needsReview);

  return (
    <div className={`hd-tl-chart__lane hd-tl-phase--${placed.phase}`}>
      <div className="hd-tl-chart__lane-label">
        <span className="hd-tl-chart__number">{placed.number}</span>
        <span className="hd-tl-chart__lane-text">{localized(stage.label)}</span>
        {review ? <span className="hd-tl-chart__review">{t('match.pathway.needsReview')}</span> : null}
      </div>
      <div className="hd-tl-chart__track">
        {ticks.map((tick) => (
          <span key={tick.date} className={`hd-tl-chart__grid${tick.major ? ' hd-tl-chart__grid--major' : ''}`} style={at(position(tick.date, axis))} />
        ))}
        {placed.start ? (
          <>
            {showProposal ? (
              <span className="hd-tl-chart__proposal" style={at(start, size)}>
                <span className="hd-tl-chart__proposal-text">{t('match.pathway.proposal.short')}</span>
              </span>
            ) : null}
            <span
              className={[
                'hd-tl-chart__bar',
                placed.openEnd ? 'hd-tl-chart__bar--open' : '',
                stage.optional ? 'hd-tl-chart__bar--optional' : '',
                review ? 'hd-tl-chart__bar--review' : '',
              ].join(' ')}
              style={at(start, size)}
            />
          </>
        ) : (
          <span className="hd-tl-chart__undated">{t('match.pathway.timeline.undated')}</span>
        )}
        {stage.deadlines.map((deadline) => (
          <span
            key={deadline.id}
            className={[
              'hd-tl-chart__marker',
              `hd-tl-chart__marker--${deadline.state}`,
              deadline.atRisk ? 'hd-tl-chart__marker--risk' : '',
              deadline.unverified ? 'hd-tl-chart__marker--unverified' : '',
            ].join(' ')}
            style={at(position(deadline.date, axis))}
          />
        ))}
        <span className="hd-tl-chart__today" style={at(todayPos)} />
      </div>
    </div>
  );
}
