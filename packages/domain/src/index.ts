/**
 * `@lotsen/domain`: the shared model of Lotsen as zod schemas, inferred types and parse functions.
 * Parse functions take untrusted input and return a {@link Result}; they never throw.
 *
 * @packageDocumentation
 */
export { DomainError, isDomainError, LotsenError, brandGuard } from './errors.js';
export type { DomainErrorCode, InputIssue } from './errors.js';
export type { IssueLike } from './parse.js';
export { ok, err } from './result.js';
export type { Result } from './result.js';
export { parseWith, toInputIssues } from './parse.js';
export { refuseUnknownKeys } from './strict.js';
export {
  UI_LANGUAGES,
  LANGUAGE_CODE_PATTERN,
  LANGUAGE_CODE_MESSAGE,
  LanguageCodeSchema,
  LocalizedTextSchema,
  PlainLocalizedTextSchema,
  PlainTextSchema,
  PLAIN_TEXT_MAX,
  MARKUP_MESSAGE,
  containsMarkup,
  SlugSchema,
  IsoDateSchema,
  TextSchema,
  WebAddressSchema,
  isStorableText,
  UNSTORABLE_TEXT_MESSAGE,
  localize,
} from './text.js';
export type { LocalizedText, UiLanguage } from './text.js';
export { SourceCitationSchema } from './source.js';
export type { SourceCitation } from './source.js';
export {
  DistrictContactSchema,
  DistrictIdSchema,
  DistrictSchema,
  isDistrictValidOn,
} from './district.js';
export type { District, DistrictContact, DistrictId } from './district.js';
export { fieldChanges } from './field-diff.js';
export type { FieldChange } from './field-diff.js';
export {
  FRESHNESS_LABELS,
  VERIFICATION_VALID_MONTHS,
  VerificationFields,
  freshnessOf,
  unconfirmedSurveyYear,
} from './verification.js';
export type { Freshness } from './verification.js';
export {
  NeedIdSchema,
  NeedKindSchema,
  NeedSchema,
  STANDARD_NEEDS,
  createNeedTaxonomy,
} from './need.js';
export type { Need, NeedId, NeedKind, NeedTaxonomy } from './need.js';
export { ProviderKindSchema, ProviderSchema, PROVIDER_KIND_LABELS } from './provider.js';
export type { Provider, ProviderKind } from './provider.js';
export {
  ServiceKindSchema,
  SERVICE_KIND_LABELS,
  isGroupKind,
  AccessRouteSchema,
  ACCESS_ROUTE_LABELS,
  CatchmentSchema,
  AgeBandSchema,
  AgeInferenceSchema,
  ServiceAgesSchema,
  ServiceSchema,
  ServiceScheduleSchema,
  HowToStartSchema,
  HOW_TO_START_LABELS,
  confidentialityIssues,
} from './service.js';
export type {
  ServiceKind,
  AccessRoute,
  Catchment,
  AgeBand,
  AgeInference,
  ServiceAges,
  ServiceSchedule,
  HowToStart,
  Service,
  ServiceInput,
} from './service.js';
export {
  CohortStatusSchema,
  COHORT_STATUS_LABELS,
  PremisesSchema,
  GroupCohortSchema,
} from './cohort.js';
export type { CohortStatus, Premises, GroupCohort } from './cohort.js';
export {
  DEFAULT_MEETING_MINUTES,
  findLeaderClashes,
  isActiveCohort,
  meetingPeriod,
  meetsAtSameTime,
} from './schedule.js';
export type { CohortSchedule, LeaderClash } from './schedule.js';
export { LeaderExperienceSchema, LeaderSchema } from './leader.js';
export type { LeaderExperience, Leader } from './leader.js';
export {
  ChildSchema,
  ChildAgeSchema,
  BirthYearMonthSchema,
  IDENTITY_NUMBER_AS_REFERENCE_MESSAGE,
  childReference,
  requireAgeOrBirthYearMonth,
  ageOn,
} from './child.js';
export type { Child } from './child.js';
export {
  ConsentGivenBySchema,
  ConsentSchema,
  AGE_OF_INDEPENDENT_CONSENT,
  checkConsent,
} from './consent.js';
export type { ConsentGivenBy, Consent, ConsentCheck } from './consent.js';
export {
  ReferralStatusSchema,
  REFERRAL_STATUS_LABELS,
  SEAT_STATUSES,
  DeclineReasonSchema,
  DECLINE_REASON_LABELS,
  ReferralRequestSchema,
  ReferralSchema,
} from './referral.js';
export type { ReferralStatus, DeclineReason, ReferralRequest, Referral } from './referral.js';
export { StaffRoleSchema, STAFF_ROLE_LABELS } from './roles.js';
export type { StaffRole } from './roles.js';
export { findPersonalIdentityNumbers, containsPersonalIdentityNumber } from './personal-data.js';
export type { IdentityNumberMatch } from './personal-data.js';
export {
  parseDistrict,
  parseNeed,
  parseProvider,
  parseService,
  parseGroupCohort,
  parseLeader,
  parseConsent,
  parseReferral,
  parseChild,
  parseReferralRequest,
} from './parsers.js';
export {
  PRIORITY_HEAD_START_DAYS,
  MAX_PRIORITY_STEP,
  priorityStep,
  utcDayNumber,
  waitingStartDay,
  compareWaitingOrder,
  waitingOrderSql,
  estimateWaitWeeks,
} from './waiting-order.js';
export type { WaitingOrderFacts, WaitingPlace } from './waiting-order.js';
export { CatalogueDataSchema } from './catalogue-data.js';
export type { CatalogueData, CatalogueDataInput } from './catalogue-data.js';
export {
  MS_PER_DAY,
  dayNumber,
  dateOfDayNumber,
  daysBetween,
  addDays,
  formatIsoDate,
  daysInMonth,
  addMonths,
  addDaysToDateTime,
  addMonthsToDateTime,
} from './dates.js';
export { roundHalfAwayFromZero } from './numbers.js';
export { EXAMPLE_ID_PREFIX, isExampleId } from './example.js';
