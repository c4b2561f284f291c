import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addDaysToDateTime,
  addMonths,
  addMonthsToDateTime,
  dateOfDayNumber,
  dayNumber,
  daysBetween,
  daysInMonth,
  formatIsoDate,
} from './dates.js';

const dateArb = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('counting days', () => {
  it('numbers days from 1970-01-01 and turns a day number back into the same date', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-12-08')).toBe(20_795);
    expect(dateOfDayNumber(20_795)).toBe('2026-12-08');
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(dateOfDayNumber(dayNumber(date))).toBe(date);
      }),
    );
  });

  it('counts the days between two dates as the calendar does, across leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(daysBetween(a, b)).toBe((Date.parse(b) - Date.parse(a)) / 86_400_000);
        expect(addDays(a, daysBetween(a, b))).toBe(b);
      }),
    );
  });

  it('adds whole days to a date-time at the same time of day, from any offset', () => {
    expect(addDaysToDateTime('2026-03-01T09:30:00+01:00', 7)).toBe('2026-03-08T08:30:00.000Z');
    expect(addDaysToDateTime('2026-03-01T09:30:00Z', -1)).toBe('2026-02-28T09:30:00.000Z');
  });
});

describe('counting months', () => {
  it('knows the length of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(formatIsoDate(987, 3, 5)).toBe('0987-03-05');
  });

  it('moves exactly n calendar months and never past the month’s end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 36 }), (iso, n) => {
        const out = addMonths(iso, n);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        const [y2, m2, day2] = out.split('-').map(Number) as [number, number, number];
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(n);
        expect(day2).toBeLessThanOrEqual(day);
        expect(new Date(`${out}T00:00:00Z`).toISOString().slice(0, 10)).toBe(out); // a real date
      }),
    );
  });

  it('adds months to a date-time as a calendar does: the same time, the day clamped', () => {
    expect(addMonthsToDateTime('2026-01-31T10:00:00Z', 3)).toBe('2026-04-30T10:00:00.000Z');
    // The day is the UTC day: 00:30 in Stockholm on 1 March is still 28 February in UTC.
    expect(addMonthsToDateTime('2026-03-01T00:30:00+01:00', 1)).toBe('2026-03-28T23:30:00.000Z');
    // The same as counting with Date's own month arithmetic, clamped to the month's last day.
    const byDate = (dateTime: string, months: number): string => {
      const d = new Date(Date.parse(dateTime));
      const day = d.getUTCDate();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() + months);
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
      d.setUTCDate(Math.min(day, last));
      return d.toISOString();
    };
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (d, n) => {
          expect(addMonthsToDateTime(d.toISOString(), n)).toBe(byDate(d.toISOString(), n));
        },
      ),
    );
  });
});
