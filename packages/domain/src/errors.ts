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

/**
 * What every Lotsen package's error class shares: a stable code from the package's closed union and
 * the field-level issues of invalid input. Each package extends it once (`CatalogueError`,
 * `StorageError`, …) and adds a brand, so apps can map codes to HTTP in one place.
 */
export abstract class LotsenError<
  Code extends string,
  Issue extends InputIssue = InputIssue,
> extends Error {
  readonly code: Code;
  /** Field-level problems, so that an API can answer with the path of every invalid field. */
  readonly issues: readonly Issue[];

  constructor(code: Code, message: string, issues: readonly Issue[] = [], options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.issues = issues;
  }
}

/**
 * A type guard for an error class branded with `Symbol.for(brand)`. The brand survives two copies
 * of a package in one process (its ESM and CJS builds), where `instanceof` does not.
 */
export function brandGuard<T>(brand: symbol): (value: unknown) => value is T {
  return (value: unknown): value is T =>
    typeof value === 'object' && value !== null && brand in value;
}

const DOMAIN_ERROR_BRAND = Symbol.for('@lotsen/domain.DomainError');

/**
 * The one error type of `@lotsen/domain`. Parse functions return it inside a {@link Result}; it is
 * thrown only for broken invariants (programmer errors).
 */
export class DomainError extends LotsenError<DomainErrorCode> {
  override readonly name = 'DomainError';
  readonly [DOMAIN_ERROR_BRAND] = true;
}

/** True for a {@link DomainError}, also one created by another copy of this package. */
export const isDomainError = brandGuard<DomainError>(DOMAIN_ERROR_BRAND);
