import { Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import { useSkillSearch } from '../api/search-skills';

/** Marks the option that adds the typed words as a skill the taxonomy does not know. */
const FREE_TEXT = 'free-text:';

interface SkillPickerProps {
  /** Skill ids already chosen (not offered again). */
  chosen: readonly string[];
  onPick: (skillId: string) => void;
  onFreeText: (text: string) => void;
}

/** Search box over the skill taxonomy (Japanese, Korean or English words), which also accepts any other skill. */
export function SkillPicker({ chosen, onPick, onFreeText }: SkillPickerProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useSkillSearch(debounced, locale);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const typed = search.trim();
  const suggestions = (results.data ?? []).filter((skill) => !chosen.includes(skill.id));
  const exact = suggestions.some((skill) => Object.values(skill.label).some((label) => label?.toLowerCase() === typed.toLowerCase()));

  const submit = (value: string) => {
    if (value.startsWith(FREE_TEXT)) onFreeText(value.slice(FREE_TEXT.length));
    else onPick(value);
    setSearch('');
    combobox.closeDropdown();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    // Enter must never submit the whole profile form from here.
    event.preventDefault();
    if (combobox.getSelectedOptionIndex() !== -1 || typed === '') return;
    const first = suggestions[0];
    submit(first && exact ? first.id : `${FREE_TEXT}${typed}`);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={submit} withinPortal>
      <Combobox.Target withExpandedAttribute>
        <TextInput
          label={t('profile.skills.search')}
          description={t('profile.skills.searchHint')}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
          rightSection={results.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          autoComplete="off"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={typed === ''}>
        <Combobox.Options aria-label={t('profile.skills.suggestions')}>
          {suggestions.map((skill) => (
            <Combobox.Option key={skill.id} value={skill.id}>
              <span>{pickLocalized(skill.label, locale)?.text ?? skill.id}</span>
              <Text component="span" size="xs" c="dimmed" ml="xs">
                {pickLocalized(skill.groupLabel, locale)?.text}
              </Text>
            </Combobox.Option>
          ))}
          {typed !== '' && !exact ? (
            <Combobox.Option value={`${FREE_TEXT}${typed}`}>{t('profile.skills.addOther', { skill: typed })}</Combobox.Option>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
