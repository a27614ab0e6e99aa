import type { TFunction } from 'i18next';
import type { Locale } from '../../../lib/i18n';

export type Currency = 'KRW' | 'JPY';
export type PayPeriod = 'year' | 'month' | 'hour';

export interface SalaryRange {
  min?: number | null;
  max?: number | null;
  currency: Currency;
  period: PayPeriod;
}

/** The currency a posting in the country is paid in. */
export const CURRENCY_OF_COUNTRY = { KR: 'KRW', JP: 'JPY' } as const satisfies Record<'KR' | 'JP', Currency>;

// 万 / 만 = 10^4 and 億 / 억 = 10^8: Japanese and Korean write amounts in these units, as numerals.
const MAN = 10_000;
const OKU = 100_000_000;
const UNITS = { ja: { man: '万', oku: '億', gap: '' }, ko: { man: '만', oku: '억', gap: ' ' } } as const;

function grouped(value: number, locale: Locale, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A number as Japanese and Korean postings write it: 450万, 1億2,000万, 3,300만, 1억 2,000만; 1,200 below 10,000. */
export function cjkNumber(amount: number, locale: 'ja' | 'ko'): string {
  if (amount < MAN) return grouped(amount, locale);
  const words = UNITS[locale];
  const oku = Math.floor(amount / OKU);
  const man = (amount - oku * OKU) / MAN;
  const manText = man > 0 ? `${grouped(man, locale, 1)}${words.man}` : '';
  return oku > 0 ? `${grouped(oku, locale)}${words.oku}${manText ? `${words.gap}${manText}` : ''}` : manText;
}

/**
 * A salary range as postings there write it: 年収450万〜600万円, 연봉 3,300만~4,000만원,
 * ₩33,000,000–₩40,000,000 a year. `t` must speak `locale` (the words and the order come from the
 * translations; the currency unit follows the last amount in Japanese and Korean).
 */
export function formatSalary(salary: SalaryRange, locale: Locale, t: TFunction): string {
  const min = salary.min ?? null;
  const max = salary.max ?? null;
  if (min === null && max === null) return '';
  const period = t(`postings.salary.periods.${salary.period}`);
  const amount = (value: number, withUnit: boolean) =>
    locale === 'en'
      ? new Intl.NumberFormat('en', { style: 'currency', currency: salary.currency, maximumFractionDigits: 0 }).format(value)
      : `${cjkNumber(value, locale)}${withUnit ? t(`postings.salary.units.${salary.currency}`) : ''}`;
  if (min !== null && max !== null && min !== max) {
    return t('postings.salary.range', { period, min: amount(min, false), max: amount(max, true) });
  }
  if (min !== null && max === null) return t('postings.salary.from', { period, min: amount(min, true) });
  if (min === null && max !== null) return t('postings.salary.upTo', { period, max: amount(max, true) });
  return t('postings.salary.exact', { period, amount: amount(min ?? 0, true) });
}
