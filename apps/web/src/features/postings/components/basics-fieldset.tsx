import { Fieldset, Stack, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { LabelledSegments } from './labelled-segments';
import { OccupationPicker } from './occupation-picker';
import type { PostingFormProps } from './posting-form-props';
import { COUNTRIES, EMPLOYMENT_TYPES } from './posting-schema';

/** Where and what: country, city, employment type and occupation code. */
export function BasicsFieldset({ form, e7Code }: PostingFormProps & { e7Code: boolean | null }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const country = form.watch('country');

  return (
    <Fieldset legend={t('postings.editor.basics.legend')} radius="md">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <LabelledSegments
              label={t('postings.editor.basics.country')}
              description={t('postings.editor.basics.countryHint')}
              value={field.value}
              onChange={(next) => {
                if (next === field.value) return;
                field.onChange(next);
                // Codes belong to one country's classification: a Korean E-7 code means nothing in Japan.
                form.setValue('occupationCode', '', { shouldDirty: true });
              }}
              data={COUNTRIES.map((code) => ({ value: code, label: t(`postings.countries.${code}`) }))}
            />
          )}
        />
        <TextInput
          {...form.register('city')}
          label={t('postings.editor.basics.city')}
          placeholder={t(`postings.editor.basics.cityPlaceholder${country}`)}
          maxLength={80}
          error={translatedFieldError(t, errors.city)}
        />
        <Controller
          control={form.control}
          name="employmentType"
          render={({ field }) => (
            <LabelledSegments
              label={t('postings.editor.basics.employmentType')}
              value={field.value}
              onChange={field.onChange}
              data={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`postings.employmentTypes.${type}`) }))}
            />
          )}
        />
        <OccupationPicker form={form} e7Code={e7Code} />
      </Stack>
    </Fieldset>
  );
}
