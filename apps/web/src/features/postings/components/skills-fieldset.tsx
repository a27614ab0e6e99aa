import { Fieldset, MultiSelect, Stack, Text, type ComboboxItem, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translatedFieldError } from '../../../lib/employer-field-errors';
import { currentLocale } from '../../../lib/i18n';
import { useSkills, type Skill } from '../api/search-skills';
import { localized } from './localized';
import type { PostingFormProps } from './posting-form-props';

type SkillField = 'requiredSkills' | 'preferredSkills';

function isItem(entry: ComboboxParsedItem): entry is ComboboxItem {
  return 'value' in entry;
}

/** One skills picker (required or preferred), searched in any language through the taxonomy. */
function SkillPicker({ form, name, skills }: PostingFormProps & { name: SkillField; skills: readonly Skill[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const found = useSkills(debounced, locale);
  const foundIds = useMemo(() => new Set(debounced ? (found.data ?? []).map((skill) => skill.id) : []), [debounced, found.data]);

  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => {
        const known = new Set(skills.map((skill) => skill.id));
        // Skills the taxonomy does not know stay selectable as written, so that saving keeps them.
        const others = field.value.filter((id) => !known.has(id)).map((id) => ({ value: id, label: id }));
        const groups = new Map<string, ComboboxItem[]>();
        for (const skill of skills) {
          const group = localized(skill.groupLabel, locale).text;
          groups.set(group, [...(groups.get(group) ?? []), { value: skill.id, label: localized(skill.label, locale).text }]);
        }
        const data = [
          ...[...groups.entries()].map(([group, items]) => ({ group, items })),
          ...(others.length > 0 ? [{ group: t('postings.editor.skills.other'), items: others }] : []),
        ];
        const filter: OptionsFilter = ({ options, search: query }) => {
          const needle = query.trim().toLowerCase();
          if (!needle) return options;
          const useServer = debounced.toLowerCase() === needle && foundIds.size > 0;
          const keep = (item: ComboboxItem) => (useServer && foundIds.has(item.value)) || item.label.toLowerCase().includes(needle);
          return options.flatMap((entry): ComboboxParsedItem[] => {
            if (isItem(entry)) return keep(entry) ? [entry] : [];
            const items = entry.items.filter(keep);
            return items.length > 0 ? [{ ...entry, items }] : [];
          });
        };
        return (
          <MultiSelect
            ref={field.ref}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            onSearchChange={setSearch}
            searchValue={search}
            data={data}
            filter={filter}
            searchable
            hidePickedOptions
            maxValues={30}
            maxDropdownHeight={300}
            label={t(`postings.editor.skills.${name}`)}
            description={t(`postings.editor.skills.${name}Hint`)}
            placeholder={field.value.length === 0 ? t('postings.editor.skills.placeholder') : undefined}
            nothingFoundMessage={t('postings.editor.skills.nothingFound')}
            error={translatedFieldError(t, form.formState.errors[name])}
          />
        );
      }}
    />
  );
}

/** Required (必須 / 필수) and preferred (歓迎 / 우대) skills. */
export function SkillsFieldset({ form }: PostingFormProps) {
  const { t } = useTranslation();
  const all = useSkills('', currentLocale());
  return (
    <Fieldset legend={t('postings.editor.skills.legend')} radius="md">
      <Stack gap="md">
        {all.isError ? (
          <Text size="sm" c="red.8">
            {t('postings.editor.skills.loadError')}
          </Text>
        ) : null}
        <SkillPicker form={form} name="requiredSkills" skills={all.data ?? []} />
        <SkillPicker form={form} name="preferredSkills" skills={all.data ?? []} />
      </Stack>
    </Fieldset>
  );
}
