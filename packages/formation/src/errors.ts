import type { InputIssue } from '@lotsen/domain';

/**
 * Every error `@lotsen/formation` reports carries one of these codes.
 *
 * - `INVALID_INPUT`: a waiting child, a date or an option does not match its schema (wrong type, out
 *   of range, unknown field); `issues` has the path of every invalid field.
 * - `DUPLICATE_ID`: two waiting children share a referral id, or two cohorts share an id.
 * - `UNKNOWN_REFERENCE`: a child or a cohort points at a district, a need or a cohort that the input
 *   does not contain.
 */
export type FormationErrorCode = 'INVALID_INPUT' | 'DUPLICATE_ID' | 'UNKNOWN_REFERENCE';

const FORMATION_ERROR_BRAND = Symbol.for('@lotsen/formation.FormationError');

/**
 * The one error type of `@lotsen/formation`. Functions that take untrusted input return it inside a
 * `Result`; it is thrown only for broken invariants (programmer errors).
 */
export class FormationError extends Error {
  override readonly name = 'FormationError';
  readonly code: FormationErrorCode;
  /** Field-level problems with their paths (`children.3.waitingSince`). */
  readonly issues: readonly InputIssue[];
  readonly [FORMATION_ERROR_BRAND] = true;

  constructor(
    code: FormationErrorCode,
    message: string,
    issues: readonly InputIssue[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * True for a {@link FormationError}, also one created by another copy of this package (the ESM and
 * CJS builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export function isFormationError(value: unknown): value is FormationError {
  return typeof value === 'object' && value !== null && FORMATION_ERROR_BRAND in value;
}
