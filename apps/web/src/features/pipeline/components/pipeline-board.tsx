import { Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStatus } from '../api/list-applications';
import { StageColumn, type ColumnHandlers } from './stage-column';
import { ALL_STAGES, ENDED_STAGES, OPEN_STAGES } from './stages';
import classes from './pipeline.module.css';

interface PipelineBoardProps {
  applications: readonly Application[];
  onMove: ColumnHandlers['onMove'];
  onHistory: ColumnHandlers['onHistory'];
  /** The application just moved: its column is shown (phones) and its card takes the focus. */
  lastMoved: Application | null;
}

/**
 * The applicants as a board: the five steps side by side and the two ways out under them on wide screens
 * (cards move by drag and drop or by their "move to…" menu); on phones one column at a time, chosen with a
 * switcher, and cards move by their menu.
 */
export function PipelineBoard({ applications, onMove, onHistory, lastMoved }: PipelineBoardProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [dragging, setDragging] = useState<Application | null>(null);
  const [shown, setShown] = useState<ApplicationStatus>('submitted');

  useEffect(() => {
    if (!lastMoved) return;
    setShown(lastMoved.status);
    // After the card re-rendered in its new column: its "move to…" button, else (a final stage) its history.
    const timer = window.setTimeout(() => {
      const target =
        document.querySelector<HTMLElement>(`[data-move-for="${lastMoved.id}"]`) ??
        document.querySelector<HTMLElement>(`[data-history-for="${lastMoved.id}"]`);
      target?.focus();
    }, 0);
    return () => window.clearTimeout(timer);
  }, [lastMoved]);

  const byStage = (stage: ApplicationStatus) => applications.filter((application) => application.status === stage);
  const handlers: ColumnHandlers = {
    onMove: (application, status) => {
      setDragging(null);
      onMove(application, status);
    },
    onHistory,
    onDragStart: setDragging,
    onDragEnd: () => setDragging(null),
  };

  const instructions = (
    <Text size="sm" c="dimmed" mt="md" className={classes.instructions}>
      {t(wide ? 'pipeline.board.instructions' : 'pipeline.board.instructionsPhone')}
    </Text>
  );

  if (!wide) {
    return (
      <>
        {instructions}
        <Tabs
          value={shown}
          onChange={(value) => value && setShown(value as ApplicationStatus)}
          variant="pills"
          keepMounted={false}
          className={classes.switcher}
        >
          <Tabs.List aria-label={t('pipeline.board.switcher')} className={classes.switcherList}>
            {ALL_STAGES.map((stage) => (
              <Tabs.Tab key={stage} value={stage}>
                {t('pipeline.board.tab', { stage: t(`pipeline.stages.${stage}`), number: byStage(stage).length })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {ALL_STAGES.map((stage) => (
            <Tabs.Panel key={stage} value={stage} pt="md">
              <StageColumn stage={stage} applications={byStage(stage)} dragging={null} headingHidden {...handlers} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </>
    );
  }

  return (
    <>
      {instructions}
      <div className={classes.board}>
        <div className={classes.openStages}>
          {OPEN_STAGES.map((stage) => (
            <StageColumn key={stage} stage={stage} applications={byStage(stage)} dragging={dragging} {...handlers} />
          ))}
        </div>
        <div className={classes.endedStages}>
          {ENDED_STAGES.map((stage) => (
            <StageColumn key={stage} stage={stage} applications={byStage(stage)} dragging={dragging} {...handlers} />
          ))}
        </div>
      </div>
    </>
  );
}
