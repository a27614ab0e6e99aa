import { Blockquote, Drawer, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import type { Application } from '../api/list-applications';
import { CandidateName, candidateName } from './candidate-name';
import classes from './pipeline.module.css';
import { formatMoment } from '../../../lib/format';

type HistoryEvent = Application['history'][number];

/** 辞退 after an offer reads 内定辞退 / 입사 포기; before it, 選考辞退 / 지원 취소. */
function eventStageKey(event: HistoryEvent) {
  return event.toStatus === 'withdrawn' && event.fromStatus === 'offer' ? ('pipeline.stages.declinedOffer' as const) : (`pipeline.stages.${event.toStatus}` as const);
}

/** The application's full history (every move, who made it, when, and the note the candidate sees). */
export function HistoryDrawer({ application, onClose }: { application: Application | null; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const locale = currentLocale();
  const events = application ? [...application.history].sort((a, b) => a.at.localeCompare(b.at)) : [];

  return (
    <Drawer
      opened={application !== null}
      onClose={onClose}
      position={wide ? 'right' : 'bottom'}
      size={wide ? 'md' : '85%'}
      title={application ? t('pipeline.history.title', { name: candidateName(application, t) }) : ''}
      closeButtonProps={{ 'aria-label': t('pipeline.history.close') }}
    >
      {application ? (
        <Stack gap="lg">
          <div>
            <CandidateName application={application} />
            <Text size="sm" c="dimmed">
              {t('pipeline.history.now', { stage: t(`pipeline.stages.${application.status}`) })}
            </Text>
          </div>
          <section aria-labelledby="history-cover-note">
            <Title order={3} id="history-cover-note" className={classes.drawerHeading}>
              {t('pipeline.history.coverNote')}
            </Title>
            {application.coverNote ? (
              <Blockquote p="sm" mt="xs" className={classes.quote}>
                {application.coverNote}
              </Blockquote>
            ) : (
              <Text size="sm" mt="xs">
                {t(application.candidate ? 'pipeline.history.noCoverNote' : 'pipeline.history.erasedCoverNote')}
              </Text>
            )}
          </section>
          <section aria-labelledby="history-steps">
            <Title order={3} id="history-steps" className={classes.drawerHeading}>
              {t('pipeline.history.steps')}
            </Title>
            <Timeline active={events.length - 1} bulletSize={18} lineWidth={2} mt="sm">
              {events.map((event, index) => (
                <Timeline.Item key={`${event.at}-${index}`} title={t(eventStageKey(event))}>
                  <Text size="xs" c="dimmed">
                    {t('pipeline.history.by', { actor: t(`pipeline.actors.${event.actorRole}`), date: formatMoment(event.at, locale) })}
                  </Text>
                  {event.note ? (
                    <Text size="sm" mt={4} className={classes.note}>
                      {event.note}
                    </Text>
                  ) : null}
                </Timeline.Item>
              ))}
            </Timeline>
          </section>
        </Stack>
      ) : null}
    </Drawer>
  );
}
