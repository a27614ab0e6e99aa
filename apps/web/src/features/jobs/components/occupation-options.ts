import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../lib/i18n';
import { pickLocalized } from '../../../lib/localized-text';
import type { Occupation } from '../api/get-occupations';

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
  const separator = t('jobs.occupations.separator');
  return [...namesByCode(occupations, country, locale)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, names]) => ({ value: code, label: t('jobs.occupations.option', { names: names.join(separator), code }) }));
}

/**
 * Occupation codes to choose from, named by the occupations they cover: Korean E-7 (KSCO) codes and
 * Japanese MHLW codes, in two groups, or only the group of one country.
 */
export function occupationOptions(
  occupations: readonly Occupation[],
  locale: Locale,
  t: TFunction,
  country?: string,
): ComboboxItemGroup<ComboboxItem>[] {
  const groups: ComboboxItemGroup<ComboboxItem>[] = [];
  if (country !== 'JP') groups.push({ group: t('jobs.occupations.krGroup'), items: items(occupations, 'KR', locale, t) });
  if (country !== 'KR') groups.push({ group: t('jobs.occupations.jpGroup'), items: items(occupations, 'JP', locale, t) });
  return groups;
}

/** The occupations a code stands for, as one label ("海外営業（2742）"); the bare code when unknown. */
export function occupationLabel(occupations: readonly Occupation[] | undefined, code: string, locale: Locale, t: TFunction): string {
  if (!occupations) return code;
  const names = namesByCode(occupations, 'KR', locale).get(code) ?? namesByCode(occupations, 'JP', locale).get(code);
  return names ? t('jobs.occupations.option', { names: names.join(t('jobs.occupations.separator')), code }) : code;
}
