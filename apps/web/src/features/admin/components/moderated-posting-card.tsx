import { Anchor, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BADGE_INK } from '../../../components/ui/badge-ink';
import { formatDate, formatMoment } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { languageOfCountry, pickLocalized } from '../../../lib/localized-text';
import type { ModeratedPosting } from '../api/postings-for-moderation';

interface ModeratedPostingCardProps {
  posting: ModeratedPosting;
  /** a decision is being sent: the buttons wait */
  busy: boolean;
  onTakedown: (posting: ModeratedPosting) => void;
  onDismiss: (posting: ModeratedPosting) => void;
}

/** One posting in the moderation queue: what it is, who posted it, what readers reported, and the decisions. */
export function ModeratedPostingCard({ posting, busy, onTakedown, onDismiss }: ModeratedPostingCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { job } = posting;
  const author = languageOfCountry(job.country);
  const title = pickLocalized(job.title, locale, author);
  const organization = pickLocalized(job.organization.names, locale, author);
  const name = title?.text ?? t('admin.moderation.untitled');
  const headingId = `posting-${job.id}`;

  return (
    <Paper component="li" withBorder radius="lg" p="lg" className="surface admin-org" aria-labelledby={headingId}>
      <Title order={2} id={headingId} className="admin-org__name">
        <Anchor component={Link} to={`/jobs/${job.id}`} inherit lang={title?.lang}>
          {name}
        </Anchor>
      </Title>
      <Group gap="xs" mt={4}>
        <Badge variant="light" color="gray" c="gray.8">
          {t(`admin.country.${job.country}`)}
        </Badge>
        <Badge variant="light" color={job.organization.verified ? 'teal' : 'gray'} c={job.organization.verified ? 'teal.9' : 'gray.8'}>
          {job.organization.verified ? t('admin.status.verified') : t('admin.status.pending')}
        </Badge>
        {job.status === 'closed' ? (
          <Badge variant="light" color="gray" c={BADGE_INK.gray}>
            {t('admin.moderation.closedByEmployer')}
          </Badge>
        ) : null}
        {job.visaWarnings.length > 0 ? (
          <Badge variant="light" color="orange" c={BADGE_INK.orange}>
            {t('admin.moderation.visaWarnings', { count: job.visaWarnings.length })}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" mt="xs" lang={organization?.lang}>
        {organization?.text ?? t('admin.unnamed')}
        {job.publishedAt ? ` · ${t('admin.moderation.publishedOn', { date: formatDate(job.publishedAt, locale) })}` : ''}
      </Text>
      {posting.openReports > 0 ? (
        <section className="admin-reports" aria-label={t('admin.moderation.reportsLabel', { title: name })}>
          <Text fw={700} size="sm">
            {t('admin.moderation.openReports', { count: posting.openReports })}
          </Text>
          <Group gap="xs" mt={4}>
            {posting.reasons.map((r) => (
              <Badge key={r.reason} variant="light" color="red" c={BADGE_INK.red}>
                {t('admin.moderation.reasonCount', { reason: t(`reports.reasons.${r.reason}.label`), count: r.count })}
              </Badge>
            ))}
          </Group>
          <ul className="admin-reports__list">
            {posting.latestReports.map((report) => (
              <li key={`${report.createdAt}-${report.reason}`}>
                <Text size="sm">
                  <strong>{t(`reports.reasons.${report.reason}.label`)}</strong> · {formatMoment(report.createdAt, locale)}
                </Text>
                {report.note ? <Text size="sm">{report.note}</Text> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <Text size="sm" c="dimmed" mt="xs">
          {t('admin.moderation.noReports')}
        </Text>
      )}
      <Group gap="sm" mt="md">
        <Button color="red.9" disabled={busy} onClick={() => onTakedown(posting)} aria-label={t('admin.moderation.takedownFor', { title: name })}>
          {t('admin.moderation.takedown')}
        </Button>
        {posting.openReports > 0 ? (
          <Button variant="default" disabled={busy} onClick={() => onDismiss(posting)} aria-label={t('admin.moderation.dismissFor', { title: name })}>
            {t('admin.moderation.dismiss')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
