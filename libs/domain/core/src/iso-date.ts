/** Dates are ISO calendar dates (YYYY-MM-DD) compared as strings, which orders them correctly. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Midnight UTC of an ISO date; Date.UTC on the parts is several times faster than parsing a string. */
function utcMillis(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function toUtc(date: IsoDate): Date {
  return new Date(utcMillis(date));
}

/** Korea and Japan share UTC+9 and keep no daylight saving time. */
const MARKET_UTC_OFFSET_MS = 9 * 3_600_000;

/**
 * The calendar day in Korea and Japan at a moment: the platform's "today" for deadlines, evaluation dates
 * and open postings (the UTC date lags it from midnight to 09:00 there).
 */
export function marketDay(at: Date): IsoDate {
  return new Date(at.getTime() + MARKET_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar months, clamping to the last day of the month (2025-01-31 + 1 month = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcMillis(to) - utcMillis(from)) / 86_400_000);
}

/** Whole years of age on a date (a birthday on 29 February counts from 1 March in common years). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

export function isWithin(date: IsoDate, from: IsoDate | null | undefined, to: IsoDate | null | undefined): boolean {
  return (from == null || date >= from) && (to == null || date <= to);
}
