import { Fieldset, Group, NumberInput, Stack, Text } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import { LabelledSegments } from './labelled-segments';
import type { PostingFormProps } from './posting-form-props';
import { PAY_PERIODS } from './posting-schema';
import { CURRENCY_OF_COUNTRY, formatSalary } from './salary-format';
import classes from './postings.module.css';

/** The salary range, in the currency of the posting's country, and how candidates will read it. */
export function SalaryFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const country = form.watch('country');
  const salary = form.watch('salary');
  const currency = CURRENCY_OF_COUNTRY[country];
  const preview = formatSalary(
    { min: salary.min === '' ? null : salary.min, max: salary.max === '' ? null : salary.max, currency, period: salary.period },
    currentLocale(),
    t,
  );

  const amountInput = (part: 'min' | 'max') => (
    <Controller
      control={form.control}
      name={`salary.${part}`}
      render={({ field }) => (
        <NumberInput
          name={field.name}
          ref={field.ref}
          value={field.value}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
          onBlur={field.onBlur}
          label={t(`postings.editor.salary.${part}`)}
          min={0}
          max={10_000_000_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          inputMode="numeric"
          rightSection={<span className={classes.currency}>{currency}</span>}
          rightSectionWidth={48}
          error={translatedFieldError(t, errors.salary?.[part])}
          className={classes.amount}
        />
      )}
    />
  );

  return (
    <Fieldset legend={t('postings.editor.salary.legend')} radius="md">
      <Stack gap="md">
        <Controller
          control={form.control}
          name="salary.period"
          render={({ field }) => (
            <LabelledSegments
              label={t('postings.editor.salary.period')}
              value={field.value}
              onChange={field.onChange}
              data={PAY_PERIODS.map((period) => ({ value: period, label: t(`postings.editor.salary.periodOptions.${period}`) }))}
            />
          )}
        />
        <Group gap="sm" align="flex-start" grow preventGrowOverflow={false} className={classes.amounts}>
          {amountInput('min')}
          {amountInput('max')}
        </Group>
        <Text size="sm" c="dimmed">
          {t(`postings.editor.salary.currency${currency}`)}
        </Text>
        {translatedFieldError(t, errors.salary) ? (
          <Text size="sm" c="red.8" fw={600}>
            {translatedFieldError(t, errors.salary)}
          </Text>
        ) : null}
        <Text size="sm" aria-live="polite">
          {preview ? t('postings.editor.salary.preview', { salary: preview }) : t('postings.editor.salary.noSalary')}
        </Text>
      </Stack>
    </Fieldset>
  );
}
