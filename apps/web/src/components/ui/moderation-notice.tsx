import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';

interface ModerationNoticeProps {
  moderation: { reason: string; at: string };
  /** the posting's own employer also reads that it stays closed and whom to write to */
  forEmployer?: boolean;
}

/** On a posting the moderators took down: when, and their reason in a line of its own. */
export function ModerationNotice({ moderation, forEmployer = false }: ModerationNoticeProps) {
  const { t } = useTranslation();
  const body = t('moderationNotice.body', { date: formatDate(moderation.at, currentLocale()) });
  return (
    <Alert color="red" variant="light" title={t('moderationNotice.title')}>
      <Text size="sm">{forEmployer ? `${body} ${t('moderationNotice.employerNote')}` : body}</Text>
      <Text size="sm" mt={4}>
        <strong>{t('moderationNotice.reason')}</strong> {moderation.reason}
      </Text>
    </Alert>
  );
}
