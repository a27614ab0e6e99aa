import { VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Application } from '../api/list-my-applications';
import { PIPELINE, stageReached, statusName } from './statuses';

type StepState = 'done' | 'current' | 'upcoming' | 'ended';

/**
 * The application's place along submitted → screening → interview → offer → hired, drawn as steps.
 * A rejected or withdrawn application shows where it stopped.
 */
export function StatusProgress({ application, labelledBy }: { application: Application; labelledBy: string }) {
  const { t } = useTranslation();
  const reached = stageReached(application);
  const reachedIndex = PIPELINE.indexOf(reached);
  const ended = application.status === 'rejected' || application.status === 'withdrawn';
  const lastEvent = application.history.at(-1);

  const stateOf = (index: number): StepState => {
    if (index < reachedIndex) return 'done';
    if (index === reachedIndex) return ended ? 'ended' : application.status === 'hired' ? 'done' : 'current';
    return 'upcoming';
  };

  return (
    <ol className="app-progress" aria-labelledby={labelledBy}>
      {PIPELINE.map((stage, index) => {
        const state = stateOf(index);
        return (
          <li key={stage} className={`app-progress__step app-progress__step--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="app-progress__dot" aria-hidden="true">
              {state === 'done' ? '✓' : state === 'ended' ? '×' : index + 1}
            </span>
            <span className="app-progress__label">
              {statusName(t, stage)}
              {state === 'ended' ? (
                <span className="app-progress__end">{statusName(t, application.status, lastEvent?.fromStatus)}</span>
              ) : null}
            </span>
            <VisuallyHidden>{t(`applications.progress.${state}`)}</VisuallyHidden>
          </li>
        );
      })}
    </ol>
  );
}
