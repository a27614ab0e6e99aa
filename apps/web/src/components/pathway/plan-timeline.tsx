import { Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../match/format';
import type { PathwayPlan } from './api/list-plans';
import { StageDetails } from './stage-details';
import { TimelineChart } from './timeline-chart';
import { placeStages } from './timeline-geometry';
import '../match/common.css';
import './pathway.css';

/**
 * The plan as a timeline: the drawing (stages on a date axis, deadlines, today) and the same stages in
 * words, with the proposed framework as an overlay the reader can switch on.
 */
export function PlanTimeline({ plan }: { plan: PathwayPlan }) {
  const { t, i18n } = useTranslation();
  const [showProposal, setShowProposal] = useState(false);
  const placed = placeStages(plan.stages);
  const locale = i18n.resolvedLanguage ?? 'en';

  return (
    <section className="hd-tl" aria-labelledby="plan-timeline-heading">
      <div className="hd-tl__head">
        <h2 id="plan-timeline-heading" className="section-title section-title--small">
          {t('match.pathway.timeline.heading')}
        </h2>
        <Switch
          checked={showProposal}
          onChange={(event) => setShowProposal(event.currentTarget.checked)}
          label={t('match.pathway.proposal.toggle')}
          description={t('match.pathway.proposal.toggleHint')}
          color="violet"
          className="hd-tl__toggle"
        />
      </div>
      <p className="hd-tl__legend">
        <span className="hd-tl__legend-item">
          <span className="hd-legend-swatch hd-legend-swatch--today" aria-hidden="true" />
          {t('match.pathway.timeline.todayIs', { date: formatDay(plan.evalDate, locale) })}
        </span>
        <span className="hd-tl__legend-item">
          <span className="hd-legend-swatch hd-legend-swatch--deadline" aria-hidden="true" />
          {t('match.pathway.timeline.legendDeadline')}
        </span>
        <span className="hd-tl__legend-item">
          <span className="hd-legend-swatch hd-legend-swatch--risk" aria-hidden="true" />
          {t('match.pathway.timeline.legendRisk')}
        </span>
        {showProposal ? (
          <span className="hd-tl__legend-item">
            <span className="hd-legend-swatch hd-legend-swatch--proposal" aria-hidden="true" />
            {t('match.pathway.proposal.legend')}
          </span>
        ) : null}
      </p>
      <TimelineChart placed={placed} today={plan.evalDate} showProposal={showProposal} />
      <ol className="hd-tl__stages">
        {placed.map((p) => (
          <StageDetails key={p.stage.id} placed={p} showProposal={showProposal} />
        ))}
      </ol>
    </section>
  );
}
