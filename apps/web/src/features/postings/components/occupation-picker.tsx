import { Badge, Group, Select, Text, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import { useOccupations } from '../api/search-occupations';
import { looksLikeCode, occupationOptions } from './occupation-options';
import type { PostingFormProps } from './posting-form-props';
import classes from './postings.module.css';

interface OccupationPickerProps extends PostingFormProps {
  /** What the readiness check says about the code: an E-7 code (true), not one (false), or nothing (null). */
  e7Code: boolean | null;
}

const TYPED = 'typed:';

/** The occupation code: searched in any language through the taxonomy, or typed as a code. */
export function OccupationPicker({ form, e7Code }: OccupationPickerProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const country = form.watch('country');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const all = useOccupations({ country, q: '', locale });
  const found = useOccupations({ country, q: debounced, locale });
  const options = useMemo(() => occupationOptions(all.data ?? [], country, locale), [all.data, country, locale]);
  const foundCodes = useMemo(
    () => (debounced ? occupationOptions(found.data ?? [], country, locale).map((option) => option.code) : []),
    [debounced, found.data, country, locale],
  );

  return (
    <Controller
      control={form.control}
      name="occupationCode"
      render={({ field }) => {
        const value = field.value;
        const known = options.find((option) => option.code === value);
        const typed = search.trim();
        const data: ComboboxItem[] = [
          ...options.map((option) => ({ value: option.code, label: `${option.code} ${option.label}` })),
          ...(value && !known ? [{ value, label: value }] : []),
          ...(looksLikeCode(typed) && typed !== value && !options.some((option) => option.code === typed)
            ? [{ value: `${TYPED}${typed}`, label: t('postings.editor.occupation.useTyped', { code: typed }) }]
            : []),
        ];
        const filter: OptionsFilter = ({ options: items, search: query }) => {
          const needle = query.trim().toLowerCase();
          if (!needle) return items;
          const flat = items.filter((item): item is ComboboxItem => 'value' in item);
          const server = debounced.toLowerCase() === needle ? foundCodes : [];
          const local = options.filter((option) => option.haystack.includes(needle)).map((option) => option.code);
          const wanted = [...new Set([...server, ...local])];
          return [
            ...wanted.flatMap((code) => flat.filter((item) => item.value === code)),
            ...flat.filter((item) => String(item.value).startsWith(TYPED)),
          ];
        };
        return (
          <div>
            <Select
              ref={field.ref}
              name={field.name}
              value={value || null}
              onChange={(next) => field.onChange(next ? next.replace(TYPED, '') : '')}
              onBlur={field.onBlur}
              onSearchChange={setSearch}
              data={data}
              filter={filter}
              searchable
              clearable
              limit={60}
              maxDropdownHeight={320}
              label={t('postings.editor.occupation.label')}
              description={t(`postings.editor.occupation.hint${country}`)}
              placeholder={t('postings.editor.occupation.placeholder')}
              nothingFoundMessage={all.isError ? t('postings.editor.occupation.loadError') : t('postings.editor.occupation.nothingFound')}
              clearButtonProps={{ 'aria-label': t('postings.editor.occupation.clear') }}
              error={translatedFieldError(t, form.formState.errors.occupationCode)}
              renderOption={({ option }) => {
                const isTyped = String(option.value).startsWith(TYPED);
                return (
                  <Group gap="xs" wrap="nowrap">
                    {!isTyped && country === 'KR' ? (
                      <Badge size="xs" variant="light" color="teal" c="teal.9" className={classes.codeBadge}>
                        E-7
                      </Badge>
                    ) : null}
                    <Text size="sm">{option.label}</Text>
                  </Group>
                );
              }}
            />
            <CodeStatus country={country} code={value} e7Code={e7Code ?? (options.some((option) => option.code === value) ? true : null)} />
          </div>
        );
      }}
    />
  );
}

function CodeStatus({ country, code, e7Code }: { country: 'KR' | 'JP'; code: string; e7Code: boolean | null }) {
  const { t } = useTranslation();
  if (!code) return null;
  if (country === 'JP') {
    return (
      <Text size="sm" mt={6} c="dimmed">
        {t('postings.editor.occupation.mhlwCode', { code })}
      </Text>
    );
  }
  const key = e7Code === true ? 'isE7' : e7Code === false ? 'notE7' : 'e7Unknown';
  return (
    <Text size="sm" mt={6} fw={600} c={e7Code === false ? 'red.8' : e7Code === true ? 'teal.9' : 'dimmed'}>
      {t(`postings.editor.occupation.${key}`, { code })}
    </Text>
  );
}
