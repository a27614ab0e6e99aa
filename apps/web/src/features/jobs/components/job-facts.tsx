import { Badge, Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import { useOccupations } from '../../../lib/occupations/use-occupations';
import { useSkills } from '../api/get-skills';
import type { Job } from '../api/search-jobs';
import { languageRequirementText, locationText, salaryText } from './job-format';
import { occupationLabel } from '../../../lib/occupations/occupation-options';
import { BADGE_INK } from '../../../components/ui/badge-ink';

function daysLeft(deadline: string): number {
  const end = new Date(`${deadline}T00:00:00`);
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return Math.round((end.getTime() - today.getTime()) / 86_400_000);
}

function SkillBadges({ ids, other = [], variant }: { ids: string[]; other?: string[]; variant: 'light' | 'outline' }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const skills = useSkills();
  if (ids.length === 0 && other.length === 0) return <>{t('jobs.facts.none')}</>;
  const label = (id: string) => pickLocalized(skills.data?.find((skill) => skill.id === id)?.label, locale)?.text ?? id;
  return (
    <Group gap={6} component="ul" className="jobs-plain-list jobs-inline-list">
      {ids.map((id) => (
        <li key={id}>
          <Badge variant={variant} c={BADGE_INK.brand} radius="sm" tt="none">
            {label(id)}
          </Badge>
        </li>
      ))}
      {other.map((text) => (
        <li key={`other-${text}`}>
          <Badge variant="dot" color="gray" radius="sm" tt="none">
            {text}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** Every fact of a posting, as a 募集要項 / 모집요강 table. */
export function JobFacts({ job }: { job: Job }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const occupations = useOccupations();
  const salary = salaryText(t, locale, job.salary);
  const left = job.deadline ? daysLeft(job.deadline) : null;

  const rows: [string, ReactNode][] = [
    [t('jobs.facts.employmentType'), t(`jobs.employmentTypes.${job.employmentType}`)],
    [t('jobs.facts.location'), locationText(t, locale, job)],
    [t('jobs.facts.salary'), salary ?? t('jobs.card.salaryNotGiven')],
    [t('jobs.facts.occupation'), job.occupationCode ? occupationLabel(occupations.data, job.occupationCode, locale, t) : t('jobs.facts.none')],
    [
      t('jobs.facts.languages'),
      job.languageRequirements.length ? job.languageRequirements.map((r) => languageRequirementText(t, r)).join(t('jobs.separator')) : t('jobs.facts.none'),
    ],
    [t('jobs.facts.requiredSkills'), <SkillBadges key="required" ids={job.requiredSkills} other={job.otherSkills} variant="light" />],
    [t('jobs.facts.preferredSkills'), <SkillBadges key="preferred" ids={job.preferredSkills} variant="outline" />],
    [t('jobs.facts.education'), job.educationLevel ? t(`jobs.educationLevels.${job.educationLevel}`) : t('jobs.facts.none')],
    [t('jobs.facts.sponsorship'), job.sponsorship ? t('jobs.facts.sponsorshipYes') : t('jobs.facts.sponsorshipNo')],
    [t('jobs.facts.startDate'), job.startDate ? formatDate(job.startDate, locale) : t('jobs.facts.negotiable')],
    [
      t('jobs.facts.deadline'),
      job.deadline ? (
        <>
          {formatDate(job.deadline, locale)}
          {left !== null && left >= 0 && left <= 14 ? (
            <Badge color="orange" c={BADGE_INK.orange} variant="light" radius="sm" ml={6}>
              {t('jobs.facts.daysLeft', { days: left })}
            </Badge>
          ) : null}
        </>
      ) : (
        t('jobs.facts.rolling')
      ),
    ],
  ];
  if (job.publishedAt) rows.push([t('jobs.facts.publishedAt'), formatDate(job.publishedAt, locale)]);

  return (
    <section aria-labelledby="job-facts-heading" className="job-section">
      <Title order={2} id="job-facts-heading" className="section-title section-title--small">
        {t('jobs.facts.heading')}
      </Title>
      <dl className="jobs-facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {job.otherSkills.length > 0 ? (
        <Text size="xs" c="dimmed" mt="xs">
          {t('jobs.facts.otherSkillsNote')}
        </Text>
      ) : null}
    </section>
  );
}

/** For internships: the full-time or contract role it can lead to. */
export function ConversionTrack({ job }: { job: Job }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (job.employmentType !== 'internship') return null;
  const track = job.conversionTrack;
  const description = pickLocalized(track?.description, locale);
  return (
    <section aria-labelledby="job-conversion-heading" className="job-section">
      <Title order={2} id="job-conversion-heading" className="section-title section-title--small">
        {t('jobs.conversion.heading')}
      </Title>
      {track ? (
        <>
          <Text mt="xs" fw={600}>
            {track.afterMonths
              ? t('jobs.conversion.after', { months: track.afterMonths, type: t(`jobs.employmentTypes.${track.toEmploymentType}`) })
              : t('jobs.conversion.to', { type: t(`jobs.employmentTypes.${track.toEmploymentType}`) })}
          </Text>
          {description ? (
            <Text size="sm" mt={4} lang={description.lang}>
              {description.text}
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="sm" mt="xs">
          {t('jobs.conversion.none')}
        </Text>
      )}
    </section>
  );
}
