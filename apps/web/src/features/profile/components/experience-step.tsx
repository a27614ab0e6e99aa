import { Button, Fieldset, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { useOccupations } from '../../../lib/occupations/use-occupations';
import { countryOptions } from './countries';
import { NumberField, SelectField, TextField } from './form-fields';
import { occupationOptions } from '../../../lib/occupations/occupation-options';
import { EMPTY_EXPERIENCE, type ProfileFormValues } from './profile-form';

function OccupationField({ index }: { index: number }) {
  const { t } = useTranslation();
  const occupations = useOccupations();
  const country = useWatch<ProfileFormValues, `experience.${number}.country`>({ name: `experience.${index}.country` });
  const code = useWatch<ProfileFormValues, `experience.${number}.occupationCode`>({ name: `experience.${index}.occupationCode` });
  return (
    <SelectField
      name={`experience.${index}.occupationCode`}
      label={t('profile.experience.occupation')}
      description={t('profile.experience.occupationHint')}
      data={occupationOptions(occupations.data ?? [], currentLocale(), t, country, [code])}
      placeholder={occupations.isPending ? t('common.loading') : undefined}
      searchable
      clearable
    />
  );
}

/** Jobs, internships and part-time work: title, occupation code, length in months, country. */
export function ExperienceStep() {
  const { t } = useTranslation();
  const { control } = useFormContext<ProfileFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'experience' });
  const countries = countryOptions(currentLocale());

  return (
    <Stack gap="md">
      {fields.length === 0 ? <Text c="dimmed">{t('profile.experience.empty')}</Text> : null}
      {fields.map((field, index) => {
        const legend = t('profile.experience.entry', { number: index + 1 });
        return (
          <Fieldset key={field.id} legend={legend} radius="md" className="profile-entry">
            <Stack gap="sm">
              <TextField name={`experience.${index}.title`} label={t('profile.experience.title')} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <SelectField name={`experience.${index}.country`} label={t('profile.experience.country')} data={countries} searchable clearable />
                <NumberField
                  name={`experience.${index}.months`}
                  label={t('profile.experience.months')}
                  min={0}
                  max={600}
                  allowDecimal={false}
                  inputMode="numeric"
                  required
                />
              </SimpleGrid>
              <OccupationField index={index} />
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
        <Button variant="light" onClick={() => append({ ...EMPTY_EXPERIENCE })} disabled={fields.length >= 20}>
          {t('profile.experience.add')}
        </Button>
      </div>
    </Stack>
  );
}
