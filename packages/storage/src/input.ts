import {
  StaffRoleSchema,
  containsPersonalIdentityNumber,
  err,
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  ok,
  parseWith,
  type InputIssue,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import { errorCode, isRetryable, isUnavailable } from './driver.js';
import { StorageError, isStorageError } from './errors.js';

/** A value that survives `JSON.stringify` and a JSONB column unchanged. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Whether every key and string of a JSON value is text JSONB can hold (no NUL, no lone surrogate). */
function isStorableJson(value: JsonValue): boolean {
  if (typeof value === 'string') return isStorableText(value);
  if (Array.isArray(value)) return value.every(isStorableJson);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).every(([k, v]) => isStorableText(k) && isStorableJson(v));
  }
  return true;
}

/**
 * Accepts only JSON values JSONB stores as they are: no `undefined`, functions, dates, `NaN` or
 * class instances, and no key or string with a NUL or a lone surrogate (see `isStorableText`).
 */
export const JsonValueSchema = (z.json() as z.ZodType<JsonValue>).refine(
  isStorableJson,
  UNSTORABLE_TEXT_MESSAGE,
);

/** An ISO 8601 timestamp with `Z` or an offset, e.g. `2026-03-01T09:30:00.000Z`. */
export const TimestampSchema = z.iso.datetime({ offset: true });

const noIdentityNumber = (value: string) => !containsPersonalIdentityNumber(value);
const IDENTITY_NUMBER_MESSAGE =
  'Contains a personal identity number; Lotsen stores children pseudonymously';

/**
 * Who acted. Staff roles come from `@lotsen/domain`; `family` is a parent or young person acting
 * for themselves, e.g. through the chatbot.
 */
export const ActorRoleSchema = z.enum([...StaffRoleSchema.options, 'family']);
/** Who acted. */
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** Who made a change to a referral, in which role, when and (optionally) why. */
export const EventInputSchema = z.strictObject({
  /** A staff id, a system name or a pseudonymous family reference; never a personal identity number. */
  actorId: TextSchema.trim().min(1).max(200).refine(noIdentityNumber, IDENTITY_NUMBER_MESSAGE),
  role: ActorRoleSchema,
  /** A reason code or a short note; details about the child belong in the case file, not here. */
  reason: TextSchema.trim()
    .min(1)
    .max(1000)
    .refine(noIdentityNumber, IDENTITY_NUMBER_MESSAGE)
    .optional(),
  /** When it happened, by the caller's clock (the database also records when it stored it). */
  at: TimestampSchema,
});
/** Who made a change, in which role, when and why. */
export type EventInput = z.infer<typeof EventInputSchema>;

/** Adds a prefix to the paths of issues found in a nested value. */
export function prefixIssues(prefix: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message }));
}

/** An `INVALID_INPUT` error listing every issue with its path. */
export function invalidInput(what: string, issues: readonly InputIssue[], cause?: unknown) {
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new StorageError('INVALID_INPUT', `Invalid ${what}: ${summary}`, { issues, cause });
}

/** Parses untrusted input with a schema and never throws; failures are `INVALID_INPUT`. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): Result<z.output<S>, StorageError> {
  const parsed = parseWith(schema, input, what);
  if (parsed.ok) return ok(parsed.value);
  return err(invalidInput(what, parsed.error.issues, parsed.error));
}

/**
 * Runs a database operation and turns failures into results: a {@link StorageError} thrown inside (to
 * roll a transaction back) is returned as is, a lost connection becomes `UNAVAILABLE`, unique and
 * foreign-key violations `CONFLICT` and `NOT_FOUND`. Anything else is a bug and is thrown.
 */
export async function guard<T>(run: () => Promise<T>): Promise<Result<T, StorageError>> {
  try {
    return ok(await run());
  } catch (error) {
    if (isStorageError(error)) return err(error);
    if (isUnavailable(error)) {
      return err(
        new StorageError('UNAVAILABLE', 'The database cannot be reached', { cause: error }),
      );
    }
    const detail =
      typeof error === 'object' && error !== null && 'detail' in error ? error.detail : undefined;
    const details = typeof detail === 'string' ? { detail } : {};
    switch (errorCode(error)) {
      case '23505':
        return err(
          new StorageError('CONFLICT', 'The record already exists', { details, cause: error }),
        );
      case '23503':
        return err(
          new StorageError('NOT_FOUND', 'A record it refers to does not exist', {
            details,
            cause: error,
          }),
        );
    }
    if (isRetryable(error)) {
      return err(
        new StorageError('CONFLICT', 'Gave up after repeated concurrent updates; retry', {
          cause: error,
        }),
      );
    }
    throw error;
  }
}

/** A timestamp column as an ISO string (pg and PGlite both return `Date` for timestamptz). */
export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** A timestamp column that may be NULL. */
export function isoOrUndefined(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : iso(value);
}
