import { Progress } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../match/localized-text';
import { useStatusName } from '../match/status-name';
import { AdviserItem } from './adviser-item';
import type { PathwayPlan } from './api/list-plans';
import { CandidateItem } from './candidate-item';
import type { ChecklistMode, PlanItem } from './checklist-types';

/** The checklist of a plan, stage by stage, for the candidate (tick, note) or the adviser (verify, reject). */
export function PlanChecklist({ plan, mode }: { plan: PathwayPlan; mode: ChecklistMode }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const statusName = useStatusName();
  const [notice, setNotice] = useState('');

  const groups = plan.stages
    .map((stage) => ({ stage, items: plan.items.filter((item) => item.stageId === stage.id) }))
    .filter((group) => group.items.length > 0);

  return (
    <section className="hd-checklist" aria-labelledby="plan-checklist-heading">
      <h2 id="plan-checklist-heading" className="section-title section-title--small">
        {t('match.pathway.checklist.heading')}
      </h2>
      <p className="section-lead">{mode === 'candidate' ? t('match.pathway.checklist.leadCandidate') : t('match.pathway.checklist.leadAdviser')}</p>
      <p className="visually-hidden-live" role="status" aria-live="polite">
        {notice}
      </p>
      {groups.length === 0 ? <p>{t('match.pathway.checklist.empty')}</p> : null}
      {groups.map(({ stage, items }) => (
        <section key={stage.id} className="hd-checklist__stage" aria-labelledby={`checklist-${stage.id}`}>
          <div className="hd-checklist__stage-head">
            <h3 id={`checklist-${stage.id}`} className="hd-checklist__stage-title">
              {localized(stage.label)}
              <span className="hd-checklist__stage-status">{statusName(stage.status)}</span>
            </h3>
            <StageProgress items={items} />
          </div>
          <ul className="hd-checklist__items">
            {items.map((item) =>
              mode === 'candidate' ? (
                <CandidateItem key={item.itemId} planId={plan.id} item={item} announce={setNotice} />
              ) : (
                <AdviserItem key={item.itemId} planId={plan.id} item={item} announce={setNotice} />
              ),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}

function StageProgress({ items }: { items: readonly PlanItem[] }) {
  const { t } = useTranslation();
  const done = items.filter((item) => item.status === 'done' || item.status === 'verified').length;
  const verified = items.filter((item) => item.status === 'verified').length;
  const label = t('match.pathway.checklist.progress', { done, total: items.length, verified });
  return (
    <div className="hd-checklist__progress">
      <span>{label}</span>
      <Progress.Root size="sm" aria-hidden="true" className="hd-checklist__bar">
        <Progress.Section value={(verified / items.length) * 100} color="teal" />
        <Progress.Section value={((done - verified) / items.length) * 100} color="blue" />
      </Progress.Root>
    </div>
  );
}
