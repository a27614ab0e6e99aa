import { Fieldset, Group, Select, Stack, Switch, TextInput } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import type { PostingFormProps } from './posting-form-props';
import { EDUCATION_LEVELS } from './posting-schema';
import classes from './postings.module.css';

const NO_REQUIREMENT = 'none';

/** Education requirement, visa sponsorship, start date and application deadline. */
export function ConditionsFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const country = form.watch('country');

  return (
    <Fieldset legend={t('postings.editor.conditions.legend')} radius="md">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="educationLevel"
          render={({ field }) => (
            <Select
              ref={field.ref}
              name={field.name}
              value={field.value || NO_REQUIREMENT}
              onChange={(next) => field.onChange(!next || next === NO_REQUIREMENT ? '' : next)}
              allowDeselect={false}
              label={t('postings.editor.conditions.education')}
              data={[
                { value: NO_REQUIREMENT, label: t('postings.editor.conditions.noEducation') },
                ...EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`postings.education.${level}`) })),
              ]}
              error={translatedFieldError(t, errors.educationLevel)}
            />
          )}
        />
        <Controller
          control={form.control}
          name="sponsorship"
          render={({ field }) => (
            <Switch
              ref={field.ref}
              name={field.name}
              checked={field.value}
              onChange={(event) => field.onChange(event.currentTarget.checked)}
              onBlur={field.onBlur}
              size="md"
              label={t('postings.editor.conditions.sponsorship')}
              description={t(`postings.editor.conditions.sponsorshipHint${country}`)}
              error={translatedFieldError(t, errors.sponsorship)}
            />
          )}
        />
        <Group grow align="flex-start" gap="sm" preventGrowOverflow={false} className={classes.dates}>
          <TextInput
            {...form.register('startDate')}
            type="date"
            label={t('postings.editor.conditions.startDate')}
            description={t(`postings.editor.conditions.startDateHint${country}`)}
            error={translatedFieldError(t, errors.startDate)}
          />
          <TextInput
            {...form.register('deadline')}
            type="date"
            label={t('postings.editor.conditions.deadline')}
            description={t('postings.editor.conditions.deadlineHint')}
            error={translatedFieldError(t, errors.deadline)}
          />
        </Group>
      </Stack>
    </Fieldset>
  );
}
