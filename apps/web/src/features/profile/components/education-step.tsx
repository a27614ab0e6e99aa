import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { countryOptions } from './countries';
import { DateField, NumberField, SelectField, TextField } from './form-fields';
import { EDUCATION_LEVELS, EMPTY_EDUCATION, GPA_SCALES, type ProfileFormValues } from './profile-form';

/** Schools and degrees, newest or oldest first as the candidate lists them. */
export function EducationStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<ProfileFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'education' });
  const levels = EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`profile.educationLevels.${level}`) }));
  const scales = GPA_SCALES.map((scale) => ({ value: scale, label: t('profile.education.scaleOption', { scale }) }));
  const countries = countryOptions(currentLocale());

  return (
    <Stack gap="md">
      {fields.length === 0 ? <Text c="dimmed">{t('profile.education.empty')}</Text> : null}
      {fields.map((field, index) => {
        const legend = t('profile.education.entry', { number: index + 1 });
        return (
          <Fieldset key={field.id} legend={legend} radius="md" className="profile-entry">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <SelectField name={`education.${index}.level`} label={t('profile.education.level')} data={levels} required />
                <SelectField
                  name={`education.${index}.country`}
                  label={t('profile.education.country')}
                  data={countries}
                  searchable
                  clearable
                />
              </SimpleGrid>
              <TextField name={`education.${index}.institution`} label={t('profile.education.institution')} />
              <TextField
                name={`education.${index}.field`}
                label={t('profile.education.field')}
                description={t('profile.education.fieldHint')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <DateField name={`education.${index}.startDate`} label={t('profile.education.startDate')} />
                <DateField
                  name={`education.${index}.graduationDate`}
                  label={t('profile.education.graduationDate')}
                  description={t('profile.education.graduationDateHint')}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 2 }} spacing="sm">
                <NumberField
                  name={`education.${index}.gpa`}
                  label={t('profile.education.gpa')}
                  min={0}
                  max={100}
                  step={0.01}
                  decimalScale={2}
                  inputMode="decimal"
                />
                <SelectField name={`education.${index}.gpaScale`} label={t('profile.education.gpaScale')} data={scales} />
              </SimpleGrid>
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
        <Button variant="light" onClick={() => append({ ...EMPTY_EDUCATION })} disabled={fields.length >= 10}>
          {t('profile.education.add')}
        </Button>
      </div>
    </Stack>
  );
}
