import type { Child, Consent } from '@lotsen/domain';
import { initialTransition, transition } from 'xstate';
import type { ServiceFacts, ReferralInput } from '../src/context.js';
import type { ReferralActor, ReferralEvent, StaffActor } from '../src/events.js';
import { referralMachine, type ReferralMachine, type ReferralSnapshot } from '../src/machine.js';

export const REFERRAL_ID = '3f0c1a52-8d7e-4b7a-9c1e-2a4b6d8f0a11';
export const OTHER_REFERRAL_ID = '7b2d9e40-1c3a-4f5b-8e6d-0a1b2c3d4e5f';

export const coordinator: StaffActor = { id: 'coord-anna', role: 'coordinator' };
export const socialWorker: StaffActor = { id: 'sw-farsta-17', role: 'district_social_worker' };
export const groupLeader: StaffActor = { id: 'leader-humlan-2', role: 'group_leader' };
export const scheduler: StaffActor = { id: 'lotsen-scheduler', role: 'system' };
export const family: ReferralActor = { id: 'family-contact-0042', role: 'family' };
export const youngPerson: ReferralActor = { id: 'yp-contact-0077', role: 'young_person' };

/**
 * A children's group modelled on Farsta's Humlan (children of parents with substance abuse or
 * mental illness, with a parallel parent group). The catalogue lists its ages as unknown and its
 * route as an aid decision; the age band here is set for the tests.
 */
export const humlan: ServiceFacts = {
  id: 'farsta-humlan',
  kind: 'parallel_groups',
  needs: ['parental-substance-abuse', 'parental-mental-illness'],
  ages: { min: 7, max: 12 },
  accessRoutes: ['staff_referral', 'aid_decision'],
  catchment: { kind: 'districts', districtIds: ['farsta'] },
  venueDistrictId: 'farsta',
};

/** A service with direct intake that parents may self-refer to (a group for children who witnessed violence). */
export const directIntakeGroup: ServiceFacts = {
  id: 'hagersten-liljeholmen-vagen',
  kind: 'children_group',
  needs: ['domestic-violence'],
  ages: { min: 7, max: 18 },
  accessRoutes: ['direct_intake', 'self_referral', 'staff_referral'],
  catchment: { kind: 'districts', districtIds: ['hagersten-liljeholmen', 'alvsjo'] },
};

/** A city-wide teen group that takes only aid decisions. */
export const aidDecisionOnly: ServiceFacts = {
  id: 'city-teen-group',
  kind: 'teen_group',
  needs: ['parental-mental-illness'],
  ages: { min: 13, max: 18 },
  accessRoutes: ['aid_decision'],
  catchment: { kind: 'city' },
};

export const child10: Child = {
  pseudonym: 'BK-2026-0042',
  age: 10,
  districtId: 'farsta',
  languages: ['sv'],
};

export const guardians: Consent = {
  givenBy: 'guardians',
  recordedOn: '2026-03-01',
  scope: 'referral',
};

/** 2 March 2026, 09:00 UTC: the day the referral is written. */
export const T0 = '2026-03-02T09:00:00Z';

/** `T0` plus `days` days (and `hours` hours), as an ISO date-time. */
export function at(days: number, hours = 0): string {
  return new Date(Date.parse(T0) + (days * 24 + hours) * 3_600_000).toISOString();
}

/** Input for a referral of a 10-year-old in Farsta to Humlan with guardians' consent. */
export function makeInput(
  overrides: Partial<ReferralInput> & { child?: Child; needs?: string[]; consent?: Consent } = {},
): ReferralInput {
  const { child, needs, consent, ...rest } = overrides;
  const service = rest.service ?? humlan;
  return {
    referralId: REFERRAL_ID,
    request: {
      child: child ?? child10,
      needs: needs ?? ['parental-substance-abuse'],
      serviceId: service.id,
      consent: consent ?? guardians,
    },
    service,
    createdAt: T0,
    ...rest,
  };
}

/** The initial snapshot for an input, with the pure `initialTransition`. */
export function start(
  input: ReferralInput = makeInput(),
  machine: ReferralMachine = referralMachine,
): ReferralSnapshot {
  return initialTransition(machine, input)[0];
}

/** Applies events one after the other with the pure `transition`. */
export function run(snapshot: ReferralSnapshot, ...events: ReferralEvent[]): ReferralSnapshot {
  return events.reduce((s, e) => transition(s.machine, s, e)[0], snapshot);
}

