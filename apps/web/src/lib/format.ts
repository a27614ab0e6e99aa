/** Dates through Intl in the reader's language (2026年4月1日, 2026년 4월 1일, 1 April 2026). */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}
