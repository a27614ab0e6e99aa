import type { TFunction } from 'i18next';
import { formatAmount } from '../../../lib/format-money';
import { isTranslationKey, type Locale } from '../../../lib/i18n';
import { languageOfCountry, pickLocalized, type LocalizedText, type PickedText } from '../../../lib/localized-text';
import type { Job } from '../api/search-jobs';
import { countryName } from '../../../lib/format';

type Salary = NonNullable<Job['salary']>;
type LanguageRequirement = Job['languageRequirements'][number];

/**
 * Pay the way postings write it: 年収400万〜550万円 / 연봉 3,300만~4,000만원 / ¥4.0M–5.5M a year,
 * 月給25万円〜 / 월급 250만원 / ¥250K a month. Null when the posting gives no figure.
 */
export function salaryText(t: TFunction, locale: Locale, salary: Job['salary']): string | null {
  if (!salary) return null;
  const { min, max, currency, period } = salary as Salary;
  if (min === undefined && max === undefined) return null;
  const format = (amount: number) => formatAmount(amount, locale);
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) amount = t(`jobs.salary.range.${currency}`, { min: format(min), max: format(max) });
  else if (min !== undefined && max !== undefined) amount = t(`jobs.salary.exact.${currency}`, { amount: format(min) });
  else if (min !== undefined) amount = t(`jobs.salary.from.${currency}`, { amount: format(min) });
  else amount = t(`jobs.salary.upTo.${currency}`, { amount: format(max ?? 0) });
  return t(`jobs.salary.period.${period}`, { amount });
}

/** A language requirement as postings write it: JLPT N2以上 / TOPIK 4급 이상 / BJT 480 points or more. */
export function languageRequirementText(t: TFunction, requirement: LanguageRequirement): string {
  const { test, level, score } = requirement;
  if (test === 'JLPT' || test === 'TOPIK' || test === 'KIIP') {
    return level === undefined ? test : t(`jobs.language.${test}`, { level });
  }
  return score === undefined ? test : t(`jobs.language.${test}`, { score });
}

/** A city in the reader's language when the portal knows it (Seoul → ソウル / 서울), else as the employer wrote it. */
export function cityName(t: TFunction, city: string | null): string | null {
  if (!city) return null;
  const key = `jobs.cities.${city.trim().toLowerCase().replace(/[^a-z]/g, '')}`;
  return isTranslationKey(key) ? t(key) : city;
}

/** "ソウル（韓国）" / "서울, 한국" / "Seoul, South Korea". */
export function locationText(t: TFunction, locale: Locale, job: Pick<Job, 'city' | 'country'>): string {
  const country = countryName(job.country, locale);
  const city = cityName(t, job.city);
  return city ? t('jobs.location', { city, country }) : country;
}

/** A posting's text in the reader's language, else in the language of its country (what the employer wrote). */
export function jobText(text: LocalizedText | undefined, locale: Locale, country: string): PickedText | null {
  return pickLocalized(text, locale, languageOfCountry(country));
}
