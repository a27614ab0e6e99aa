import type { TFunction } from 'i18next';
import { formatAmount } from '../../../lib/format-money';
import type { Schemas } from '@hashidari/contracts';

type SalaryBand = Schemas['SalaryBandDto'];

/** 0.625 → "63%" / "63％"-style, in the reader's locale. */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A yearly amount the way postings write it: ₩36M / 3,600万ウォン / 3,600만원. */
export function formatYearly(t: TFunction, amount: number, currency: SalaryBand['currency'], locale: string): string {
  return t(`insights.salary.amount.${currency}`, { amount: formatAmount(amount, locale) });
}

export interface Scale {
  low: number;
  high: number;
}

/** The span every band of a market is drawn on, so that bars compare; null when no group has a band. */
export function salaryScale(bands: readonly (SalaryBand | null)[]): Scale | null {
  const present = bands.filter((band): band is SalaryBand => band !== null);
  if (present.length === 0) return null;
  const low = Math.min(...present.map((band) => band.p25));
  const high = Math.max(...present.map((band) => band.p75));
  // a little room either side, so that the lowest and highest bands do not touch the edges
  const margin = Math.max((high - low) * 0.1, high * 0.05);
  return { low: Math.max(0, low - margin), high: high + margin };
}

/** Where a band sits on the scale, as percentages of its width (left edge, width, median). */
export function bandPosition(band: SalaryBand, scale: Scale): { left: number; width: number; median: number } {
  const span = scale.high - scale.low || 1;
  const at = (amount: number) => Math.min(100, Math.max(0, ((amount - scale.low) / span) * 100));
  const left = at(band.p25);
  return { left, width: Math.max(at(band.p75) - left, 1), median: at(band.median) };
}
