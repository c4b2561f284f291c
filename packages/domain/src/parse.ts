import type { z } from 'zod';
import { DomainError, type InputIssue } from './errors.js';
import { err, ok, type Result } from './result.js';

/** Converts zod issues to path + message pairs that an API can show as they are. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
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
