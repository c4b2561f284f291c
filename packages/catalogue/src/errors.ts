import { LotsenError, brandGuard } from '@lotsen/domain';

/**
 * Every error `@lotsen/catalogue` reports carries one of these codes.
 *
 * - `INVALID_DATA`: catalogue data (a data file, an HSDS document) does not match the schemas.
 * - `DUPLICATE_ID`: two records of one kind share an id.
 * - `UNKNOWN_REFERENCE`: a record points at a district, provider, need or service that does not exist.
 * - `INVALID_QUERY`: a match or search query is malformed (age out of range, unknown district text).
 * - `NOT_FOUND`: the asked-for record does not exist.
 */
export type CatalogueErrorCode =
  'INVALID_DATA' | 'DUPLICATE_ID' | 'UNKNOWN_REFERENCE' | 'INVALID_QUERY' | 'NOT_FOUND';

const CATALOGUE_ERROR_BRAND = Symbol.for('@lotsen/catalogue.CatalogueError');

/** The one error type of `@lotsen/catalogue`, returned inside a `Result`. */
export class CatalogueError extends LotsenError<CatalogueErrorCode> {
  override readonly name = 'CatalogueError';
  readonly [CATALOGUE_ERROR_BRAND] = true;
}

/** True for a {@link CatalogueError}, also one from another copy of this package. */
export const isCatalogueError = brandGuard<CatalogueError>(CATALOGUE_ERROR_BRAND);
