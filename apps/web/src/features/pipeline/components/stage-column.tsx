import { Badge, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationStatus } from '../api/list-applications';
import { ApplicationCard } from './application-card';
import classes from './pipeline.module.css';

export interface ColumnHandlers {
  onMove: (application: Application, status: ApplicationStatus) => void;
  onHistory: (application: Application) => void;
  onDragStart: (application: Application) => void;
  onDragEnd: () => void;
}

interface StageColumnProps extends ColumnHandlers {
  stage: ApplicationStatus;
  applications: readonly Application[];
  /** The application being dragged, if any: the column accepts it when the move is allowed. */
  dragging: Application | null;
  /** Hides the column heading (the mobile switcher names the column already). */
  headingHidden?: boolean;
}

/** One stage of the board: its applicants, and a drop target for the drag-and-drop move. */
export function StageColumn({ stage, applications, dragging, headingHidden, ...handlers }: StageColumnProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const accepts = dragging !== null && dragging.allowedTransitions.includes(stage);
  const headingId = `stage-${stage}`;

  const allowDrop = (event: DragEvent<HTMLElement>) => {
    if (!accepts) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };

  return (
    <section
      className={classes.column}
      data-stage={stage}
      data-accepts={accepts || undefined}
      data-over={(accepts && over) || undefined}
      aria-labelledby={headingId}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        if (!accepts || !dragging) return;
        event.preventDefault();
        handlers.onMove(dragging, stage);
      }}
    >
      <div className={headingHidden ? classes.columnHeadHidden : classes.columnHead}>
        <Title order={2} id={headingId} className={classes.columnTitle}>
          {t(`pipeline.stages.${stage}`)}
        </Title>
        <Badge variant="light" color="gray" c="gray.8" radius="sm" aria-label={t('pipeline.board.count', { number: applications.length })}>
          {applications.length}
        </Badge>
      </div>
      {applications.length === 0 ? (
        <Text size="sm" c="dimmed" className={classes.columnEmpty}>
          {t('pipeline.board.emptyColumn')}
        </Text>
      ) : (
        <ul className={classes.cards}>
          {applications.map((application) => (
            <ApplicationCard key={application.id} application={application} {...handlers} />
          ))}
        </ul>
      )}
    </section>
  );
}
