/**
 * `@lotsen/catalogue`: the service catalogue of the city of Stockholm, explainable matching, and
 * Open Referral HSDS 3.0 export and import.
 *
 * @packageDocumentation
 */
export { CatalogueError, isCatalogueError } from './errors.js';
export type { CatalogueErrorCode } from './errors.js';
export {
  CatalogueDataSchema,
  CatalogueFileSchema,
  createCatalogue,
  snapshotOf,
} from './catalogue.js';
export { isLiveCatalogue, openLiveCatalogue } from './live.js';
export { diffCatalogues } from './diff.js';
export type { CatalogueDiff, ChangedEntry } from './diff.js';
export type { CatalogueSource, LiveCatalogue, LiveCatalogueEvents } from './live.js';
export type { Catalogue, CatalogueData, CatalogueFile } from './catalogue.js';
export { stockholmCatalogue } from './stockholm.js';
export { STOCKHOLM_DATA_FILES, stockholmCatalogueData } from './stockholm-data.js';
export { findDistricts, normalizePlaceName } from './districts.js';
export { inferAges } from './age-inference.js';
export { countsAsGroupSupport } from './group-support.js';
export { FAMILY_JARGON, familySummary, findJargon } from './plain-language.js';
export type { DistrictCandidate, PlaceMatchKind } from './districts.js';
export {
  MatchQuerySchema,
  ageFit,
  isForParent,
  matchServices,
  matchValidatedQuery,
  parseMatchQuery,
  prepareMatching,
} from './match.js';
export type {
  MatchQuery,
  MatchQueryInput,
  MatchAnswer,
  MatchResult,
  AgeFit,
  MatchReason,
  MatchReasonCode,
  MatchNotice,
  MatchNoticeCode,
  Locality,
  ServiceAvailability,
} from './match.js';
export { ServiceFilterSchema, filterServices } from './filter.js';
export type { ServiceFilter } from './filter.js';
export {
  toHsds,
  toHsdsService,
  toHsdsServiceListItem,
  hsdsPage,
  fromHsds,
  hsdsId,
  HSDS_VERSION,
  LOTSEN_HSDS_PROFILE_URI,
  LOTSEN_HSDS_PROFILE_VERSION,
} from './hsds/index.js';
export type * from './hsds/index.js';
