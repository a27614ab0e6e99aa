import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModerationNotice } from '../../../components/ui/moderation-notice';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { Job } from '../api/get-organization-jobs';
import { localized } from './localized';
import { PostingStatusBadge } from './posting-status-badge';
import { formatSalary } from './salary-format';
import { VisaWarningsBadge } from './visa-warnings-badge';
import classes from './postings.module.css';

interface PostingCardProps {
  job: Job;
  onPublish: (job: Job) => void;
  onClose: (job: Job) => void;
  busy: boolean;
}

/** One posting in the list: what it is, its state and visa warnings, and what can be done with it. */
export function PostingCard({ job, onPublish, onClose, busy }: PostingCardProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = localized(job.title, locale);
  const headingId = `posting-${job.id}`;
  const salary = job.salary ? formatSalary(job.salary, locale, t) : '';
  const editable = job.status !== 'closed';

  return (
    <Paper component="article" withBorder radius="lg" p="md" className={`surface ${classes.card}`} aria-labelledby={headingId}>
      <Group gap="xs" className={classes.cardTags}>
        <PostingStatusBadge status={job.status} />
        <VisaWarningsBadge warnings={job.visaWarnings} />
      </Group>
      <Title order={3} id={headingId} className={classes.cardTitle}>
        {editable ? (
          <Anchor component={Link} to={`/postings/${job.id}/edit`} lang={title.lang} inherit>
            {title.text}
          </Anchor>
        ) : (
          <span lang={title.lang}>{title.text}</span>
        )}
      </Title>
      <Text size="sm" c="dimmed" className={classes.cardMeta}>
        {[
          t(`postings.employmentTypes.${job.employmentType}`),
          [t(`postings.countries.${job.country}`), job.city].filter(Boolean).join(' · '),
          job.occupationCode ? t('postings.card.code', { code: job.occupationCode }) : null,
        ]
          .filter(Boolean)
          .join(' / ')}
      </Text>
      {salary ? (
        <Text size="sm" fw={600}>
          {salary}
        </Text>
      ) : null}
      <Text size="sm" c="dimmed">
        {job.deadline ? t('postings.card.deadline', { date: formatDate(job.deadline, locale) }) : t('postings.card.noDeadline')}
        {job.publishedAt ? ` · ${t('postings.card.publishedAt', { date: formatDate(job.publishedAt, locale) })}` : ''}
      </Text>
      {job.moderation ? <ModerationNotice moderation={job.moderation} forEmployer /> : null}
      <Group gap="xs" mt="sm" className={classes.cardActions}>
        {editable ? (
          <Button component={Link} to={`/postings/${job.id}/edit`} variant="default" size="xs" aria-describedby={headingId}>
            {t('postings.card.edit')}
          </Button>
        ) : null}
        <Button component={Link} to={`/postings/${job.id}/applicants`} variant="default" size="xs" aria-describedby={headingId}>
          {t('postings.card.applicants')}
        </Button>
        <Button component={Link} to={`/postings/${job.id}/matches`} variant="default" size="xs" aria-describedby={headingId}>
          {t('postings.card.matches')}
        </Button>
        {job.status === 'draft' ? (
          <Button size="xs" onClick={() => onPublish(job)} disabled={busy} aria-describedby={headingId}>
            {t('postings.card.publish')}
          </Button>
        ) : null}
        {job.status === 'published' ? (
          <Button size="xs" variant="light" color="red" c="red.9" onClick={() => onClose(job)} disabled={busy} aria-describedby={headingId}>
            {t('postings.card.close')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}
