import {
  err,
  isStorableText,
  ok,
  TextSchema,
  UNSTORABLE_TEXT_MESSAGE,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import type { StorageError } from './errors.js';
import { guard, invalidInput, iso, parseInput, type JsonValue } from './input.js';

/** The longest a chat state may live: 30 days. */
export const MAX_CHAT_STATE_TTL_SECONDS = 30 * 24 * 3600;

const KeySchema = TextSchema.min(1).max(256);
const TtlSchema = z.number().positive().max(MAX_CHAT_STATE_TTL_SECONDS);

/** The largest chat state, as JSON text: conversation state is small; anything bigger is a bug. */
export const MAX_CHAT_STATE_BYTES = 256 * 1024;

function notJson(original: unknown, inArray: boolean): boolean {
  switch (typeof original) {
    case 'undefined':
      // An optional property left undefined is simply absent in JSON; in an array it would turn
      // into null, which changes the value.
      return inArray;
    case 'string':
    case 'boolean':
      return false;
    case 'number':
      return !Number.isFinite(original);
    case 'object': {
      if (original === null || Array.isArray(original)) return false;
      const proto = Object.getPrototypeOf(original) as unknown;
      return proto !== Object.prototype && proto !== null;
    }
    default:
      return true;
  }
}

/**
 * The value as JSON text; `'not-json'` when it is not a JSON value (a function, a date, `NaN`, a
 * class instance, `undefined` in an array…; an object's property set to `undefined` is left out),
 * `'unstorable'` when a key or string holds text JSONB cannot (a NUL, a lone surrogate). Checked
 * while serializing, in the one pass the write needs anyway: chat state is written on every bot
 * turn, and a separate schema walk cost more than the rest of the write.
 */
function encodeJson(value: unknown): string | { readonly refused: 'not-json' | 'unstorable' } {
  let refused: 'not-json' | 'unstorable' | undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
      // `this[key]` is the value before `toJSON` (a Date would already be a string in `replaced`).
      const original = this[key];
      if (refused === undefined) {
        if (notJson(original, Array.isArray(this))) refused = 'not-json';
        else if (!isStorableText(key)) refused = 'unstorable';
        else if (typeof replaced === 'string' && !isStorableText(replaced)) refused = 'unstorable';
      }
      return replaced;
    });
  } catch {
    return { refused: 'not-json' };
  }
  if (refused !== undefined) return { refused };
  return text ?? { refused: 'not-json' };
}

const REFUSED_MESSAGES = {
  'not-json': 'Not a JSON value',
  unstorable: UNSTORABLE_TEXT_MESSAGE,
} as const;

function checkWrite(
  key: string,
  value: unknown,
  ttlSeconds: number,
): Result<{ key: string; json: string; ttlSeconds: number }, StorageError> {
  const parsedKey = parseInput(KeySchema, key, 'chat state key');
  if (!parsedKey.ok) return err(withPath(parsedKey.error, 'key'));
  const parsedTtl = parseInput(TtlSchema, ttlSeconds, 'chat state lifetime');
  if (!parsedTtl.ok) return err(withPath(parsedTtl.error, 'ttlSeconds'));
  const json = encodeJson(value);
  if (typeof json !== 'string' || json.length > MAX_CHAT_STATE_BYTES) {
    return err(
      invalidInput('chat state', [
        {
          path: 'value',
          message:
            typeof json !== 'string'
              ? REFUSED_MESSAGES[json.refused]
              : `Larger than ${MAX_CHAT_STATE_BYTES} bytes as JSON`,
        },
      ]),
    );
  }
  return ok({ key: parsedKey.value, json, ttlSeconds: parsedTtl.value });
}

function withPath(error: StorageError, path: string): StorageError {
  return invalidInput(
    'chat state',
    error.issues.map((issue) => ({ ...issue, path: issue.path ? `${path}.${issue.path}` : path })),
  );
}

/** A chat state that has not expired. */
export interface ChatStateEntry {
  readonly value: JsonValue;
  readonly expiresAt: string;
  /**
   * Changes on every write and is never reused, not even after the value is deleted and written
   * again: pass it to {@link ChatStateRepository.putIfVersion} to write only if nobody else has.
   */
  readonly version: string;
}

/**
 * What a conditional write did: written (with the new version), or refused because the caller's
 * version was stale, with what is stored now (`null`: nothing, or expired) so the caller can redo
 * its work on it without another read.
 */
export type ConditionalPut =
  | { readonly written: true; readonly version: string; readonly expiresAt: string }
  | { readonly written: false; readonly current: ChatStateEntry | null };

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
  /**
   * Stores a value only if the stored one is still the version the caller read (`null`: only if
   * there is none, or it has expired). One round trip, also when it is refused: `{ written: false }`
   * means another process wrote in between (or the value expired or was deleted), and `current` is
   * what is stored now (as of the write's snapshot; if even that is stale, the next try is refused
   * again with a newer one).
   */
  putIfVersion(
    key: string,
    value: JsonValue,
    ttlSeconds: number,
    expectedVersion: string | null,
  ): Promise<Result<ConditionalPut, StorageError>>;
  /** The value, or `null` when there is none or it has expired. */
  get(key: string): Promise<Result<ChatStateEntry | null, StorageError>>;
  /** Removes a value; `true` if there was one. */
  delete(key: string): Promise<Result<boolean, StorageError>>;
  /** Deletes every expired value; returns how many. Run it now and then (e.g. every few minutes). */
  purgeExpired(): Promise<Result<number, StorageError>>;
}

