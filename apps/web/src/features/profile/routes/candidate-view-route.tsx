import { Alert, Anchor, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { PageHeading } from '../../../components/ui/page-heading';
import { ApiError } from '../../../lib/api/errors';
import { formatDate } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCandidate } from '../api/get-candidate';
import type { CandidateProfile } from '../api/get-my-profile';
import { countryName } from '../../../lib/format';
import { EducationSection, ExperienceSection, Facts, LanguagesSection, Section, SkillsSection, WishesSection } from '../components/resume-sections';
import { statusLabel } from '../components/status-names';
import { LoadingState } from '../../../components/ui/query-state';
import '../components/profile.css';

function ageOn(birthDate: string, today = new Date()): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  let age = today.getFullYear() - year;
  if (today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day)) age -= 1;
  return age;
}

/** The name as résumés in Japan and Korea write it: family name first. */
function fullName(profile: CandidateProfile): string | null {
  const parts = [profile.familyName, profile.givenName].filter(Boolean);
  return parts.length ? parts.join(' ') : (profile.displayName ?? null);
}

function readingLang(nationality: string | null | undefined): string | undefined {
  if (nationality === 'JP') return 'ja';
  if (nationality === 'KR') return 'ko-Latn';
  return undefined;
}

function Resume({ profile }: { profile: CandidateProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const name = fullName(profile) ?? t('profile.view.unnamed');
  const status = profile.currentStatus
    ? `${statusLabel(t, profile.currentStatus)}${profile.statusExpiresAt ? t('profile.view.expiresAt', { date: formatDate(profile.statusExpiresAt, locale) }) : ''}`
    : '—';

  return (
    <>
      <div className="resume__header">
        {profile.nameReading ? (
          <Text className="resume__name-reading" lang={readingLang(profile.nationality)}>
            {profile.nameReading}
          </Text>
        ) : null}
        <PageHeading className="page-title">{name}</PageHeading>
        {profile.displayName && profile.displayName !== name ? <Text c="dimmed">{profile.displayName}</Text> : null}
        <Text size="sm" c="dimmed" mt={4}>
          {t('profile.view.updatedAt', { date: formatDate(profile.updatedAt, locale) })}
        </Text>
      </div>
      <div className="resume">
        <Section id="resume-identity" title={t('profile.view.personal')}>
          <Facts
            rows={[
              [t('profile.identity.nationality'), profile.nationality ? countryName(profile.nationality, locale) : '—'],
              [
                t('profile.identity.birthDate'),
                profile.birthDate ? t('profile.view.birthDate', { date: formatDate(profile.birthDate, locale), age: ageOn(profile.birthDate) }) : '—',
              ],
              [t('profile.status.country'), profile.currentCountry ? countryName(profile.currentCountry, locale) : '—'],
              [t('profile.status.status'), status],
            ]}
          />
        </Section>
        <EducationSection profile={profile} />
        <LanguagesSection profile={profile} />
        <SkillsSection profile={profile} />
        <ExperienceSection profile={profile} />
        <WishesSection profile={profile} />
      </div>
    </>
  );
}

/** /candidates/:id: a candidate's profile as an employer or adviser with the candidate's consent sees it. */
export function CandidateViewRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const candidate = useCandidate(id);
  const notVisible = candidate.error instanceof ApiError && (candidate.error.status === 404 || candidate.error.status === 403);
  const name = candidate.data ? (fullName(candidate.data) ?? t('profile.view.unnamed')) : null;
  useDocumentTitle(name ? t('profile.view.title', { name }) : t('profile.view.genericTitle'));

  if (candidate.data) {
    return (
      <Container size="md" className="page profile-page">
        <Resume profile={candidate.data} />
      </Container>
    );
  }

  return (
    <Container size="md" className="page profile-page">
      <PageHeading className="page-title">{t('profile.view.genericTitle')}</PageHeading>
      {candidate.isPending ? <LoadingState label={t('common.loading')} /> : notVisible ? (
        <Alert variant="light" color="gray" mt="lg" title={t('profile.view.notVisibleTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('profile.view.notVisible')}</Text>
            <Text size="sm">{t('profile.view.notVisibleHow')}</Text>
            <Anchor component={Link} to="/home" size="sm" fw={600}>
              {t('profile.view.backHome')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Stack gap="md" mt="lg" align="flex-start">
          <ErrorAlert error={candidate.error} />
          <Button variant="default" onClick={() => void candidate.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      )}
    </Container>
  );
}
