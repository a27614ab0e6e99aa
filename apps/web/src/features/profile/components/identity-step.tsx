import { SimpleGrid, Stack } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { countryOptions } from './countries';
import { DateField, SelectField, TextField } from './form-fields';
import type { ProfileFormValues } from './profile-form';

/** Name (family name first, as résumés in Japan and Korea write it), its reading, nationality, birth date. */
export function IdentityStep() {
  const { t } = useTranslation();
  const nationality = useWatch<ProfileFormValues, 'nationality'>({ name: 'nationality' });
  const reading =
    nationality === 'JP'
      ? { label: t('profile.identity.readingJa'), description: t('profile.identity.readingJaHint') }
      : nationality === 'KR'
        ? { label: t('profile.identity.readingKo'), description: t('profile.identity.readingKoHint') }
        : { label: t('profile.identity.reading'), description: t('profile.identity.readingHint') };

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextField name="familyName" label={t('profile.identity.familyName')} autoComplete="family-name" />
        <TextField name="givenName" label={t('profile.identity.givenName')} autoComplete="given-name" />
      </SimpleGrid>
      <TextField name="nameReading" label={reading.label} description={reading.description} />
      <TextField
        name="displayName"
        label={t('profile.identity.displayName')}
        description={t('profile.identity.displayNameHint')}
        autoComplete="name"
      />
      <SelectField
        name="nationality"
        label={t('profile.identity.nationality')}
        data={countryOptions(currentLocale())}
        searchable
        clearable
      />
      <DateField name="birthDate" label={t('profile.identity.birthDate')} autoComplete="bday" />
    </Stack>
  );
}
