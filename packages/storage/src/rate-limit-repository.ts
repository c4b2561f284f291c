import { ok, type Result, TextSchema } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import type { StorageError } from './errors.js';
import { TimestampSchema, guard, parseInput } from './input.js';

/** The most keys one {@link RateLimitRepository.addHits} call takes: one statement's worth. */
export const MAX_RATE_LIMIT_KEYS = 10_000;

const RateLimitKeySchema = TextSchema.regex(
  /^[0-9a-f]{64}$/,
  'Expected a keyed hash as 64 lowercase hex characters, never a client address',
);

const AddHitsSchema = z.strictObject({
  windowStart: TimestampSchema,
  deltas: z
    .array(z.strictObject({ key: RateLimitKeySchema, hits: z.number().int().min(1).max(1e9) }))
    .max(MAX_RATE_LIMIT_KEYS),
});

/** A client's count in a window: the client is a keyed hash, never an address. */
export interface RateLimitHits {
  /** An HMAC-SHA256 of the client, as 64 lowercase hex characters. */
  readonly key: string;
  readonly hits: number;
}

/**
 * Request counts per client and fixed window, shared by every API instance. Instances count locally
 * and add their counts now and then in one statement, taking back the totals of all instances.
 */
export interface RateLimitRepository {
  /**
   * Adds each delta to its key's count in the window starting at `windowStart` (an ISO timestamp)
   * and returns the new totals of those keys, counted by every instance, in one statement. A key
   * listed twice counts twice. Atomic: on an error nothing was added.
   */
  addHits(
    windowStart: string,
    deltas: readonly RateLimitHits[],
  ): Promise<Result<RateLimitHits[], StorageError>>;
  /** Deletes the counts of every window that started before `windowStart`; returns how many. */
  purgeBefore(windowStart: string): Promise<Result<number, StorageError>>;
}

/** Creates the rate limit repository over a driver. */
export function createRateLimitRepository(driver: Driver): RateLimitRepository {
  return {
    async addHits(windowStart, deltas) {
      const parsed = parseInput(AddHitsSchema, { windowStart, deltas }, 'rate limit hits');
      if (!parsed.ok) return parsed;
      // One row per key: PostgreSQL refuses to update a row twice in one INSERT … ON CONFLICT.
      const merged = new Map<string, number>();
      for (const d of parsed.value.deltas) merged.set(d.key, (merged.get(d.key) ?? 0) + d.hits);
      if (merged.size === 0) return ok([]);
      return guard(async () => {
        // Rows are written in key order, so two instances adding overlapping keys lock them in the
        // same order and cannot deadlock.
        const { rows } = await driver.query<{ key: string; hits: unknown }>(
          `INSERT INTO rate_limit_windows AS w (window_start, key, hits)
           SELECT $1::timestamptz, d.key, d.hits
           FROM unnest($2::text[], $3::bigint[]) AS d(key, hits)
           ORDER BY d.key
           ON CONFLICT (window_start, key) DO UPDATE SET hits = w.hits + excluded.hits
           RETURNING key, hits`,
          [parsed.value.windowStart, [...merged.keys()], [...merged.values()]],
        );
        return rows.map((r) => ({ key: r.key, hits: Number(r.hits) }));
      });
    },
    async purgeBefore(windowStart) {
      const parsed = parseInput(TimestampSchema, windowStart, 'rate limit window');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rowCount } = await driver.query(
          'DELETE FROM rate_limit_windows WHERE window_start < $1::timestamptz',
          [parsed.value],
        );
        return rowCount;
      });
    },
  };
}
