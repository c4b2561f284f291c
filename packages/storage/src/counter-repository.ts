import { TextSchema, type Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import type { StorageError } from './errors.js';
import { guard, parseInput } from './input.js';

const NameSchema = TextSchema.regex(
  /^[a-z0-9_.:-]{1,100}$/,
  'Counter names are lowercase letters, digits and . _ : -',
);
const IncrementSchema = z.strictObject({
  name: NameSchema,
  by: z.number().int().min(1).max(1_000_000),
});
const RangeSchema = z.strictObject({ from: z.iso.date(), to: z.iso.date() });

/** One counter's total for a day. */
export interface CounterTotal {
  readonly name: string;
  readonly day: string;
  readonly count: number;
}

/**
 * Aggregate usage counters shared by every process: an increment is one atomic upsert, so several
 * bot instances never lose counts. Only names and counts are stored, by day.
 */
export interface CounterRepository {
  /** Adds `by` (default 1) to today's count of `name` (the database's date). */
  increment(name: string, by?: number): Promise<Result<void, StorageError>>;
  /** The counts from `from` to `to` (inclusive, `YYYY-MM-DD`), by name and day. */
  totals(from: string, to: string): Promise<Result<CounterTotal[], StorageError>>;
}

/** Creates the counter repository over a driver. */
export function createCounterRepository(driver: Driver): CounterRepository {
  return {
    async increment(name, by = 1) {
      const parsed = parseInput(IncrementSchema, { name, by }, 'counter');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        await driver.query(
          `INSERT INTO usage_counters (name, day, count) VALUES ($1, current_date, $2)
           ON CONFLICT (name, day) DO UPDATE SET count = usage_counters.count + excluded.count`,
          [parsed.value.name, parsed.value.by],
        );
      });
    },
    async totals(from, to) {
      const parsed = parseInput(RangeSchema, { from, to }, 'counter range');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query<{ name: string; day: string; count: number }>(
          `SELECT name, to_char(day, 'YYYY-MM-DD') AS day, count::integer AS count
           FROM usage_counters WHERE day BETWEEN $1::date AND $2::date ORDER BY day, name`,
          [parsed.value.from, parsed.value.to],
        );
        return rows.map((r) => ({ name: r.name, day: r.day, count: Number(r.count) }));
      });
    },
  };
}
