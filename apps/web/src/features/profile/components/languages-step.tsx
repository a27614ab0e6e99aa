import { Button, Fieldset, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField, NumberField, SelectField, useFieldMessage } from './form-fields';
import { isLevelTest, isScoreTest, LANGUAGE_TESTS, levelLabel, SCORE_RANGES, TEST_LEVELS } from './language-tests';
import { EMPTY_LANGUAGE_TEST, type ProfileFormValues } from './profile-form';

function TestSelect({ index }: { index: number }) {
  const { t } = useTranslation();
  const { control, setValue } = useFormContext<ProfileFormValues>();
  const name = `languageTests.${index}.test` as const;
  const error = useFieldMessage(name);
  const tests = LANGUAGE_TESTS.map((test) => ({ value: test, label: t(`profile.tests.names.${test}`) }));
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          ref={field.ref}
          name={field.name}
          label={t('profile.languages.test')}
          data={tests}
          value={field.value}
          allowDeselect={false}
          required
          error={error}
          onBlur={field.onBlur}
          onChange={(value) => {
            if (!value || value === field.value) return;
            field.onChange(value);
            // Levels and scores mean different things in each test: start the result afresh.
            setValue(`languageTests.${index}.level`, '');
            setValue(`languageTests.${index}.score`, '');
          }}
        />
      )}
    />
  );
}

function ResultField({ index }: { index: number }) {
  const { t } = useTranslation();
  const test = useWatch<ProfileFormValues, `languageTests.${number}.test`>({ name: `languageTests.${index}.test` });
  if (isLevelTest(test)) {
    const levels = TEST_LEVELS[test].map((level) => ({ value: level, label: levelLabel(t, test, level) }));
    return (
      <SelectField
        name={`languageTests.${index}.level`}
        label={t('profile.languages.level')}
        description={t(`profile.tests.scale.${test}`)}
        data={levels}
        required
      />
    );
  }
  if (isScoreTest(test)) {
    const range = SCORE_RANGES[test];
    return (
      <NumberField
        name={`languageTests.${index}.score`}
        label={t('profile.languages.score')}
        description={t(`profile.tests.scale.${test}`)}
        min={range.min}
        max={range.max}
        step={range.step}
        decimalScale={test === 'IELTS' ? 1 : 0}
        allowDecimal={test === 'IELTS'}
        inputMode={test === 'IELTS' ? 'decimal' : 'numeric'}
        required
      />
    );
  }
  return null;
}

/** JLPT, TOPIK, BJT, KIIP and English tests, each with its level or score and the date of the result. */
export function LanguagesStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<ProfileFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'languageTests' });

  return (
    <Stack gap="md">
      {fields.length === 0 ? <Text c="dimmed">{t('profile.languages.empty')}</Text> : null}
      {fields.map((field, index) => {
        const legend = t('profile.languages.entry', { number: index + 1 });
        return (
          <Fieldset key={field.id} legend={legend} radius="md" className="profile-entry">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TestSelect index={index} />
                <ResultField index={index} />
              </SimpleGrid>
              <DateField
                name={`languageTests.${index}.date`}
                label={t('profile.languages.date')}
                description={t('profile.languages.dateHint')}
              />
              <Group justify="flex-end">
                <Button variant="subtle" color="red.9" size="compact-sm" onClick={() => remove(index)}>
                  {t('profile.common.removeEntry', { entry: legend })}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <div>
        <Button variant="light" onClick={() => append({ ...EMPTY_LANGUAGE_TEST })} disabled={fields.length >= 20}>
          {t('profile.languages.add')}
        </Button>
      </div>
    </Stack>
  );
}
