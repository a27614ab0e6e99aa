import { Radio, Stack } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VISIBILITIES, type ProfileFormValues } from './profile-form';

/** Who may open the profile, each choice explained in plain words. */
export function VisibilityStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<ProfileFormValues>();
  return (
    <Controller
      control={control}
      name="visibility"
      render={({ field }) => (
        <Radio.Group
          name={field.name}
          value={field.value}
          onChange={(value) => field.onChange(value)}
          label={t('profile.visibility.legend')}
          description={t('profile.visibility.lead')}
        >
          <Stack gap="sm" mt="sm">
            {VISIBILITIES.map((visibility) => (
              <Radio
                key={visibility}
                value={visibility}
                onBlur={field.onBlur}
                label={t(`profile.visibility.options.${visibility}.label`)}
                description={t(`profile.visibility.options.${visibility}.description`)}
                classNames={{ root: 'role-option', label: 'role-option__label' }}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}