/** Event builders with sensible defaults: `ev.accept(at(1))`. */
export const ev = {
  submit: (when: string, by: ReferralActor = socialWorker): ReferralEvent => ({
    type: 'SUBMIT',
    by,
    at: when,
  }),
  requestInfo: (when: string): ReferralEvent => ({
    type: 'REQUEST_INFO',
    by: coordinator,
    at: when,
    missing: ['consent'],
  }),
  provideInfo: (
    when: string,
    info: Partial<
      Pick<Extract<ReferralEvent, { type: 'PROVIDE_INFO' }>, 'child' | 'needs' | 'consent'>
    > = {},
    by: ReferralActor = socialWorker,
  ): ReferralEvent => ({ type: 'PROVIDE_INFO', by, at: when, ...info }),
  accept: (when: string): ReferralEvent => ({ type: 'ACCEPT', by: coordinator, at: when }),
  decline: (
    when: string,
    reason: Extract<ReferralEvent, { type: 'DECLINE' }>['reason'],
  ): ReferralEvent => ({
    type: 'DECLINE',
    by: coordinator,
    at: when,
    reason,
  }),
  waitlist: (when: string, position = 4): ReferralEvent => ({
    type: 'WAITLIST',
    by: coordinator,
    at: when,
    position,
    waitBand: '1_to_3_months',
    motivatorRole: 'district_social_worker',
    motivatorId: 'sw-farsta-17',
  }),
  checkIn: (when: string, by: StaffActor = scheduler): ReferralEvent => ({
    type: 'WAITLIST_CHECK_IN',
    by,
    at: when,
  }),
  offer: (
    when: string,
    extra: { crossDistrict?: boolean; replyBy?: string; startDate?: string } = {},
  ): ReferralEvent => ({
    type: 'OFFER',
    by: coordinator,
    at: when,
    cohortId: 'humlan-vt-2026',
    startDate: extra.startDate ?? '2026-04-15',
    replyBy: extra.replyBy ?? '2026-04-01T16:00:00Z',
    ...(extra.crossDistrict !== undefined ? { crossDistrict: extra.crossDistrict } : {}),
  }),
  acceptOffer: (when: string, by: ReferralActor = family): ReferralEvent => ({
    type: 'ACCEPT_OFFER',
    by,
    at: when,
  }),
  declineOffer: (when: string, by: ReferralActor = family): ReferralEvent => ({
    type: 'DECLINE_OFFER',
    by,
    at: when,
  }),
  rescindOffer: (when: string): ReferralEvent => ({
    type: 'RESCIND_OFFER',
    by: coordinator,
    at: when,
  }),
  offerExpired: (when: string): ReferralEvent => ({
    type: 'OFFER_EXPIRED',
    by: scheduler,
    at: when,
  }),
  enrol: (when: string): ReferralEvent => ({ type: 'ENROL', by: groupLeader, at: when }),
  complete: (when: string, sessionsAttended?: number): ReferralEvent => ({
    type: 'COMPLETE',
    by: groupLeader,
    at: when,
    ...(sessionsAttended !== undefined ? { sessionsAttended } : {}),
  }),
  discontinue: (when: string, sessionsReached: number): ReferralEvent => ({
    type: 'DISCONTINUE',
    by: groupLeader,
    at: when,
    sessionsReached,
  }),
  followUpDue: (when: string): ReferralEvent => ({
    type: 'FOLLOW_UP_DUE',
    by: scheduler,
    at: when,
  }),
  followUp: (when: string): ReferralEvent => ({
    type: 'FOLLOW_UP_RECORDED',
    by: socialWorker,
    at: when,
  }),
  withdraw: (when: string, by: ReferralActor = family): ReferralEvent => ({
    type: 'WITHDRAW',
    by,
    at: when,
  }),
  referOn: (when: string, newReferralId = OTHER_REFERRAL_ID): ReferralEvent => ({
    type: 'REFER_ON',
    by: coordinator,
    at: when,
    newReferralId,
  }),
  expire: (when: string): ReferralEvent => ({ type: 'EXPIRE', by: scheduler, at: when }),
  protection: (when: string, by: ReferralActor = socialWorker): ReferralEvent => ({
    type: 'PROTECTION_CONCERN',
    by,
    at: when,
  }),
};
