import { addDays, marketDay } from '@hashidari/domain-core';

/** An ISO date `days` from today in Korea and Japan (the platform's today), for plans whose deadlines must fall near it. */
export function daysFromToday(days: number): string {
  return addDays(marketDay(new Date()), days);
}
