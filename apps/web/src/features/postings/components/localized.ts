import type { Locale } from '../../../lib/i18n';

export type LocalizedText = { ja?: string; ko?: string; en?: string };

/** A text in the reader's language, else in the first language it has (with that language, for `lang`). */
export function localized(text: LocalizedText | undefined, locale: Locale): { text: string; lang: Locale } {
  for (const language of [locale, 'ko', 'ja', 'en'] as const) {
    const value = text?.[language];
    if (value) return { text: value, lang: language };
  }
  return { text: '', lang: locale };
}
