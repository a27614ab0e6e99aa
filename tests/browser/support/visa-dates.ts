/** An ISO date `days` from today (UTC), for plans whose deadlines must fall near the real today. */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
