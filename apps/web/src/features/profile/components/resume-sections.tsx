import { marketDay } from '@hashidari/domain-core';
import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import type { CandidateProfile } from '../api/get-my-profile';
import { useOccupations } from '../../../lib/occupations/use-occupations';
import { useAllSkills } from '../api/search-skills';
import { countryName } from '../../../lib/format';
import { languageResultText } from './language-tests';
import { occupationLabel } from '../../../lib/occupations/occupation-options';
import { salaryFloorText } from './salary-text';

export function formatMonth(iso: string | undefined, locale: string): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long' }).format(date);
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} className="surface" component="section" aria-labelledby={id}>
      <Title order={2} id={id} className="section-title section-title--small">
        {title}
      </Title>
      <div className="resume__body">{children}</div>
    </Paper>
  );
}

export function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="resume__facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" size="sm" mt="xs">
      {t('profile.view.notGiven')}
    </Text>
  );
}

export function EducationSection({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const today = marketDay(new Date());
  return (
    <Section id="resume-education" title={t('profile.steps.education.short')}>
      {profile.education.length === 0 ? (
        <Empty />
      ) : (
        <ul className="resume__list">
          {profile.education.map((entry, index) => {
            const from = formatMonth(entry.startDate, locale);
            const to = formatMonth(entry.graduationDate, locale);
            const expected = entry.graduationDate !== undefined && entry.graduationDate > today;
            return (
              <li key={index} className="resume__item">
                <Text className="resume__period">
                  {from || to ? t('profile.view.period', { from: from ?? '', to: to ?? '' }) : null}
                  {expected ? ` ${t('profile.view.expectedGraduation')}` : null}
                </Text>
                <Text fw={700}>{entry.institution ?? t(`profile.educationLevels.${entry.level}`)}</Text>
                <Text size="sm">
                  {[t(`profile.educationLevels.${entry.level}`), entry.field, entry.country ? countryName(entry.country, locale) : null]
                    .filter(Boolean)
                    .join(t('profile.view.separator'))}
                </Text>
                {entry.gpa !== undefined ? (
                  <Text size="sm">{t('profile.view.gpa', { gpa: entry.gpa, scale: entry.gpaScale ?? '4.5' })}</Text>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

export function LanguagesSection({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="resume-languages" title={t('profile.steps.languages.short')}>
      {profile.languageTests.length === 0 ? (
        <Empty />
      ) : (
        <ul className="resume__list">
          {profile.languageTests.map((entry, index) => (
            <li key={index} className="resume__item">
              <Text fw={700}>{languageResultText(t, entry)}</Text>
              <Text size="sm" c="dimmed">
                {t(`profile.tests.names.${entry.test}`)}
                {entry.date ? `${t('profile.view.separator')}${t('profile.view.testDate', { date: formatDate(entry.date, locale) })}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function SkillsSection({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const skills = useAllSkills();
  const labelOf = (id: string) => pickLocalized(skills.data?.find((skill) => skill.id === id)?.label, locale)?.text ?? id;
  return (
    <Section id="resume-skills" title={t('profile.steps.skills.short')}>
      {profile.skills.length === 0 && profile.otherSkills.length === 0 ? <Empty /> : null}
      {profile.skills.length > 0 ? (
        <Group gap="xs" mt="xs" component="ul" className="profile-pill-list">
          {profile.skills.map((id) => (
            <li key={id}>
              <Badge variant="light" c="#174d88" size="lg" radius="sm" tt="none">
                {labelOf(id)}
              </Badge>
            </li>
          ))}
        </Group>
      ) : null}
      {profile.otherSkills.length > 0 ? (
        <>
          <Text size="sm" c="dimmed" mt="md">
            {t('profile.view.otherSkills')}
          </Text>
          <Group gap="xs" mt={4} component="ul" className="profile-pill-list">
            {profile.otherSkills.map((text) => (
              <li key={text}>
                <Badge variant="outline" color="orange" c="#8f3b0b" size="lg" radius="sm" tt="none">
                  {text}
                </Badge>
              </li>
            ))}
          </Group>
        </>
      ) : null}
    </Section>
  );
}

export function ExperienceSection({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const occupations = useOccupations();
  return (
    <Section id="resume-experience" title={t('profile.steps.experience.short')}>
      {profile.experience.length === 0 ? (
        <Empty />
      ) : (
        <ul className="resume__list">
          {profile.experience.map((entry, index) => (
            <li key={index} className="resume__item">
              <Text fw={700}>{entry.title ?? t('profile.view.untitled')}</Text>
              <Text size="sm">
                {[
                  t('profile.view.months', { months: entry.months }),
                  entry.country ? countryName(entry.country, locale) : null,
                ]
                  .filter(Boolean)
                  .join(t('profile.view.separator'))}
              </Text>
              {entry.occupationCode ? (
                <Text size="sm" c="dimmed">
                  {occupationLabel(occupations.data, entry.occupationCode, locale, t)}
                </Text>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function WishesSection({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const occupations = useOccupations();
  const { wishes } = profile;
  const rows: [string, ReactNode][] = [
    [t('profile.wishes.countries'), wishes.countries?.length ? wishes.countries.map((c) => countryName(c, locale)).join(t('profile.view.separator')) : '—'],
    [
      t('profile.wishes.employmentTypes'),
      wishes.employmentTypes?.length ? wishes.employmentTypes.map((type) => t(`profile.employmentTypes.${type}`)).join(t('profile.view.separator')) : '—',
    ],
    [
      t('profile.wishes.occupations'),
      wishes.occupationCodes?.length ? (
        <ul className="resume__list">
          {wishes.occupationCodes.map((code) => (
            <li key={code}>{occupationLabel(occupations.data, code, locale, t)}</li>
          ))}
        </ul>
      ) : (
        '—'
      ),
    ],
    [t('profile.wishes.salaryFloor'), wishes.salaryFloor ? salaryFloorText(t, locale, wishes.salaryFloor) : '—'],
    [t('profile.wishes.startFrom'), wishes.startFrom ? formatDate(wishes.startFrom, locale) : '—'],
  ];
  return (
    <Section id="resume-wishes" title={t('profile.steps.wishes.short')}>
      <Facts rows={rows} />
    </Section>
  );
}
