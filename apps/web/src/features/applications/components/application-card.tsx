import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { languageOfCountry, pickLocalized } from '../../../lib/localized-text';
import type { Application } from '../api/list-my-applications';
import { StatusHistory } from './status-history';
import { StatusProgress } from './status-progress';
import { statusName } from './statuses';
import { WithdrawButton } from './withdraw-button';

const STATUS_COLORS = {
  submitted: 'gray',
  screening: 'blue',
  interview: 'indigo',
  offer: 'teal',
  hired: 'green',
  rejected: 'red',
  withdrawn: 'gray',
} as const;

// Text colours that keep 4.5:1 on each light badge background.
const STATUS_INK = {
  submitted: '#343a40',
  screening: '#134d85',
  interview: '#2f44ad',
  offer: '#0a5c45',
  hired: '#1f6b30',
  rejected: '#a61e1e',
  withdrawn: '#343a40',
} as const;

/** One application: the posting, where it stands in the pipeline, its history, and Withdraw. */
export function ApplicationCard({ application }: { application: Application }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { job } = application;
  const author = languageOfCountry(job.country);
  const title = pickLocalized(job.title, locale, author);
  const organization = pickLocalized(job.organizationNames, locale, author);
  const last = application.history.at(-1);
  const headingId = `application-${application.id}`;
  const progressId = `application-${application.id}-progress`;
  const canWithdraw = application.allowedTransitions.includes('withdrawn');

  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={headingId} className="surface app-card">
      <div className="app-card__head">
        <div className="app-card__title-block">
          <Title order={2} id={headingId} className="app-card__title">
            <Anchor component={Link} to={`/jobs/${job.id}`} lang={title?.lang} className="app-card__link" inherit>
              {title?.text ?? t('applications.card.untitled')}
            </Anchor>
          </Title>
          <Text size="sm" c="dimmed">
            <span lang={organization?.lang}>{organization?.text}</span>
            {job.status !== 'published' ? ` · ${t('applications.card.postingClosed')}` : ''}
          </Text>
        </div>
        <Badge size="lg" radius="sm" variant="light" color={STATUS_COLORS[application.status]} c={STATUS_INK[application.status]} className="app-card__status">
          {statusName(t, application.status, last?.fromStatus)}
        </Badge>
      </div>
      <Text size="sm" mt={4}>
        {t('applications.card.appliedOn', { date: formatDate(application.createdAt, locale) })}
      </Text>
      <Text id={progressId} size="sm" fw={600} mt="md">
        {t('applications.progress.heading')}
      </Text>
      <StatusProgress application={application} labelledBy={progressId} />
      <details className="app-card__details" open={application.history.length > 1}>
        <summary>{t('applications.history.heading', { n: application.history.length })}</summary>
        <StatusHistory history={application.history} />
      </details>
      {application.coverNote ? (
        <details className="app-card__details">
          <summary>{t('applications.card.coverNote')}</summary>
          <Text size="sm" className="app-card__note">
            {application.coverNote}
          </Text>
        </details>
      ) : null}
      {canWithdraw ? (
        <Group justify="flex-end" mt="sm">
          <WithdrawButton application={application} jobTitle={title?.text ?? ''} />
        </Group>
      ) : null}
    </Paper>
  );
}
