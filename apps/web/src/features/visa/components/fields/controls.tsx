import { MultiSelect, SegmentedControl, Select, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useFormContext, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isTranslationKey } from '../../../../lib/i18n';
import { FACT_LABEL } from '../fact-labels';
import { fieldId, type Fact } from '../facts';
import type { EligibilityFormValues } from '../form-model';
import { FormNumberInput } from '../../../../components/ui/form-number-input';

type Name = FieldPath<EligibilityFormValues>;

export interface Option {
  value: string;
  label: string;
}

interface BaseProps {
  name: Name;
  fact: Fact;
  description?: ReactNode;
}

/** The translated error (its message is a translation key) of a field, if any. */
function useFieldError(name: Name): string | undefined {
  const { t } = useTranslation();
  const { getFieldState, formState } = useFormContext<EligibilityFormValues>();
  const message = getFieldState(name, formState).error?.message;
  if (!message) return undefined;
  return isTranslationKey(message) ? t(message) : t('validation.invalid');
}

function useLabel(fact: Fact): string {
  const { t } = useTranslation();
  return t(FACT_LABEL[fact]);
}

export function DateField({ name, fact, description }: BaseProps) {
  const { register } = useFormContext<EligibilityFormValues>();
  const error = useFieldError(name);
  return <TextInput type="date" id={fieldId(name)} label={useLabel(fact)} description={description} error={error} {...register(name)} />;
}

export function TextField({ name, fact, description }: BaseProps) {
  const { register } = useFormContext<EligibilityFormValues>();
  const error = useFieldError(name);
  return <TextInput id={fieldId(name)} label={useLabel(fact)} description={description} error={error} {...register(name)} />;
}

interface NumberProps extends BaseProps {
  /** A label other than the fact's (when a group already names the fact). */
  label?: string;
  min?: number;
  max?: number;
  step?: number;
  decimalScale?: number;
  suffix?: string;
}

export function NumberField({ name, fact, description, label: labelOverride, min = 0, max, step, decimalScale = 0, suffix }: NumberProps) {
  const { control } = useFormContext<EligibilityFormValues>();
  const factLabel = useLabel(fact);
  const label = labelOverride ?? factLabel;
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormNumberInput
          id={fieldId(name)}
          label={label}
          description={description}
          error={error}
          min={min}
          max={max}
          step={step}
          decimalScale={decimalScale}
          suffix={suffix}
          thousandSeparator=","
          allowNegative={false}
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
        />
      )}
    />
  );
}

interface SelectProps extends BaseProps {
  data: readonly Option[] | readonly { group: string; items: Option[] }[];
  searchable?: boolean;
}

export function SelectField({ name, fact, description, data, searchable }: SelectProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<EligibilityFormValues>();
  const label = useLabel(fact);
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          id={fieldId(name)}
          label={label}
          description={description}
          error={error}
          data={data as Option[]}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          placeholder={t('visa.form.unknown')}
          clearable
          searchable={searchable}
          nothingFoundMessage={t('visa.form.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

export function MultiSelectField({ name, fact, description, data }: SelectProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<EligibilityFormValues>();
  const label = useLabel(fact);
  const error = useFieldError(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect
          id={fieldId(name)}
          label={label}
          description={description}
          error={error}
          data={data as Option[]}
          value={Array.isArray(field.value) ? (field.value as string[]) : []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          ref={field.ref}
          placeholder={t('visa.form.unknown')}
          clearable
        />
      )}
    />
  );
}

/** A yes / no fact with "not sure" as the default (sent as nothing, which asks for a review). */
export function TriField({ name, fact, description }: BaseProps) {
  const { t } = useTranslation();
  const { control } = useFormContext<EligibilityFormValues>();
  const label = useLabel(fact);
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="hd-tri" id={id} tabIndex={-1}>
      <Text component="span" id={`${id}-label`} className="hd-tri__label">
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed" id={`${id}-description`}>
          {description}
        </Text>
      ) : null}
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <SegmentedControl
            aria-labelledby={`${id}-label`}
            aria-describedby={description ? `${id}-description` : undefined}
            name={name}
            value={typeof field.value === 'string' ? field.value : 'unknown'}
            onChange={field.onChange}
            data={[
              { value: 'unknown', label: t('visa.form.tri.unknown') },
              { value: 'yes', label: t('visa.form.tri.yes') },
              { value: 'no', label: t('visa.form.tri.no') },
            ]}
            size="sm"
            className="hd-tri__control"
          />
        )}
      />
      {error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </div>
  );
}
