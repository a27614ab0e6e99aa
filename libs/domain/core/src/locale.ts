export const LOCALES = ['ja', 'ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text written in one or more of the platform's languages. */
export type LocalizedText = Partial<Record<Locale, string>>;
/** A text that must exist in all three languages (rule messages, taxonomy labels). */
export type TrilingualText = Record<Locale, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the text in the wanted locale, falling back to any locale that has one. */
export function pickText(text: LocalizedText, locale: Locale): string | undefined {
  return text[locale] ?? LOCALES.map((l) => text[l]).find((t) => t !== undefined && t !== '');
}
