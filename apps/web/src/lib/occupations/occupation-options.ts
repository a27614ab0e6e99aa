import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Locale } from '../i18n';
import { pickLocalized } from '../localized-text';
import type { Occupation } from './use-occupations';

type CodeCountry = 'KR' | 'JP';

/** code -> the occupations it covers (a Japanese MHLW code covers several; most Korean E-7 codes one). */
function namesByCode(occupations: readonly Occupation[], country: CodeCountry, locale: Locale): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const occupation of occupations) {
    const name = pickLocalized(occupation.label, locale)?.text ?? occupation.id;
    for (const code of country === 'KR' ? occupation.krE7Codes : occupation.jpMhlwCodes) {
      const names = byCode.get(code) ?? [];
      if (!names.includes(name)) names.push(name);
      byCode.set(code, names);
    }
  }
  return byCode;
}

function items(occupations: readonly Occupation[], country: CodeCountry, locale: Locale, t: TFunction): ComboboxItem[] {
  const separator = t('occupations.separator');
  return [...namesByCode(occupations, country, locale)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, names]) => ({ value: code, label: t('occupations.option', { names: names.join(separator), code }) }));
}

/**
 * Occupation codes to choose from, named by the occupations they cover: Korean E-7 (KSCO) codes and
 * Japanese MHLW codes, in two groups, or only the group of one country. Codes already chosen that the
 * list does not offer stay visible (and removable) in a group of their own.
 */
export function occupationOptions(
  occupations: readonly Occupation[],
  locale: Locale,
  t: TFunction,
  country?: string,
  chosen: readonly string[] = [],
): ComboboxItemGroup<ComboboxItem>[] {
  const groups: ComboboxItemGroup<ComboboxItem>[] = [];
  if (country !== 'JP') groups.push({ group: t('occupations.krGroup'), items: items(occupations, 'KR', locale, t) });
  if (country !== 'KR') groups.push({ group: t('occupations.jpGroup'), items: items(occupations, 'JP', locale, t) });
  const offered = new Set(groups.flatMap((group) => group.items.map((item) => item.value)));
  const others = chosen.filter((code) => code && !offered.has(code));
  if (others.length > 0) {
    groups.push({ group: t('occupations.otherGroup'), items: others.map((code) => ({ value: code, label: occupationLabel(occupations, code, locale, t) })) });
  }
  return groups;
}

/** The occupations a code stands for, as one label ("海外営業（2742）"); the bare code when unknown. */
export function occupationLabel(occupations: readonly Occupation[] | undefined, code: string, locale: Locale, t: TFunction): string {
  if (!occupations) return code;
  const names = namesByCode(occupations, 'KR', locale).get(code) ?? namesByCode(occupations, 'JP', locale).get(code);
  return names ? t('occupations.option', { names: names.join(t('occupations.separator')), code }) : code;
}
