import type { z } from 'zod';
import { DomainError, type InputIssue } from './errors.js';
import { err, ok, type Result } from './result.js';

/** The message for a field the schema does not know (one issue per field, at its own path). */
export const UNKNOWN_FIELD_MESSAGE =
  'Unknown field: Lotsen does not take it (nothing was stored); leave it out';

/** What {@link toInputIssues} reads of a zod issue (so an issue passed on by another library fits too). */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The unknown keys, for an `unrecognized_keys` issue. */
  readonly keys?: readonly string[];
}

/**
 * Converts zod issues to path + message pairs that an API can show as they are. An object with
 * keys its schema does not know gives one issue per key, at the key's own path (`consent.by`), so
 * the sender learns which fields to leave out.
 */
export function toInputIssues(error: { readonly issues: readonly IssueLike[] }): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({
        path: [...path, key].join('.'),
        message: UNKNOWN_FIELD_MESSAGE,
      }));
    }
    return [{ path: path.join('.'), message: issue.message }];
  });
}

/**
 * Parses untrusted input with a schema and never throws. The error message lists every invalid field
 * with its path, e.g. `child.age: Too big: expected number to be <=25`.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): Result<z.output<S>, DomainError> {
  const result = schema.safeParse(input);
  if (result.success) return ok(result.data);
  const issues = toInputIssues(result.error);
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return err(
    new DomainError('INVALID_INPUT', `Invalid ${what}: ${summary}`, issues, {
      cause: result.error,
    }),
  );
}
