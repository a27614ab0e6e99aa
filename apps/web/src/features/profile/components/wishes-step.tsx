import { Checkbox, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { useOccupations } from '../../../lib/occupations/use-occupations';
import { DateField, MultiSelectField, NumberField, SelectField, useFieldMessage } from './form-fields';
import { occupationOptions } from '../../../lib/occupations/occupation-options';
import { CURRENCIES, EMPLOYMENT_TYPES, PAY_PERIODS, type ProfileFormValues } from './profile-form';
import { salaryFloorText } from './salary-text';

function ChoiceGroup({ name, options, label }: { name: 'wishes.countries' | 'wishes.employmentTypes'; options: { value: string; label: string }[]; label: string }) {
  const { control } = useFormContext<ProfileFormValues>();
  const error = useFieldMessage(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox.Group label={label} value={field.value} onChange={field.onChange} error={error}>
          <Group gap="lg" mt="xs">
            {options.map((option) => (
              <Checkbox key={option.value} value={option.value} label={option.label} onBlur={field.onBlur} />
            ))}
          </Group>
        </Checkbox.Group>
      )}
    />
  );
}

function SalaryFloor() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { control } = useFormContext<ProfileFormValues>();
  const salary = useWatch<ProfileFormValues, 'wishes.salaryFloor'>({ name: 'wishes.salaryFloor' });
  const periods = PAY_PERIODS.map((period) => ({ value: period, label: t(`profile.salary.periods.${period}`) }));
  return (
    <fieldset className="profile-fieldset">
      <legend className="profile-legend">{t('profile.wishes.salaryFloor')}</legend>
      <Stack gap="sm">
        <Controller
          control={control}
          name="wishes.salaryFloor.currency"
          render={({ field }) => (
            <SegmentedControl
              aria-label={t('profile.wishes.currency')}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              data={CURRENCIES.map((currency) => ({ value: currency, label: t(`profile.salary.currencies.${currency}`) }))}
            />
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberField
            name="wishes.salaryFloor.amount"
            label={t('profile.wishes.amount')}
            description={t('profile.wishes.amountHint')}
            min={0}
            thousandSeparator=","
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
          />
          <SelectField name="wishes.salaryFloor.period" label={t('profile.wishes.period')} data={periods} />
        </SimpleGrid>
        <Text size="sm" aria-live="polite" className="profile-salary-preview">
          {salary.amount === '' ? t('profile.wishes.noFloor') : salaryFloorText(t, locale, { ...salary, amount: salary.amount })}
        </Text>
      </Stack>
    </fieldset>
  );
}

/** Where, what and on which terms the candidate wants to work. */
export function WishesStep() {
  const { t } = useTranslation();
  const occupations = useOccupations();
  const codes = useWatch<ProfileFormValues, 'wishes.occupationCodes'>({ name: 'wishes.occupationCodes' });
  const countries = [
    { value: 'KR', label: t('profile.wishes.countryKR') },
    { value: 'JP', label: t('profile.wishes.countryJP') },
  ];
  const types = EMPLOYMENT_TYPES.map((type) => ({ value: type, label: t(`profile.employmentTypes.${type}`) }));

  return (
    <Stack gap="lg">
      <ChoiceGroup name="wishes.countries" label={t('profile.wishes.countries')} options={countries} />
      <ChoiceGroup name="wishes.employmentTypes" label={t('profile.wishes.employmentTypes')} options={types} />
      <MultiSelectField
        name="wishes.occupationCodes"
        label={t('profile.wishes.occupations')}
        description={t('profile.wishes.occupationsHint')}
        data={occupationOptions(occupations.data ?? [], currentLocale(), t, undefined, codes)}
      />
      <SalaryFloor />
      <DateField name="wishes.startFrom" label={t('profile.wishes.startFrom')} />
    </Stack>
  );
}