type WrittenRow = {
  readonly version: unknown;
  readonly expires_at: unknown;
};

type CurrentRow = WrittenRow & { readonly written: boolean; readonly value: JsonValue };

/**
 * Chat state is read and written on every bot turn, always with the same few statements: kept
 * prepared on each PostgreSQL connection, the server parses and plans each once per connection.
 */
const PREPARED = { prepare: true } as const;

/**
 * A conditional write and, only if it did not happen, the row as it is: one statement, one round
 * trip. Built once: the texts are the prepared statements' keys.
 */
function conditionalPut(write: string): string {
  return `WITH written AS (${write})
           SELECT true AS written, version, expires_at, NULL::jsonb AS value FROM written
           UNION ALL
           SELECT false, version, expires_at, value FROM chat_state
           WHERE key = $1 AND expires_at > clock_timestamp()
             AND NOT EXISTS (SELECT 1 FROM written)`;
}

/** Written only if there is none, or it has expired (still in the table until purged). */
const PUT_IF_NONE = conditionalPut(
  `INSERT INTO chat_state (key, value, expires_at)
               VALUES ($1, $2::jsonb, now() + make_interval(secs => $3::double precision))
               ON CONFLICT (key) DO UPDATE
                 SET value = excluded.value, expires_at = excluded.expires_at, updated_at = now(),
                     version = nextval('chat_state_version_seq')
                 WHERE chat_state.expires_at <= clock_timestamp()
               RETURNING version, expires_at`,
);

/** Written only over the version the caller read, while it has not expired. */
const PUT_IF_VERSION = conditionalPut(
  `UPDATE chat_state
                 SET value = $2::jsonb,
                     expires_at = now() + make_interval(secs => $3::double precision),
                     updated_at = now(), version = nextval('chat_state_version_seq')
               WHERE key = $1 AND version = $4::bigint AND expires_at > clock_timestamp()
               RETURNING version, expires_at`,
);

/** Creates the chat state repository over a driver. */
export function createChatStateRepository(driver: Driver): ChatStateRepository {
  return {
    async put(key, value, ttlSeconds) {
      const checked = checkWrite(key, value, ttlSeconds);
      if (!checked.ok) return checked;
      const p = checked.value;
      return guard(async () => {
        // The value is not sent back: the caller has it, and a turn's state can be several kB.
        const { rows } = await driver.query<WrittenRow>(
          `INSERT INTO chat_state (key, value, expires_at)
           VALUES ($1, $2::jsonb, now() + make_interval(secs => $3::double precision))
           ON CONFLICT (key) DO UPDATE
             SET value = excluded.value, expires_at = excluded.expires_at, updated_at = now(),
                 version = nextval('chat_state_version_seq')
           RETURNING version, expires_at`,
          [p.key, p.json, p.ttlSeconds],
          PREPARED,
        );
        const row = rows[0]!;
        return {
          value: JSON.parse(p.json) as JsonValue,
          expiresAt: iso(row.expires_at),
          version: String(row.version),
        };
      });
    },

    async putIfVersion(key, value, ttlSeconds, expectedVersion) {
      const checked = checkWrite(key, value, ttlSeconds);
      if (!checked.ok) return checked;
      if (expectedVersion !== null && !/^[0-9]{1,19}$/.test(expectedVersion)) {
        return err(
          invalidInput('chat state', [{ path: 'expectedVersion', message: 'Not a version' }]),
        );
      }
      const p = checked.value;
      return guard(async (): Promise<ConditionalPut> => {
        const { rows } = await driver.query<CurrentRow>(
          expectedVersion === null ? PUT_IF_NONE : PUT_IF_VERSION,
          expectedVersion === null
            ? [p.key, p.json, p.ttlSeconds]
            : [p.key, p.json, p.ttlSeconds, expectedVersion],
          PREPARED,
        );
        const row = rows[0];
        if (row?.written) {
          return { written: true, version: String(row.version), expiresAt: iso(row.expires_at) };
        }
        return {
          written: false,
          current: row
            ? { value: row.value, expiresAt: iso(row.expires_at), version: String(row.version) }
            : null,
        };
      });
    },

    async get(key) {
      const parsed = parseInput(KeySchema, key, 'chat state key');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        // clock_timestamp(), not now(): outside a transaction they agree, and inside one the row must
        // not outlive its expiry just because the transaction started earlier.
        const { rows } = await driver.query<{
          value: JsonValue;
          expires_at: unknown;
          version: unknown;
        }>(
          `SELECT value, expires_at, version FROM chat_state
           WHERE key = $1 AND expires_at > clock_timestamp()`,
          [parsed.value],
          PREPARED,
        );
        const row = rows[0];
        return row
          ? { value: row.value, expiresAt: iso(row.expires_at), version: String(row.version) }
          : null;
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
