/**
 * `@lotsen/referral`: the referral (anmälan) lifecycle of Lotsen as an xstate v5 machine, with
 * guards for consent, eligibility and safety, timers as data, and the FHIR SDOHCC Task / Findhelp
 * mapping for exports. Logic only: apps start the actors.
 *
 * @packageDocumentation
 */
export { ReferralError, isReferralError } from './errors.js';
export type { ReferralErrorCode, ReferralErrorDetails } from './errors.js';
export {
  REFERRAL_EVENT_TYPES,
  ReferralEventSchema,
  ReferralActorSchema,
  ReferralActorRoleSchema,
  StaffActorSchema,
  IsoDateTimeSchema,
  WaitBandSchema,
  WAIT_BAND_LABELS,
  MissingInfoSchema,
} from './events.js';
export { parseReferralEvent } from './parse-event.js';
export type {
  ReferralEvent,
  ReferralEventType,
  ReferralEventOf,
  ReferralActor,
  ReferralActorRole,
  StaffActor,
  WaitBand,
  MissingInfo,
} from './events.js';
export {
  ReferralInputSchema,
  ReferralContextSchema,
  ServiceFactsSchema,
  ProtectionSourceSchema,
  ConsentProblemSchema,
  parseReferralInput,
} from './context.js';
export type {
  ReferralInput,
  ReferralContext,
  ServiceFacts,
  ProtectionSource,
  ConsentProblem,
} from './context.js';
export {
  DEFAULT_FOLLOW_UP_AFTER_MONTHS,
  FINAL_REFERRAL_STATUSES,
  createReferralMachine,
  referralMachine,
  referralStatusOf,
} from './machine.js';
export type { ReferralMachine, ReferralMachineOptions, ReferralSnapshot } from './machine.js';
export { checkEligibility, consentCheckOn, inCatchment } from './eligibility.js';
export type {
  CatchmentRule,
  EligibilityCheck,
  EligibilityOptions,
  EligibilityProblem,
  EligibilitySubject,
} from './eligibility.js';
export { DEFAULT_WAITLIST_CHECK_IN_DAYS, SCHEDULER_ACTOR, timersFor } from './timers.js';
export type {
  ReferralTimer,
  ReferralTimerKind,
  ReferralStateLike,
  TimerOptions,
} from './timers.js';
export {
  allowedEvents,
  restoreReferralSnapshot,
  startReferral,
  transitionReferral,
} from './queries.js';
export type { ReferralAuditEntry, ReferralTransition } from './queries.js';
export { checkReferralInvariants } from './invariants.js';
export {
  REFERRAL_STATUS_MAPPING,
  DECLINE_REASON_MAPPING,
  WAIT_BAND_FHIR,
  toExternalStatus,
} from './mapping.js';
export type { FhirTaskStatus, FindhelpStatus, StatusMapping, ExternalStatus } from './mapping.js';
