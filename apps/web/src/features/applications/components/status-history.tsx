import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import type { Application } from '../api/list-my-applications';
import { statusName } from './statuses';
import { formatMoment } from '../../../lib/format';

/** Every change of the application, oldest first, with its date, who made it and the employer's note. */
export function StatusHistory({ history }: { history: Application['history'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} className="app-history">
      {history.map((event, index) => (
        <Timeline.Item key={`${event.at}-${index}`} title={statusName(t, event.toStatus, event.fromStatus)}>
          <Text size="xs" c="dimmed">
            <time dateTime={event.at}>{formatMoment(event.at, locale)}</time>
            {' · '}
            {t(`applications.history.by.${event.actorRole}`)}
          </Text>
          {event.note ? (
            <blockquote className="app-history__note">
              <Text size="sm" component="span" className="app-history__note-label">
                {t('applications.history.note')}
              </Text>
              <Text size="sm">{event.note}</Text>
            </blockquote>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
