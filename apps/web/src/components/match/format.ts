import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';

/** ISO dates (YYYY-MM-DD) are calendar days: format them in UTC so that no time zone moves them. */
function isoDay(iso: string): Date | null {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** 2026年4月1日 / 2026년 4월 1일 / 1 April 2026: the calendar day of a date or a timestamp. */
export function formatDay(iso: string, locale: string): string {
  return formatDate(iso.slice(0, 10), locale);
}

/** 2026年4月 / 2026년 4월 / Apr 2026. */
export function formatMonth(iso: string, locale: string): string {
  const date = isoDay(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** Today as an ISO date in the reader's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "あと8日" / "D-8" / "8 days left"; "今日まで" / "D-day"; "3日超過" / "3일 지남" / "3 days overdue". */
export function daysLeftText(t: TFunction, daysLeft: number): string {
  if (daysLeft === 0) return t('match.days.today');
  const kind = daysLeft > 0 ? 'left' : 'overdue';
  return t(`match.days.${kind}`, { count: Math.abs(daysLeft) });
}

export type Currency = 'KRW' | 'JPY';
export type PayPeriod = 'year' | 'month' | 'hour';

/**
 * Pay the way postings in each country write it: 年収450万円 / 月給25万円 / 時給1,200円 in Japanese,
 * 연봉 3,300만원 / 월급 250만원 / 시급 10,030원 in Korean, "¥4,500,000 a year" in English.
 * Amounts are integers in won or yen.
 */
export function formatPay(t: TFunction, locale: string, amount: number, currency: Currency, period: PayPeriod): string {
  return t(`match.pay.period.${period}`, { value: formatAmount(t, locale, amount, currency, period) });
}

/**
 * A pay range as postings write it, the currency once at the end in Japanese and Korean (年収3,200万〜4,300万ウォン,
 * 연봉 3,300만~4,000만원); one end alone when the other is not given.
 */
export function formatPayRange(t: TFunction, locale: string, range: { min?: number; max?: number }, currency: Currency, period: PayPeriod): string {
  const ends = [range.min, range.max].filter((value): value is number => typeof value === 'number');
  const unique = ends.length === 2 && ends[0] === ends[1] ? [ends[0]] : ends;
  const value = unique
    .map((amount, i) => formatAmount(t, locale, amount, currency, period, i === unique.length - 1))
    .join(locale === 'en' ? '–' : locale === 'ko' ? '~' : '〜');
  return t(`match.pay.period.${period}`, { value });
}

function formatAmount(t: TFunction, locale: string, amount: number, currency: Currency, period: PayPeriod, withUnit = true): string {
  const unit = withUnit ? t(`match.pay.currency.${currency}`) : '';
  if (locale === 'en') return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  // 万 / 만: the unit of ten thousand both languages use for salaries.
  if (amount >= 10_000 && amount % 10_000 === 0 && period !== 'hour') {
    return `${new Intl.NumberFormat(locale).format(amount / 10_000)}${t('match.pay.tenThousand')}${unit}`;
  }
  return `${new Intl.NumberFormat(locale).format(amount)}${unit}`;
}
