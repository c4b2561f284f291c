const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch of an ISO date-time. Offsets are honoured, so compare with this, never as strings. */
export function instant(isoDateTime: string): number {
  return Date.parse(isoDateTime);
}

/** `isoDateTime` plus `days` whole days, as a UTC ISO date-time. */
export function addDays(isoDateTime: string, days: number): string {
  return new Date(instant(isoDateTime) + days * DAY_MS).toISOString();
}

/**
 * `isoDateTime` plus `months` calendar months, as a UTC ISO date-time. The day is clamped to the end
 * of a shorter month (31 January + 3 months = 30 April), as people count "three months later".
 */
export function addMonths(isoDateTime: string, months: number): string {
  const d = new Date(instant(isoDateTime));
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d.toISOString();
}
