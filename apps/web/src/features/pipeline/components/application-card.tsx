import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { Application, ApplicationStatus } from '../api/list-applications';
import { CandidateName, candidateName } from './candidate-name';
import classes from './pipeline.module.css';

interface ApplicationCardProps {
  application: Application;
  onMove: (application: Application, status: ApplicationStatus) => void;
  onHistory: (application: Application) => void;
  onDragStart: (application: Application) => void;
  onDragEnd: () => void;
}

/** One applicant on the board: name, dates, and the moves this employer may make ("move to…" or drag). */
export function ApplicationCard({ application, onMove, onHistory, onDragStart, onDragEnd }: ApplicationCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const nameId = `applicant-${application.id}`;
  const name = candidateName(application, t);
  const movable = application.allowedTransitions.length > 0;

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="sm"
      className={classes.card}
      draggable={movable}
      data-draggable={movable || undefined}
      onDragStart={(event: DragEvent<HTMLLIElement>) => {
        event.dataTransfer.setData('text/plain', application.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(application);
      }}
      onDragEnd={onDragEnd}
      aria-labelledby={nameId}
    >
      <CandidateName application={application} id={nameId} />
      <Text size="xs" c="dimmed" mt={2}>
        {t('pipeline.card.applied', { date: formatDate(application.createdAt, locale) })}
      </Text>
      {application.coverNote ? (
        <Text size="sm" mt={6} lineClamp={2} className={classes.coverNote}>
          {application.coverNote}
        </Text>
      ) : null}
      <Group gap={6} mt="sm">
        {movable ? (
          <Menu position="bottom-start" withinPortal>
            <Menu.Target>
              <Button data-move-for={application.id} size="compact-sm" variant="light" aria-label={t('pipeline.card.moveLabel', { name })}>
                {t('pipeline.card.move')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('pipeline.card.moveMenu')}</Menu.Label>
              {application.allowedTransitions.map((status) => (
                <Menu.Item key={status} onClick={() => onMove(application, status)} color={status === 'rejected' ? 'red.9' : undefined}>
                  {t(`pipeline.stages.${status}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        ) : null}
        <Button
          data-history-for={application.id}
          size="compact-sm"
          variant="subtle"
          onClick={() => onHistory(application)}
          aria-label={t('pipeline.card.historyLabel', { name })}
        >
          {t('pipeline.card.history')}
        </Button>
      </Group>
    </Paper>
  );
}
