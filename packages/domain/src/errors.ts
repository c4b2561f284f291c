/**
 * Every error `@lotsen/domain` reports carries one of these stable codes.
 *
 * - `INVALID_INPUT`: the value does not match the schema (wrong type, out of range, unknown field).
 * - `PERSONAL_DATA_REFUSED`: the value carries something that identifies a person (a name field or a
 *   Swedish personal identity number); Lotsen stores children pseudonymously and refuses it.
 * - `UNKNOWN_REFERENCE`: the value points at an id that does not exist (a district, need or service).
 */
export type DomainErrorCode = 'INVALID_INPUT' | 'PERSONAL_DATA_REFUSED' | 'UNKNOWN_REFERENCE';

/** One problem found in an input, located by its path (`"child.age"`, `"needs.1"`). */
export interface InputIssue {
  /** Dot-separated path to the offending field; empty for the value as a whole. */
  readonly path: string;
  /** A readable English message. */
  readonly message: string;
}

const DOMAIN_ERROR_BRAND = Symbol.for('@lotsen/domain.DomainError');

/**
 * The one error type of `@lotsen/domain`. Parse functions return it inside a {@link Result}; it is
 * thrown only for broken invariants (programmer errors).
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly code: DomainErrorCode;
  /** Field-level problems, so that an API can answer with the path of every invalid field. */
  readonly issues: readonly InputIssue[];
  readonly [DOMAIN_ERROR_BRAND] = true;

  constructor(
    code: DomainErrorCode,
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
 * True for a {@link DomainError}, also one created by another copy of this package (the ESM and CJS
 * builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export function isDomainError(value: unknown): value is DomainError {
  return typeof value === 'object' && value !== null && DOMAIN_ERROR_BRAND in value;
}
