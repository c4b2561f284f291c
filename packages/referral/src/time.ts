/** Milliseconds since the epoch of an ISO date-time. Offsets are honoured, so compare with this, never as strings. */
export function instant(isoDateTime: string): number {
  return Date.parse(isoDateTime);
}

// Date-time arithmetic is @lotsen/domain's calendar, under the names the machine and timers use.
export { addDaysToDateTime as addDays, addMonthsToDateTime as addMonths } from '@lotsen/domain';
