import { LotsenError, brandGuard } from '@lotsen/domain';

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
export class FormationError extends LotsenError<FormationErrorCode> {
  override readonly name = 'FormationError';
  readonly [FORMATION_ERROR_BRAND] = true;
}

/**
 * True for a {@link FormationError}, also one created by another copy of this package (the ESM and
 * CJS builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isFormationError = brandGuard<FormationError>(FORMATION_ERROR_BRAND);
