import type { Schemas } from '@hashidari/contracts';
import { useTranslation } from 'react-i18next';
import { isLocale, type Locale } from '../../lib/i18n';

export type LocalizedText = Schemas['LocalizedTextDto'];

const FALLBACK: Record<Locale, readonly Locale[]> = {
  ja: ['ja', 'en', 'ko'],
  ko: ['ko', 'en', 'ja'],
  en: ['en', 'ja', 'ko'],
};

/** The text in the reader's language, else in the closest other language the API gave, else ''. */
export function pickText(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return '';
  const order = FALLBACK[isLocale(locale) ? locale : 'en'];
  for (const language of order) {
    const value = text[language];
    if (value && value.trim() !== '') return value;
  }
  return '';
}

/** True when the text exists in the reader's language (otherwise the shown text should carry its own lang). */
export function textLanguage(text: LocalizedText | null | undefined, locale: string): Locale | undefined {
  if (!text) return undefined;
  const order = FALLBACK[isLocale(locale) ? locale : 'en'];
  return order.find((language) => Boolean(text[language]?.trim()));
}

/** A function that picks the reader's language out of an API text, following language switches. */
export function useLocalized(): (text: LocalizedText | null | undefined) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? i18n.language;
  return (text) => pickText(text, locale);
}
