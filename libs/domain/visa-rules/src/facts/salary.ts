import { annualAmount, type Currency, type Pay } from '@hashidari/domain-core';

/** Annual gross amount in the wanted currency, or undefined when the pay is in another currency. */
export function annualIn(pay: Pay, currency: Currency): number | undefined {
  return pay.currency === currency ? annualAmount(pay) : undefined;
}
