import { LOCALES, type Locale } from './i18n';

/** A text written in one or more of the portal's languages (a posting's title, an organisation's name). */
export type LocalizedText = Partial<Record<Locale, string>>;

export interface PickedText {
  text: string;
  /** The language the text is actually written in, for the element's `lang` attribute. */
  lang: Locale;
}

/** The languages a localized text is written in, in the portal's order (ja, ko, en). */
export function localizedLanguages(text: LocalizedText | null | undefined): Locale[] {
  if (!text) return [];
  return LOCALES.filter((locale) => typeof text[locale] === 'string' && text[locale].trim() !== '');
}

/**
 * The text in the reader's language; else in the author's language (e.g. Korean for a posting in Korea);
 * else in English; else in whatever language it was written. Null when there is no text at all.
 */
export function pickLocalized(
  text: LocalizedText | null | undefined,
  reader: Locale,
  author?: Locale,
): PickedText | null {
  const available = localizedLanguages(text);
  if (!text || available.length === 0) return null;
  const order = [reader, author, 'en', ...available].filter((lang): lang is Locale => lang !== undefined);
  const lang = order.find((candidate) => available.includes(candidate)) ?? available[0];
  return { text: text[lang] ?? '', lang };
}

/** The language people write in, in a market country: Korean in Korea, Japanese in Japan. */
export function languageOfCountry(country: string | null | undefined): Locale | undefined {
  if (country === 'KR') return 'ko';
  if (country === 'JP') return 'ja';
  return undefined;
}
