import { Anchor, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized, languageOfCountry } from '../../../lib/localized-text';
import type { Job } from '../api/search-jobs';
import { jobText, languageRequirementText, locationText, salaryText } from './job-format';
import { BADGE_INK } from '../../../components/ui/badge-ink';

function VisaNotesBadge({ warnings }: { warnings: Job['visaWarnings'] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  const severe = warnings.some((w) => w.severity === 'error') ? 'red' : warnings.some((w) => w.severity === 'warning') ? 'orange' : 'gray';
  return (
    <Badge variant="light" color={severe} c={BADGE_INK[severe]} radius="sm">
      {t('jobs.card.visaNotes', { n: warnings.length })}
    </Badge>
  );
}

/** One posting in the results: what a candidate scans for before opening it. */
export function JobCard({ job }: { job: Job }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = jobText(job.title, locale, job.country);
  const organization = pickLocalized(job.organization.names, locale, languageOfCountry(job.country));
  const salary = salaryText(t, locale, job.salary);
  const headingId = `job-${job.id}-title`;

  return (
    <Paper withBorder radius="lg" p="md" component="article" aria-labelledby={headingId} className="surface job-card">
      <Group gap={6} className="job-card__badges">
        <Badge variant="light" c={BADGE_INK.brand} radius="sm">
          {t(`jobs.employmentTypes.${job.employmentType}`)}
        </Badge>
        {job.sponsorship ? (
          <Badge variant="light" color="teal" c={BADGE_INK.teal} radius="sm">
            {t('jobs.card.sponsorship')}
          </Badge>
        ) : null}
        {job.conversionTrack ? (
          <Badge variant="light" color="grape" c={BADGE_INK.grape} radius="sm">
            {t('jobs.card.conversion')}
          </Badge>
        ) : null}
      </Group>
      <Title order={3} id={headingId} className="job-card__title">
        <Anchor component={Link} to={`/jobs/${job.id}`} lang={title?.lang} className="job-card__link" inherit>
          {title?.text ?? t('jobs.card.untitled')}
        </Anchor>
      </Title>
      <Text size="sm" className="job-card__org">
        <span lang={organization?.lang}>{organization?.text ?? '—'}</span>
        {job.organization.verified ? (
          <Badge variant="outline" color="brand" c={BADGE_INK.brand} size="xs" radius="sm" ml={6}>
            {t('jobs.card.verified')}
          </Badge>
        ) : null}
      </Text>
      <dl className="job-card__facts">
        <div>
          <dt>{t('jobs.facts.location')}</dt>
          <dd>{locationText(t, locale, job)}</dd>
        </div>
        <div>
          <dt>{t('jobs.facts.salary')}</dt>
          <dd className="job-card__salary">{salary ?? t('jobs.card.salaryNotGiven')}</dd>
        </div>
        {job.languageRequirements.length > 0 ? (
          <div>
            <dt>{t('jobs.facts.languages')}</dt>
            <dd>{job.languageRequirements.map((r) => languageRequirementText(t, r)).join(t('jobs.separator'))}</dd>
          </div>
        ) : null}
        {job.deadline ? (
          <div>
            <dt>{t('jobs.facts.deadline')}</dt>
            <dd>{formatDate(job.deadline, locale)}</dd>
          </div>
        ) : null}
      </dl>
      <VisaNotesBadge warnings={job.visaWarnings} />
    </Paper>
  );
}
