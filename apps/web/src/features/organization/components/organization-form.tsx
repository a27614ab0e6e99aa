import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert';
import type { ErrorDetail } from '../../../lib/api/errors';
import { placeServerFieldErrors, translatedFieldError } from '../../../lib/employer-field-errors';
import { useCreateOrganization } from '../api/create-organization';
import type { MyOrganization } from '../../../lib/organizations/my-organizations';
import { useUpdateOrganization } from '../api/update-organization';
import { JpCategoryField } from './jp-category-field';
import { KoreanStaffFieldset } from './korean-staff-fieldset';
import { NamesFieldset } from './names-fieldset';
import {
  COUNTRIES,
  EMPTY_ORGANIZATION,
  formValuesOf,
  organizationBody,
  organizationSchema,
  placeOrganizationError,
  type OrganizationFormValues,
} from './organization-schema';
import { UnplacedErrors } from './unplaced-errors';

interface OrganizationFormProps {
  /** The organisation to edit; without it the form registers a new one. */
  organization?: MyOrganization;
  onSaved: () => void;
  onCancel?: () => void;
}

/** Registers the organisation or edits its details. */
export function OrganizationForm({ organization, onSaved, onCancel }: OrganizationFormProps) {
  const { t } = useTranslation();
  const creation = useCreateOrganization();
  const update = useUpdateOrganization();
  const [formError, setFormError] = useState<unknown>(null);
  const [unplaced, setUnplaced] = useState<ErrorDetail[]>([]);
  const form = useForm<OrganizationFormValues>({
    resolver: zodResolver(organizationSchema),
    defaultValues: organization ? formValuesOf(organization) : EMPTY_ORGANIZATION,
  });
  const { errors } = form.formState;
  const country = form.watch('country');

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    setUnplaced([]);
    const body = organizationBody(values);
    try {
      if (organization) await update.mutateAsync({ id: organization.id, body });
      else await creation.mutateAsync(body);
      onSaved();
    } catch (error) {
      const placement = placeServerFieldErrors(error, form.setError, placeOrganizationError);
      if (placement && placement.unplaced.length === 0) return;
      setFormError(error);
      setUnplaced(placement?.unplaced ?? []);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="organization-form-heading">
      <Stack gap="lg">
        <ErrorAlert error={formError} />
        <UnplacedErrors details={unplaced} />
        <NamesFieldset form={form} />
        <Controller
          control={form.control}
          name="country"
          render={({ field }) => (
            <div>
              <Text id="org-country-label" size="sm" fw={500} display="block">
                {t('organization.form.country')}
              </Text>
              <Text size="xs" c="dimmed" id="org-country-hint">
                {t('organization.form.countryHint')}
              </Text>
              <SegmentedControl
                mt={6}
                fullWidth
                value={field.value}
                onChange={(value) => field.onChange(value)}
                aria-labelledby="org-country-label"
                aria-describedby="org-country-hint"
                data={COUNTRIES.map((code) => ({ value: code, label: t(`organization.countries.${code}`) }))}
              />
            </div>
          )}
        />
        <TextInput
          {...form.register('registrationNumber')}
          label={t(`organization.form.registrationNumber.${country}`)}
          description={t(`organization.form.registrationNumber.hint${country}`)}
          inputMode="numeric"
          autoComplete="off"
          error={translatedFieldError(t, errors.registrationNumber)}
        />
        <Controller
          control={form.control}
          name="size"
          render={({ field }) => (
            <NumberInput
              name={field.name}
              ref={field.ref}
              value={field.value}
              onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
              onBlur={field.onBlur}
              label={t('organization.form.size')}
              description={t('organization.form.sizeHint')}
              min={1}
              max={1_000_000}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=","
              inputMode="numeric"
              error={translatedFieldError(t, errors.size)}
            />
          )}
        />
        {country === 'KR' ? <KoreanStaffFieldset form={form} /> : <JpCategoryField form={form} />}
        <Group gap="sm">
          <Button type="submit" size="md" loading={creation.isPending || update.isPending}>
            {organization ? t('organization.form.save') : t('organization.form.create')}
          </Button>
          {onCancel ? (
            <Button type="button" size="md" variant="default" onClick={onCancel}>
              {t('organization.form.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
