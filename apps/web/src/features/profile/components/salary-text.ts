import type { TFunction } from 'i18next';
import { formatAmount } from '../../../lib/format-money';

export interface Pay {
  amount: number;
  currency: 'KRW' | 'JPY';
  period: 'year' | 'month' | 'hour';
}

/** A salary floor the way postings write pay: 年収300万円以上 / 연봉 3,000만원 이상 / At least ₩30.0M a year. */
export function salaryFloorText(t: TFunction, locale: string, pay: Pay): string {
  const amount = t(`profile.salary.amount.${pay.currency}`, { amount: formatAmount(pay.amount, locale) });
  return t(`profile.salary.floor.${pay.period}`, { amount });
}
