import { Fieldset, NumberInput, Stack, Switch, Textarea } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import { LabelledSegments } from './labelled-segments';
import type { PostingFormProps } from './posting-form-props';
import { TEXT_LANGUAGES } from './posting-schema';

/** For an internship: whether it can lead to a job (採用直結型 / 채용연계형), after how long, and how. */
export function ConversionTrackFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const enabled = form.watch('conversionTrack.enabled');
  const titles = form.watch('title');
  // A description in each language the posting is written in (the reader's language when none yet).
  const languages = TEXT_LANGUAGES.filter((language) => titles[language].trim() !== '');
  const shown = languages.length > 0 ? languages : [currentLocale()];

  return (
    <Fieldset legend={t('postings.editor.conversion.legend')} radius="md">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="conversionTrack.enabled"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              size="md"
              label={t('postings.editor.conversion.enabled')}
              description={t('postings.editor.conversion.enabledHint')}
              error={translatedFieldError(t, errors.conversionTrack?.enabled)}
            />
          )}
        />
        {enabled ? (
          <>
            <Controller
              control={form.control}
              name="conversionTrack.toEmploymentType"
              render={({ field }) => (
                <LabelledSegments
                  label={t('postings.editor.conversion.to')}
                  value={field.value}
                  onChange={field.onChange}
                  data={(['full-time', 'contract'] as const).map((type) => ({ value: type, label: t(`postings.employmentTypes.${type}`) }))}
                />
              )}
            />
            <Controller
              control={form.control}
              name="conversionTrack.afterMonths"
              render={({ field }) => (
                <NumberInput
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                  onBlur={field.onBlur}
                  label={t('postings.editor.conversion.afterMonths')}
                  description={t('postings.editor.conversion.afterMonthsHint')}
                  min={1}
                  max={24}
                  allowDecimal={false}
                  allowNegative={false}
                  error={translatedFieldError(t, errors.conversionTrack?.afterMonths)}
                />
              )}
            />
            {shown.map((language) => (
              <Textarea
                key={language}
                {...form.register(`conversionTrack.description.${language}`)}
                lang={language}
                label={t('postings.editor.conversion.description', { language: t(`language.names.${language}`) })}
                autosize
                minRows={3}
                maxRows={8}
                error={translatedFieldError(t, errors.conversionTrack?.description?.[language] ?? errors.conversionTrack?.description)}
              />
            ))}
          </>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
