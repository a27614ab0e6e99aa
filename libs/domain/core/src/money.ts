import type { MarketCountry } from './country-code';
import { DomainError } from './domain-error';

export const CURRENCIES = ['KRW', 'JPY'] as const;
export type Currency = (typeof CURRENCIES)[number];
export const PAY_PERIODS = ['year', 'month', 'hour'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** The currency postings of each market pay in. */
export const MARKET_CURRENCY: Readonly<Record<MarketCountry, Currency>> = { KR: 'KRW', JP: 'JPY' };

/** An amount in the currency's smallest unit (won and yen have no smaller unit). */
export interface Money {
  amount: number;
  currency: Currency;
}

export interface Pay extends Money {
  period: PayPeriod;
}

export function money(amount: number, currency: Currency): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new DomainError('INVALID_MONEY', `amount must be an integer in minor units, got ${amount}`);
  }
  return { amount, currency };
}

/** Conventional hours used to annualise pay when a posting states a monthly or hourly figure. */
const HOURS_PER_YEAR = 2088; // 40 h x 52.2 weeks, the figure both labour ministries use for full-time work

export function annualAmount(pay: Pay): number {
  switch (pay.period) {
    case 'year':
      return pay.amount;
    case 'month':
      return pay.amount * 12;
    case 'hour':
      return pay.amount * HOURS_PER_YEAR;
  }
}
