import i18next, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations, type Translation } from '../locales/bundles';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Translation };
  }
}

export const LOCALES = ['ja', 'ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Where the chosen language is remembered between visits. */
export const LOCALE_STORAGE_KEY = 'hashidari.locale';

export type TranslationKey = ParseKeys<'translation'>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function readStoredLocale(): Locale | undefined {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** The remembered choice, else the first of the browser's languages that the portal speaks, else English. */
export function detectLocale(): Locale {
  const stored = readStoredLocale();
  if (stored) return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = 'ltr';
}

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(language) ? language : 'en';
}

/** Switches the portal's language, sets <html lang> and remembers the choice on this device. */
export async function changeLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or storage full: the choice lasts for this visit only.
  }
  if (currentLocale() !== locale) await i18next.changeLanguage(locale);
}

/** Narrows a key built at run time (e.g. `errors.${code}`) to a known translation key. */
export function isTranslationKey(key: string): key is TranslationKey {
  return i18next.exists(key);
}

export function initI18n(): typeof i18next {
  i18next.on('languageChanged', applyToDocument);
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: translations.en }, ja: { translation: translations.ja }, ko: { translation: translations.ko } },
    lng: detectLocale(),
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyToDocument(currentLocale());
  return i18next;
}
