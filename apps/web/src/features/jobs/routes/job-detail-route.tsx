import { Anchor, Badge, Button, Container, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ModerationNotice } from '../../../components/ui/moderation-notice';
import { PageHeading } from '../../../components/ui/page-heading';
import { ApiError } from '../../../lib/api/errors';
import { currentLocale, type Locale } from '../../../lib/i18n';
import { languageOfCountry, localizedLanguages, pickLocalized } from '../../../lib/localized-text';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJob } from '../api/get-job';
import type { Job } from '../api/search-jobs';
import { ApplyPanel } from '../components/apply-panel';
import { ConversionTrack, JobFacts } from '../components/job-facts';
import { FitSection } from '../components/fit-section';
import { jobText, locationText, salaryText } from '../components/job-format';
import { VisaNotes } from '../components/visa-notes';
import { ReportPosting } from '../components/report-posting';
import { LoadingState } from '../../../components/ui/query-state';
import '../components/jobs.css';
import { BADGE_INK } from '../../../components/ui/badge-ink';

function LanguageSwitch({ languages, value, onChange }: { languages: Locale[]; value: Locale; onChange: (lang: Locale) => void }) {
  const { t } = useTranslation();
  if (languages.length < 2) return null;
  return (
    <div className="job-language">
      <Text component="span" size="sm" id="job-language-label" c="dimmed">
        {t('jobs.detail.language')}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby="job-language-label"
        value={value}
        onChange={(lang) => onChange(lang as Locale)}
        data={languages.map((lang) => ({ value: lang, label: <span lang={lang}>{t(`language.names.${lang}`)}</span> }))}
      />
    </div>
  );
}

function JobPosting({ job }: { job: Job }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const author = languageOfCountry(job.country);
  const languages = [...new Set([...localizedLanguages(job.title), ...localizedLanguages(job.description)])];
  const [chosen, setChosen] = useState<Locale | null>(null);
  const lang = chosen ?? jobText(job.title, locale, job.country)?.lang ?? locale;
  const title = pickLocalized(job.title, lang, author);
  const description = pickLocalized(job.description, lang, author);
  const organization = pickLocalized(job.organization.names, locale, author);
  const salary = salaryText(t, locale, job.salary);
  useDocumentTitle(title?.text ?? t('jobs.detail.title'));

  return (
    <>
      <Anchor component={Link} to="/jobs" size="sm" className="job-back">
        {t('jobs.detail.back')}
      </Anchor>
      <header className="job-header">
        <Group gap={6}>
          <Badge variant="light" c={BADGE_INK.brand} radius="sm">
            {t(`jobs.employmentTypes.${job.employmentType}`)}
          </Badge>
          {job.sponsorship ? (
            <Badge variant="light" color="teal" c={BADGE_INK.teal} radius="sm">
              {t('jobs.card.sponsorship')}
            </Badge>
          ) : null}
          {job.status !== 'published' ? (
            <Badge variant="light" color="gray" c={BADGE_INK.gray} radius="sm">
              {t('jobs.detail.closed')}
            </Badge>
          ) : null}
        </Group>
        <PageHeading className="page-title job-header__title" lang={title?.lang}>
          {title?.text ?? t('jobs.card.untitled')}
        </PageHeading>
        <Text fw={600}>
          <span lang={organization?.lang}>{organization?.text}</span>
          {job.organization.verified ? (
            <Badge variant="outline" c={BADGE_INK.brand} size="xs" radius="sm" ml={6}>
              {t('jobs.card.verified')}
            </Badge>
          ) : null}
        </Text>
        <Text size="sm" c="dimmed">
          {locationText(t, locale, job)}
        </Text>
        {salary ? <Text className="job-header__salary">{salary}</Text> : null}
        <LanguageSwitch languages={languages} value={lang} onChange={setChosen} />
        {job.moderation ? <ModerationNotice moderation={job.moderation} /> : null}
      </header>
      <div className="job-layout">
        <div className="job-layout__main">
          <section aria-labelledby="job-description-heading" className="job-section">
            <Title order={2} id="job-description-heading" className="section-title section-title--small">
              {t('jobs.detail.description')}
            </Title>
            {description ? (
              <Text mt="xs" className="job-description" lang={description.lang}>
                {description.text}
              </Text>
            ) : (
              <Text mt="xs" c="dimmed">
                {t('jobs.detail.noDescription')}
              </Text>
            )}
          </section>
          <JobFacts job={job} />
          <ConversionTrack job={job} />
          <VisaNotes warnings={job.visaWarnings} />
        </div>
        <aside className="job-layout__aside" aria-label={t('jobs.apply.heading')}>
          <ApplyPanel job={job} />
          <FitSection jobId={job.id} />
          <ReportPosting job={job} />
        </aside>
      </div>
    </>
  );
}

/** /jobs/:id: one posting, in the languages it is written in, with its visa notes and the way to apply. */
export function JobDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const job = useJob(id);
  const notFound = job.error instanceof ApiError && (job.error.status === 404 || job.error.status === 422);

  if (job.data) {
    return (
      <Container size="lg" className="page jobs-page">
        <JobPosting key={job.data.id} job={job.data} />
      </Container>
    );
  }
  return (
    <Container size="lg" className="page jobs-page">
      <JobDetailFallbackTitle />
      <PageHeading className="page-title">{notFound ? t('jobs.detail.notFoundTitle') : t('jobs.detail.title')}</PageHeading>
      {job.isPending ? <LoadingState label={t('common.loading')} /> : (
        <Stack gap="md" mt="lg" align="flex-start">
          {notFound ? <Text>{t('jobs.detail.notFound')}</Text> : <ErrorAlert error={job.error} />}
          {notFound ? (
            <Button component={Link} to="/jobs" variant="default">
              {t('jobs.detail.back')}
            </Button>
          ) : (
            <Button variant="default" onClick={() => void job.refetch()}>
              {t('common.retry')}
            </Button>
          )}
        </Stack>
      )}
    </Container>
  );
}

function JobDetailFallbackTitle() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.detail.title'));
  return null;
}
