/**
 * Calendar arithmetic on `YYYY-MM-DD` dates and ISO date-times, in UTC: the one place Lotsen counts
 * days and months, so a wait, a reply-by date and a follow-up call are counted the same way
 * everywhere. Dates are plain calendar days (no time zone); date-times are instants.
 */

/** Milliseconds in a day. UTC days are all this long (JavaScript time has no leap seconds). */
export const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01, negative before) of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  // Date.UTC on three integers is several times faster than Date.parse on a string, and this runs
  // once per child in every waitlist.
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number (see {@link dayNumber}). */
export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A `YYYY-MM-DD` date plus `days` calendar days (minus, when negative). */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** A date as `YYYY-MM-DD` from its year, month (1–12) and day. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month (1–12) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Plain arithmetic rather than Date: no time zones, and years below 100 are not remapped to 19xx.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number);
}

/**
 * Adds calendar months to a `YYYY-MM-DD` date, clamping to the month's last day (31 January + 1 month
 * is 28 or 29 February), which is how people count "three months later" on a calendar.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** An ISO date-time (any offset) plus `days` whole days, as a UTC ISO date-time. */
export function addDaysToDateTime(dateTime: string, days: number): string {
  return new Date(Date.parse(dateTime) + days * MS_PER_DAY).toISOString();
}

/**
 * An ISO date-time (any offset) plus `months` calendar months, as a UTC ISO date-time at the same
 * time of day; the day is clamped as in {@link addMonths} (31 January + 3 months = 30 April).
 */
export function addMonthsToDateTime(dateTime: string, months: number): string {
  const utc = new Date(Date.parse(dateTime)).toISOString();
  return addMonths(utc.slice(0, 10), months) + utc.slice(10);
}
