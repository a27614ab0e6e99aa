import { Button, NumberInput, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { useOccupations } from '../../../lib/occupations/use-occupations';
import type { JobFilters } from '../api/search-jobs';
import { JLPT_LEVELS, TOPIK_LEVELS } from './filter-params';
import { occupationOptions } from '../../../lib/occupations/occupation-options';

const CITIES = {
  KR: ['Seoul', 'Busan', 'Incheon', 'Seongnam', 'Suwon', 'Daejeon', 'Daegu', 'Gwangju', 'Ulsan', 'Jeju'],
  JP: ['Tokyo', 'Osaka', 'Yokohama', 'Nagoya', 'Fukuoka', 'Sapporo', 'Kyoto', 'Kobe', 'Sendai', 'Hiroshima'],
} as const;

interface SearchFiltersProps {
  value: JobFilters;
  onApply: (filters: JobFilters) => void;
  /** "Feasible from my status" needs a signed-in candidate. */
  canFilterFeasible: boolean;
}

/** The filters of the search: applied together with "Show results", so a phone does not reload at every tap. */
export function SearchFilters({ value, onApply, canFilterFeasible }: SearchFiltersProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const occupations = useOccupations();
  const [draft, setDraft] = useState<JobFilters>(value);
  const set = (patch: Partial<JobFilters>) => setDraft((current) => ({ ...current, ...patch }));

  const cityCountries = draft.country ? [draft.country] : (['KR', 'JP'] as const);
  const cities = cityCountries.flatMap((country) => CITIES[country].map((city) => ({ value: city, label: t(`jobs.cities.${city.toLowerCase() as Lowercase<typeof city>}`) })));

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
      aria-label={t('jobs.filters.heading')}
    >
      <Stack gap="md">
        <div>
          <Text component="label" id="filter-country-label" size="sm" fw={500}>
            {t('jobs.filters.country')}
          </Text>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-labelledby="filter-country-label"
            value={draft.country ?? 'any'}
            onChange={(country) => set({ country: country === 'KR' || country === 'JP' ? country : undefined, city: undefined, occupation: undefined })}
            data={[
              { value: 'any', label: t('jobs.filters.any') },
              { value: 'KR', label: t('jobs.filters.korea') },
              { value: 'JP', label: t('jobs.filters.japan') },
            ]}
          />
        </div>
        <Select
          label={t('jobs.filters.city')}
          data={cities}
          value={draft.city ?? null}
          onChange={(city) => set({ city: city ?? undefined })}
          placeholder={t('jobs.filters.anyCity')}
          searchable
          clearable
          nothingFoundMessage={t('jobs.filters.nothingFound')}
        />
        <Select
          label={t('jobs.filters.occupation')}
          data={occupationOptions(occupations.data ?? [], locale, t, draft.country)}
          value={draft.occupation ?? null}
          onChange={(occupation) => set({ occupation: occupation ?? undefined })}
          placeholder={t('jobs.filters.anyOccupation')}
          searchable
          clearable
          nothingFoundMessage={t('jobs.filters.nothingFound')}
        />
        <Select
          label={t('jobs.filters.employmentType')}
          data={(['full-time', 'internship', 'contract'] as const).map((type) => ({ value: type, label: t(`jobs.employmentTypes.${type}`) }))}
          value={draft.employmentType ?? null}
          onChange={(type) => set({ employmentType: type === 'full-time' || type === 'internship' || type === 'contract' ? type : undefined })}
          placeholder={t('jobs.filters.any')}
          clearable
        />
        <Switch
          label={t('jobs.filters.sponsorship')}
          checked={draft.sponsorship === true}
          onChange={(event) => set({ sponsorship: event.currentTarget.checked || undefined })}
        />
        <Select
          label={t('jobs.filters.jlpt')}
          description={t('jobs.filters.jlptHint')}
          data={JLPT_LEVELS.map((level) => ({ value: level, label: level }))}
          value={draft.jlpt ?? null}
          onChange={(jlpt) => set({ jlpt: jlpt ?? undefined })}
          placeholder={t('jobs.filters.notSet')}
          clearable
        />
        <Select
          label={t('jobs.filters.topik')}
          description={t('jobs.filters.topikHint')}
          data={TOPIK_LEVELS.map((level) => ({ value: String(level), label: t('jobs.filters.topikLevel', { level }) }))}
          value={draft.topik ? String(draft.topik) : null}
          onChange={(topik) => set({ topik: topik ? Number(topik) : undefined })}
          placeholder={t('jobs.filters.notSet')}
          clearable
        />
        <fieldset className="jobs-fieldset">
          <legend className="jobs-legend">{t('jobs.filters.minSalary')}</legend>
          <Stack gap={6}>
            <SegmentedControl
              aria-label={t('jobs.filters.currency')}
              value={draft.currency ?? (draft.country === 'JP' ? 'JPY' : 'KRW')}
              onChange={(currency) => set({ currency: currency === 'JPY' ? 'JPY' : 'KRW' })}
              data={[
                { value: 'KRW', label: t('jobs.filters.krw') },
                { value: 'JPY', label: t('jobs.filters.jpy') },
              ]}
            />
            <NumberInput
              label={t('jobs.filters.minSalaryAmount')}
              description={t('jobs.filters.minSalaryHint')}
              value={draft.minAnnualSalary ?? ''}
              onChange={(amount) =>
                set({
                  minAnnualSalary: typeof amount === 'number' ? amount : undefined,
                  currency: typeof amount === 'number' ? (draft.currency ?? (draft.country === 'JP' ? 'JPY' : 'KRW')) : draft.currency,
                })
              }
              min={0}
              step={1_000_000}
              thousandSeparator=","
              allowDecimal={false}
              allowNegative={false}
              inputMode="numeric"
            />
          </Stack>
        </fieldset>
        {canFilterFeasible ? (
          <Switch
            label={t('jobs.filters.feasible')}
            description={t('jobs.filters.feasibleHint')}
            checked={draft.feasible === true}
            onChange={(event) => set({ feasible: event.currentTarget.checked || undefined })}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('jobs.filters.feasibleSignIn')}
          </Text>
        )}
        <Stack gap="xs">
          <Button type="submit">{t('jobs.filters.apply')}</Button>
          <Button variant="subtle" onClick={() => onApply({ q: value.q })}>
            {t('jobs.filters.clear')}
          </Button>
        </Stack>
      </Stack>
    </form>
  );
}
