import { Select, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../../components/match/localized-text';
import type { VisaTarget } from '../../../components/pathway/api/get-visa-catalog';
import { isTranslationKey } from '../../../lib/i18n';
import type { EligibilityFormValues } from './form-model';

/** What to check (the 12 targets, grouped by country, with their official names) and on which date. */
export function TargetFields({ targets }: { targets: readonly VisaTarget[] }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<EligibilityFormValues>();
  const data = (['KR', 'JP'] as const).map((country) => ({
    group: t(`visa.form.targetGroup.${country}`),
    items: targets.filter((target) => target.country === country).map((target) => ({ value: target.code, label: localized(target.label) })),
  }));
  const message = (key?: string) => (key ? (isTranslationKey(key) ? t(key) : t('validation.invalid')) : undefined);

  return (
    <div className="hd-vgrid hd-vgrid--target">
      <Controller
        control={control}
        name="target"
        rules={{ required: 'visa.form.targetRequired' }}
        render={({ field }) => (
          <Select
            id="vf-target"
            label={t('visa.form.target')}
            description={t('visa.form.targetHint')}
            data={data}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            required
            searchable
            nothingFoundMessage={t('visa.form.nothingFound')}
            error={message(errors.target?.message)}
            placeholder={t('visa.form.targetPlaceholder')}
            maxDropdownHeight={360}
          />
        )}
      />
      <TextInput
        id="vf-evalDate"
        type="date"
        label={t('visa.form.evalDate')}
        description={t('visa.form.evalDateHint')}
        required
        error={message(errors.evalDate?.message)}
        {...register('evalDate', { required: 'visa.form.evalDateRequired' })}
      />
    </div>
  );
}
