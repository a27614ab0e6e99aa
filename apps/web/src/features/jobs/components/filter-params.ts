import type { JobFilters } from '../api/search-jobs';

const COUNTRIES = ['KR', 'JP'] as const;
const EMPLOYMENT_TYPES = ['internship', 'full-time', 'contract'] as const;
const CURRENCIES = ['KRW', 'JPY'] as const;
export const JLPT_LEVELS = ['N1', 'N2', 'N3', 'N4', 'N5'] as const;
export const TOPIK_LEVELS = [6, 5, 4, 3, 2, 1] as const;

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return values.find((candidate) => candidate === value);
}

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/** The search written in the address (?q=&country=…), values that make no sense dropped. */
export function filtersFromParams(params: URLSearchParams): JobFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const topik = positiveInteger(params.get('topik'));
  const minAnnualSalary = positiveInteger(params.get('minAnnualSalary'));
  const currency = oneOf(CURRENCIES, params.get('currency'));
  const filters: JobFilters = {
    q: text('q')?.slice(0, 100),
    country: oneOf(COUNTRIES, params.get('country')),
    city: text('city'),
    occupation: text('occupation'),
    employmentType: oneOf(EMPLOYMENT_TYPES, params.get('employmentType')),
    sponsorship: params.get('sponsorship') === 'true' ? true : undefined,
    jlpt: oneOf(JLPT_LEVELS, params.get('jlpt')),
    topik: topik !== undefined && topik >= 1 && topik <= 6 ? topik : undefined,
    minAnnualSalary: minAnnualSalary !== undefined && currency ? minAnnualSalary : undefined,
    currency: minAnnualSalary !== undefined ? currency : undefined,
    feasible: params.get('feasible') === 'true' ? true : undefined,
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as JobFilters;
}

/** The address of a search, so that it can be shared or bookmarked. */
export function paramsFromFilters(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || value === false) continue;
    params.set(name, String(value));
  }
  return params;
}

/** How many filters (besides the keywords) are in use, for the mobile "Filters (3)" button. */
export function activeFilterCount(filters: JobFilters): number {
  const { q: _q, currency: _currency, ...rest } = filters;
  return Object.values(rest).filter((value) => value !== undefined).length;
}
