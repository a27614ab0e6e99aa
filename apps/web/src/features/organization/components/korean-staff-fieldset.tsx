import { Fieldset, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import type { OrganizationFormValues } from './organization-schema';

type CountField = 'koreanInsuredStaff' | 'foreignProfessionalStaff';

/** The staff figures that Korea's E-7 sponsorship rules look at, with the reason they are asked for. */
export function KoreanStaffFieldset({ form }: { form: UseFormReturn<OrganizationFormValues> }) {
  const { t } = useTranslation();
  const { errors } = form.formState;

  const countInput = (name: CountField) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          label={t(`organization.form.${name}.label`)}
          description={t(`organization.form.${name}.description`)}
          min={0}
          max={1_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          inputMode="numeric"
          error={translatedFieldError(t, errors[name])}
        />
      )}
    />
  );

  return (
    <Fieldset legend={t('organization.form.koreanStaffLegend')} radius="md">
      <Text size="sm">
        {t('organization.form.koreanStaffWhy')}
      </Text>
      <Stack gap="md" mt="md">
        {countInput('koreanInsuredStaff')}
        {countInput('foreignProfessionalStaff')}
        <Controller
          control={form.control}
          name="domesticFocused"
          render={({ field }) => (
            <Radio.Group
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              label={t('organization.form.domesticFocused.label')}
              description={t('organization.form.domesticFocused.description')}
              error={translatedFieldError(t, errors.domesticFocused)}
            >
              <Stack gap="xs" mt="xs">
                <Radio value="yes" label={t('organization.form.domesticFocused.yes')} onBlur={field.onBlur} />
                <Radio value="no" label={t('organization.form.domesticFocused.no')} onBlur={field.onBlur} />
              </Stack>
            </Radio.Group>
          )}
        />
      </Stack>
    </Fieldset>
  );
}
