const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates through Intl in the reader's language (2026年4月1日, 2026년 4월 1일, 1 April 2026). A calendar day
 * (YYYY-MM-DD: a deadline, a birth date) is formatted in UTC so that no time zone moves it to the day
 * before; a moment (a timestamp) in the reader's own time zone.
 */
export function formatDate(iso: string, locale: string): string {
  const day = CALENDAR_DAY.test(iso);
  const date = new Date(day ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(day ? { timeZone: 'UTC' } : {}) }).format(date);
}

/** A moment (ISO date-time) in the reader's time zone, date and time. */
export function formatMoment(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in the reader's language (ISO 3166 code → 韓国 / 한국 / South Korea); the code itself when Intl has none. */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
