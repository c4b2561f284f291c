import { LotsenError, brandGuard, type InputIssue } from '@lotsen/domain';

/**
 * Every error `@lotsen/storage` reports carries one of these stable codes.
 *
 * - `INVALID_INPUT`: the input does not match its schema; `issues` holds the path of every bad field.
 *   Nothing was written.
 * - `NOT_FOUND`: the referral, cohort, leader or other record asked for does not exist.
 * - `CONFLICT`: the write lost a race or contradicts what is stored: a stale `expectedVersion`, an id
 *   that already exists, a referral already holding a seat. Nothing was written; re-read and retry.
 * - `NO_SEATS`: the cohort is full and the caller asked not to be put on the waitlist.
 * - `UNAVAILABLE`: the database cannot be reached (PostgreSQL down, PGlite data folder in use).
 * - `MIGRATION_FAILED`: the schema could not be brought up to date, or an applied migration was
 *   edited after it ran (its checksum differs).
 * - `IDEMPOTENCY_KEY_REUSED`: `referrals.createOnce` or `replayOf` got a key already used, within
 *   its day, with another request. Nothing was written.
 */
export type StorageErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NO_SEATS'
  | 'UNAVAILABLE'
  | 'MIGRATION_FAILED'
  | 'IDEMPOTENCY_KEY_REUSED';

const STORAGE_ERROR_BRAND = Symbol.for('@lotsen/storage.StorageError');

/**
 * The one error type of `@lotsen/storage`. Repository functions return it inside a `Result`;
 * {@link openDatabase} throws it, because a database that cannot be opened leaves nothing to return.
 */
export class StorageError extends LotsenError<StorageErrorCode> {
  override readonly name = 'StorageError';
  /** Machine-readable facts about the failure, e.g. `{ expectedVersion: 3, actualVersion: 4 }`. */
  readonly details: Readonly<Record<string, unknown>>;
  readonly [STORAGE_ERROR_BRAND] = true;

  constructor(
    code: StorageErrorCode,
    message: string,
    extra: {
      issues?: readonly InputIssue[];
      details?: Readonly<Record<string, unknown>>;
      cause?: unknown;
    } = {},
  ) {
    // Field-level problems for `INVALID_INPUT` carry their paths (`"event.at"`, `"snapshot"`).
    super(
      code,
      message,
      extra.issues ?? [],
      extra.cause === undefined ? undefined : { cause: extra.cause },
    );
    this.details = extra.details ?? {};
  }
}

/**
 * True for a {@link StorageError}, also one created by another copy of this package (the ESM and CJS
 * builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isStorageError = brandGuard<StorageError>(STORAGE_ERROR_BRAND);
