// The public surface of the HSDS export and import; the package index re-exports it.
export {
  HSDS_VERSION,
  LOTSEN_HSDS_PROFILE_URI,
  LOTSEN_HSDS_PROFILE_VERSION,
  hsdsPage,
  toHsds,
  toHsdsService,
  toHsdsServiceListItem,
} from './export.js';
export type { HsdsExportOptions } from './export.js';
export { fromHsds } from './import.js';
export { LOTSEN_HSDS_NAMESPACE, NEEDS_TAXONOMY, hsdsId } from './ids.js';
export type { HsdsIdKind } from './ids.js';
export type {
  HsdsAreaExtension,
  HsdsAttribute,
  HsdsContact,
  HsdsCostOption,
  HsdsDistrictExtension,
  HsdsEnglish,
  HsdsLanguage,
  HsdsLocation,
  HsdsLocationExtension,
  HsdsOrganization,
  HsdsOrganizationExtension,
  HsdsOrganizationSummary,
  HsdsPage,
  HsdsPhone,
  HsdsPublication,
  HsdsPublicationExtension,
  HsdsSchedule,
  HsdsScheduleExtension,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsServiceExtension,
  HsdsServiceListItem,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  HsdsTermExtension,
} from './types.js';
