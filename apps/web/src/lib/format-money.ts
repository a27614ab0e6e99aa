/**
 * Amounts the way job postings in each language write them (the words around them — 年収, 연봉, "a year",
 * 円, 원 — come from the translations):
 * - ja / ko count in 万 / 만 (10,000) and 億 / 억: 4,000,000 → "400万" / "400만", 33,000,000 → "3,300万";
 * - en counts in thousands and millions: 4,000,000 → "4.0M", 250,000 → "250K";
 * - small amounts (hourly pay) are written in full: 1,200 → "1,200".
 * Amounts are integers in won or yen.
 */
export function formatAmount(amount: number, locale: string): string {
  const language = locale.toLowerCase().split('-')[0];
  if (language === 'ja' || language === 'ko') {
    if (amount < 10_000) return new Intl.NumberFormat(locale).format(amount);
    return new Intl.NumberFormat(locale, {
      notation: 'compact',
      useGrouping: true,
      maximumFractionDigits: amount >= 100_000_000 ? 1 : 0,
    }).format(amount);
  }
  if (amount >= 1_000_000) {
    return new Intl.NumberFormat(locale, { notation: 'compact', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(amount);
  }
  if (amount >= 10_000) return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 0 }).format(amount);
  return new Intl.NumberFormat(locale).format(amount);
}
