import { Radio, Stack } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { JP_CATEGORIES, type OrganizationFormValues } from './organization-schema';

/** The Japanese employer category (カテゴリー1〜4), each explained, or "not sure yet". */
export function JpCategoryField({ form }: { form: UseFormReturn<OrganizationFormValues> }) {
  const { t } = useTranslation();
  return (
    <Controller
      control={form.control}
      name="jpCategory"
      render={({ field }) => (
        <Radio.Group
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          label={t('organization.form.jpCategory.label')}
          description={t('organization.form.jpCategory.description')}
          error={translatedFieldError(t, form.formState.errors.jpCategory)}
        >
          <Stack gap="sm" mt="sm">
            {JP_CATEGORIES.map((category) => (
              <Radio
                key={category}
                value={category}
                onBlur={field.onBlur}
                label={t(`organization.jpCategories.${category}.label`)}
                description={t(`organization.jpCategories.${category}.description`)}
                classNames={{ root: 'role-option', label: 'role-option__label' }}
              />
            ))}
            <Radio
              value="unknown"
              onBlur={field.onBlur}
              label={t('organization.jpCategories.unknown.label')}
              description={t('organization.jpCategories.unknown.description')}
              classNames={{ root: 'role-option', label: 'role-option__label' }}
            />
          </Stack>
        </Radio.Group>
      )}
    />
  );
}
