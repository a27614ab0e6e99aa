import type { Occupation } from '../api/search-occupations';
import type { Locale } from '../../../lib/i18n';
import { localized } from './localized';

export interface OccupationOption {
  code: string;
  /** The occupations that use the code, in the reader's language. */
  label: string;
  /** Their labels in every language, for matching what the user types. */
  haystack: string;
}

/** One option per code of the country (KR: E-7 codes, JP: MHLW codes), several occupations may share one. */
export function occupationOptions(occupations: readonly Occupation[], country: 'KR' | 'JP', locale: Locale): OccupationOption[] {
  const byCode = new Map<string, { labels: string[]; haystack: string[] }>();
  for (const occupation of occupations) {
    const codes = country === 'KR' ? occupation.krE7Codes : occupation.jpMhlwCodes;
    for (const code of codes) {
      const entry = byCode.get(code) ?? { labels: [], haystack: [code] };
      const label = localized(occupation.label, locale).text;
      if (!entry.labels.includes(label)) entry.labels.push(label);
      entry.haystack.push(occupation.label.ja ?? '', occupation.label.ko ?? '', occupation.label.en ?? '');
      byCode.set(code, entry);
    }
  }
  return [...byCode.entries()].map(([code, { labels, haystack }]) => ({
    code,
    label: labels.join(' / '),
    haystack: haystack.join(' ').toLowerCase(),
  }));
}

/** Codes as users type them: digits, letters and hyphens (2742, 009-03, S2855). */
export function looksLikeCode(text: string): boolean {
  return /^[0-9A-Za-z-]{2,12}$/.test(text) && /\d/.test(text);
}
