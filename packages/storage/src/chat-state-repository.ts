import type { Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import type { StorageError } from './errors.js';
import { JsonValueSchema, guard, iso, parseInput, type JsonValue } from './input.js';

/** The longest a chat state may live: 30 days. */
export const MAX_CHAT_STATE_TTL_SECONDS = 30 * 24 * 3600;

const KeySchema = z.string().min(1).max(256);

const PutSchema = z.strictObject({
  key: KeySchema,
  value: JsonValueSchema,
  ttlSeconds: z.number().positive().max(MAX_CHAT_STATE_TTL_SECONDS),
});

/** A chat state that has not expired. */
export interface ChatStateEntry {
  readonly value: JsonValue;
  readonly expiresAt: string;
}

/**
 * Short-lived conversation state shared by several bot processes: key → JSON with an expiry. Expiry
 * uses the database's clock, so processes with skewed clocks agree on it.
 */
export interface ChatStateRepository {
  /** Stores (or overwrites) a value that expires `ttlSeconds` from now. */
  put(
    key: string,
    value: JsonValue,
    ttlSeconds: number,
  ): Promise<Result<ChatStateEntry, StorageError>>;
  /** The value, or `null` when there is none or it has expired. */
  get(key: string): Promise<Result<ChatStateEntry | null, StorageError>>;
  /** Removes a value; `true` if there was one. */
  delete(key: string): Promise<Result<boolean, StorageError>>;
  /** Deletes every expired value; returns how many. Run it now and then (e.g. every few minutes). */
  purgeExpired(): Promise<Result<number, StorageError>>;
}

/** Creates the chat state repository over a driver. */
export function createChatStateRepository(driver: Driver): ChatStateRepository {
  return {
    async put(key, value, ttlSeconds) {
      const parsed = parseInput(PutSchema, { key, value, ttlSeconds }, 'chat state');
      if (!parsed.ok) return parsed;
      const p = parsed.value;
      return guard(async () => {
        const { rows } = await driver.query<{ value: JsonValue; expires_at: unknown }>(
          `INSERT INTO chat_state (key, value, expires_at)
           VALUES ($1, $2::jsonb, now() + make_interval(secs => $3::double precision))
           ON CONFLICT (key) DO UPDATE
             SET value = excluded.value, expires_at = excluded.expires_at, updated_at = now()
           RETURNING value, expires_at`,
          [p.key, JSON.stringify(p.value), p.ttlSeconds],
        );
        const row = rows[0]!;
        return { value: row.value, expiresAt: iso(row.expires_at) };
      });
    },

    async get(key) {
      const parsed = parseInput(KeySchema, key, 'chat state key');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        // clock_timestamp(), not now(): outside a transaction they agree, and inside one the row must
        // not outlive its expiry just because the transaction started earlier.
        const { rows } = await driver.query<{ value: JsonValue; expires_at: unknown }>(
          'SELECT value, expires_at FROM chat_state WHERE key = $1 AND expires_at > clock_timestamp()',
          [parsed.value],
        );
        const row = rows[0];
        return row ? { value: row.value, expiresAt: iso(row.expires_at) } : null;
      });
    },

    async delete(key) {
      const parsed = parseInput(KeySchema, key, 'chat state key');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rowCount } = await driver.query('DELETE FROM chat_state WHERE key = $1', [
          parsed.value,
        ]);
        return rowCount > 0;
      });
    },

    async purgeExpired() {
      return guard(async () => {
        const { rowCount } = await driver.query(
          'DELETE FROM chat_state WHERE expires_at <= clock_timestamp()',
        );
        return rowCount;
      });
    },
  };
}
