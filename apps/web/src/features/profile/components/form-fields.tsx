import { MultiSelect, Select, TextInput, type ComboboxData, type NumberInputProps, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, get, useFormContext, useFormState, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isTranslationKey } from '../../../lib/i18n';
import type { ProfileFormValues } from './profile-form';
import { FormNumberInput } from '../../../components/ui/form-number-input';

type Name = FieldPath<ProfileFormValues>;

/** The translated error of a field (its message is a translation key), or undefined. */
export function useFieldMessage(name: Name): string | undefined {
  const { t } = useTranslation();
  const { errors } = useFormState<ProfileFormValues>({ name });
  const fieldError = get(errors, name) as { message?: unknown } | undefined;
  const message = fieldError?.message;
  if (typeof message !== 'string' || message === '') return undefined;
  return isTranslationKey(message) ? t(message) : t('validation.invalid');
}

interface BaseProps {
  name: Name;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
}

export function TextField({ name, ...props }: BaseProps & Omit<TextInputProps, 'name' | 'error'>) {
  const { register } = useFormContext<ProfileFormValues>();
  const error = useFieldMessage(name);
  return <TextInput {...register(name)} {...props} error={error} />;
}

/** A date written YYYY-MM-DD through the browser's own date picker (the phone's wheel on mobile). */
export function DateField(props: BaseProps & Omit<TextInputProps, 'name' | 'error' | 'type'>) {
  return <TextField type="date" {...props} />;
}

export function SelectField({
  name,
  data,
  searchable,
  clearable,
  placeholder,
  ...props
}: BaseProps & { data: ComboboxData; searchable?: boolean; clearable?: boolean; placeholder?: string; disabled?: boolean }) {
  const { control } = useFormContext<ProfileFormValues>();
  const error = useFieldMessage(name);
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...props}
          ref={field.ref}
          name={field.name}
          value={typeof field.value === 'string' && field.value !== '' ? field.value : null}
          onChange={(value) => field.onChange(value ?? '')}
          onBlur={field.onBlur}
          data={data}
          searchable={searchable}
          clearable={clearable}
          placeholder={placeholder}
          nothingFoundMessage={t('profile.common.nothingFound')}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

export function MultiSelectField({ name, data, ...props }: BaseProps & { data: ComboboxData; placeholder?: string }) {
  const { control } = useFormContext<ProfileFormValues>();
  const error = useFieldMessage(name);
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MultiSelect
          {...props}
          ref={field.ref}
          name={field.name}
          value={Array.isArray(field.value) ? (field.value as string[]) : []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          data={data}
          searchable
          nothingFoundMessage={t('profile.common.nothingFound')}
          error={error}
        />
      )}
    />
  );
}

export function NumberField({ name, ...props }: BaseProps & Omit<NumberInputProps, 'name' | 'error' | 'value' | 'onChange'>) {
  const { control } = useFormContext<ProfileFormValues>();
  const error = useFieldMessage(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormNumberInput
          {...props}
          ref={field.ref}
          name={field.name}
          value={typeof field.value === 'number' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
}
