import { Fieldset, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import { NAME_LANGUAGES, type OrganizationFormValues } from './organization-schema';

/** The organisation's name in Japanese, Korean and English; at least one is needed. */
export function NamesFieldset({ form }: { form: UseFormReturn<OrganizationFormValues> }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  const groupError = translatedFieldError(t, errors.names);
  // The reader's own language first: that is usually the name they have at hand.
  const locale = currentLocale();
  const languages = [locale, ...NAME_LANGUAGES.filter((language) => language !== locale)];
  return (
    <Fieldset legend={t('organization.form.namesLegend')} radius="md">
      <Text size="sm" c="dimmed" id="org-names-hint">
        {t('organization.form.namesHint')}
      </Text>
      <Stack gap="sm" mt="sm">
        {languages.map((language) => (
          <TextInput
            key={language}
            {...form.register(`names.${language}`)}
            label={t(`organization.form.nameIn.${language}`)}
            lang={language}
            autoComplete="organization"
            error={translatedFieldError(t, errors.names?.[language]) ?? (groupError ? true : undefined)}
            aria-describedby={groupError ? 'org-names-hint org-names-error' : 'org-names-hint'}
          />
        ))}
      </Stack>
      {groupError ? (
        <Text id="org-names-error" size="sm" c="red.8" mt="xs" fw={600}>
          {groupError}
        </Text>
      ) : null}
    </Fieldset>
  );
}
