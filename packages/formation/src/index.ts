/**
 * `@lotsen/formation`: waitlists, seat offers, cross-district offers and group formation for
 * Lotsen's group support. Pure logic: no I/O, no clock (every function takes the date), and the same
 * input always gives the same answer.
 *
 * @packageDocumentation
 */
export { FormationError, isFormationError } from './errors.js';
export type { FormationErrorCode } from './errors.js';
export { TravelLimitSchema, WaitingChildSchema, parseWaitingChild } from './waiting-child.js';
export type { TravelLimit, WaitingChild, WaitingChildInput } from './waiting-child.js';
export {
  DEFAULT_WEIGHTING,
  WeightingSchema,
  effectiveWaitDays,
  placementWeight,
  resolveWeighting,
  waitedDays,
} from './weighting.js';
export type { Weighting } from './weighting.js';
export { districtDistances, proximityOf } from './districts.js';
export type { DistrictDistances, Proximity } from './districts.js';
export { FORMATION_REASON_LABELS } from './explain.js';
export type {
  CohortDecisionCode,
  Explanation,
  FormationReasonCode,
  LeaderIssueCode,
  OfferReasonCode,
} from './explain.js';
export { checkFit } from './fit.js';
export type { FitCheck, FitContext, FitIssueCode } from './fit.js';
export { checkLeaders } from './leaders.js';
export type { LeaderCheck, LeaderIssue } from './leaders.js';
export { compareWaiting, createWaitlist, nextInLine } from './waitlist.js';
export type { SeatOffer, Waitlist, WaitlistEntry } from './waitlist.js';
export { crossDistrictOffers } from './offers.js';
export type {
  CohortOffer,
  CrossDistrictOffers,
  CrossDistrictOptions,
  OwnDistrictSituation,
} from './offers.js';
export { formGroups } from './formation.js';
export type {
  Alternative,
  CohortOutcome,
  FormationInput,
  FormationOptions,
  FormationProposal,
  FormationSummary,
  NonPlacement,
  Placement,
} from './formation-types.js';
export type { SolverStats } from './solver.js';
