export const COUNTRY_CODES = ['KR', 'JP'] as const;
/** Countries where the platform places people. Other ISO codes may appear in education or nationality. */
export type MarketCountry = (typeof COUNTRY_CODES)[number];
/** ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string;

export function isMarketCountry(value: unknown): value is MarketCountry {
  return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}
