import { Alert, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { countryOptions } from './countries';
import { DateField, SelectField } from './form-fields';
import type { ProfileFormValues } from './profile-form';
import { STATUS_OPTIONS, statusLabel } from './status-names';

const DAY = 24 * 60 * 60 * 1000;

function daysUntil(iso: string): number | null {
  const date = new Date(`${iso}T00:00:00`);
  if (Number.isNaN(date.getTime())) return null;
  const today = new Date();
  today.setHours(0, 0, 0, 0);
  return Math.round((date.getTime() - today.getTime()) / DAY);
}

/** Where the candidate lives now and on which status of residence, until when. */
export function StatusStep() {
  const { t } = useTranslation();
  const { setValue, getValues } = useFormContext<ProfileFormValues>();
  const country = useWatch<ProfileFormValues, 'currentCountry'>({ name: 'currentCountry' });
  const expiry = useWatch<ProfileFormValues, 'statusExpiresAt'>({ name: 'statusExpiresAt' });

  // A status belongs to one country: moving the country away from it clears the status.
  useEffect(() => {
    const status = getValues('currentStatus');
    if (status && country && !status.startsWith(`${country}:`)) setValue('currentStatus', '', { shouldDirty: true });
  }, [country, getValues, setValue]);

  const market = country === 'KR' || country === 'JP';
  const current = useWatch<ProfileFormValues, 'currentStatus'>({ name: 'currentStatus' });
  const statuses = STATUS_OPTIONS.filter((option) => option.country === country).map((option) => ({
    value: option.code,
    label: statusLabel(t, option.code),
  }));
  // A status saved elsewhere with a finer code (KR:D-2-2) is still shown, under its official name.
  if (current && !statuses.some((option) => option.value === current)) statuses.unshift({ value: current, label: statusLabel(t, current) });
  const days = expiry ? daysUntil(expiry) : null;

  return (
    <Stack gap="md">
      <SelectField
        name="currentCountry"
        label={t('profile.status.country')}
        data={countryOptions(currentLocale())}
        searchable
        clearable
      />
      <SelectField
        name="currentStatus"
        label={t('profile.status.status')}
        description={market ? t('profile.status.statusHint') : t('profile.status.statusOutsideHint')}
        data={statuses}
        clearable
        disabled={!market}
      />
      <DateField name="statusExpiresAt" label={t('profile.status.expiresAt')} description={t('profile.status.expiresAtHint')} />
      {days !== null && days >= 0 && days <= 90 ? (
        <Alert color="orange" variant="light">
          {t('profile.status.expiresSoon', { days })}
        </Alert>
      ) : null}
      {days !== null && days < 0 ? (
        <Alert color="red" variant="light">
          {t('profile.status.expired')}
        </Alert>
      ) : null}
    </Stack>
  );
}
