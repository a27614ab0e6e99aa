import { ActionIcon, Button, Fieldset, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import type { PostingFormProps } from './posting-form-props';
import { LANGUAGE_TESTS, TEST_LEVELS, TEST_SCORES, type LanguageTest } from './posting-schema';
import classes from './postings.module.css';

const MAX_REQUIREMENTS = 6;

/** Minimum language test results (JLPT N1–N5, TOPIK 1–6, KIIP 0–5, or a score), each with its scale. */
export function LanguageRequirementsFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'languageRequirements' });
  const requirements = form.watch('languageRequirements');
  const { errors } = form.formState;
  const country = form.watch('country');

  return (
    <Fieldset legend={t('postings.editor.languages.legend')} radius="md">
      <Text size="sm" c="dimmed">
        {t('postings.editor.languages.hint')}
      </Text>
      <Stack gap="md" mt="md">
        {fields.length === 0 ? <Text size="sm">{t('postings.editor.languages.none')}</Text> : null}
        {fields.map((item, index) => {
          const test = requirements[index]?.test ?? item.test;
          const levels = TEST_LEVELS[test];
          const range = TEST_SCORES[test];
          const rowErrors = errors.languageRequirements?.[index];
          return (
            <div key={item.id} className={classes.languageRow} role="group" aria-label={t('postings.editor.languages.row', { number: index + 1 })}>
              <Controller
                control={form.control}
                name={`languageRequirements.${index}.test`}
                render={({ field }) => (
                  <Select
                    ref={field.ref}
                    name={field.name}
                    value={field.value}
                    onChange={(next) => {
                      if (!next) return;
                      field.onChange(next);
                      form.setValue(`languageRequirements.${index}.level`, '');
                      form.setValue(`languageRequirements.${index}.score`, '');
                    }}
                    allowDeselect={false}
                    label={t('postings.editor.languages.test')}
                    data={LANGUAGE_TESTS.map((name) => ({ value: name, label: t(`postings.tests.${name}`) }))}
                    error={translatedFieldError(t, rowErrors?.test)}
                  />
                )}
              />
              {levels ? (
                <Controller
                  control={form.control}
                  name={`languageRequirements.${index}.level`}
                  render={({ field }) => (
                    <Select
                      ref={field.ref}
                      name={field.name}
                      value={field.value || null}
                      onChange={(next) => field.onChange(next ?? '')}
                      allowDeselect={false}
                      label={t('postings.editor.languages.level')}
                      description={t(`postings.scales.${test as 'JLPT' | 'TOPIK' | 'KIIP'}`)}
                      data={levels.map((level) => ({ value: level, label: t(`postings.levelAtLeast.${test as 'JLPT' | 'TOPIK' | 'KIIP'}`, { level }) }))}
                      error={translatedFieldError(t, rowErrors?.level)}
                    />
                  )}
                />
              ) : null}
              {range ? (
                <Controller
                  control={form.control}
                  name={`languageRequirements.${index}.score`}
                  render={({ field }) => (
                    <NumberInput
                      ref={field.ref}
                      name={field.name}
                      value={field.value}
                      onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                      onBlur={field.onBlur}
                      label={t('postings.editor.languages.score')}
                      description={t('postings.editor.languages.scoreRange', { min: range.min, max: range.max })}
                      min={range.min}
                      max={range.max}
                      step={range.step}
                      decimalScale={range.step < 1 ? 1 : 0}
                      error={translatedFieldError(t, rowErrors?.score)}
                    />
                  )}
                />
              ) : null}
              <ActionIcon
                variant="subtle"
                color="red"
                c="red.9"
                size="lg"
                onClick={() => remove(index)}
                aria-label={t('postings.editor.languages.remove', { test: t(`postings.tests.${test}`) })}
                className={classes.removeButton}
              >
                <span aria-hidden="true">×</span>
              </ActionIcon>
            </div>
          );
        })}
        {translatedFieldError(t, errors.languageRequirements?.root ?? errors.languageRequirements) ? (
          <Text size="sm" c="red.8" fw={600}>
            {translatedFieldError(t, errors.languageRequirements?.root ?? errors.languageRequirements)}
          </Text>
        ) : null}
        {fields.length < MAX_REQUIREMENTS ? (
          <Group>
            <Button
              variant="light"
              onClick={() => append({ test: (country === 'KR' ? 'TOPIK' : 'JLPT') satisfies LanguageTest, level: '', score: '' })}
            >
              {t('postings.editor.languages.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
