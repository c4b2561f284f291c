import { DeclineReasonSchema, StaffRoleSchema } from '@lotsen/domain';
import fc from 'fast-check';
import type { ReferralEvent, ReferralEventType } from '../src/events.js';
import { MissingInfoSchema, WaitBandSchema } from '../src/events.js';
import { OTHER_REFERRAL_ID, REFERRAL_ID, T0, child10, guardians } from './fixtures.js';

const DAY = 86_400_000;

/** An ISO date-time within a year and a half of `T0`, at whole minutes. */
export const dateTimeArb = fc
  .integer({ min: 0, max: 540 * 24 * 60 })
  .map((minutes) => new Date(Date.parse(T0) + minutes * 60_000).toISOString());

export const staffArb = fc.record({
  id: fc.constantFrom('coord-anna', 'sw-farsta-17', 'leader-humlan-2', 'lotsen-scheduler'),
  role: fc.constantFrom(...StaffRoleSchema.options),
});

export const anyoneArb = fc.oneof(
  staffArb,
  fc.record({
    id: fc.constantFrom('family-contact-0042', 'yp-contact-0077'),
    role: fc.constantFrom('family' as const, 'young_person' as const),
  }),
);

/** Valid events of every type, with open-ended payloads. */
export const eventArbs: {
  readonly [T in ReferralEventType]: fc.Arbitrary<Extract<ReferralEvent, { type: T }>>;
} = {
  SUBMIT: fc.record({ type: fc.constant('SUBMIT'), by: anyoneArb, at: dateTimeArb }),
  REQUEST_INFO: fc.record({
    type: fc.constant('REQUEST_INFO'),
    by: staffArb,
    at: dateTimeArb,
    missing: fc.uniqueArray(fc.constantFrom(...MissingInfoSchema.options), { minLength: 1 }),
  }),
  PROVIDE_INFO: fc.record(
    {
      type: fc.constant('PROVIDE_INFO'),
      by: anyoneArb,
      at: dateTimeArb,
      child: fc.integer({ min: 0, max: 25 }).map((age) => ({ ...child10, age })),
      needs: fc.uniqueArray(
        fc.constantFrom(
          'parental-substance-abuse',
          'parental-mental-illness',
          'school-absence',
          'domestic-violence-witnessed',
          'protection-concern',
        ),
        { minLength: 1, maxLength: 3 },
      ),
      consent: fc.constantFrom(
        guardians,
        { ...guardians, givenBy: 'young_person' as const },
        { ...guardians, givenBy: 'parent_self_referral' as const },
        { ...guardians, withdrawnOn: '2026-03-05' },
      ),
    },
    { requiredKeys: ['type', 'by', 'at'] },
  ),
  ACCEPT: fc.record({ type: fc.constant('ACCEPT'), by: staffArb, at: dateTimeArb }),
  DECLINE: fc.record({
    type: fc.constant('DECLINE'),
    by: staffArb,
    at: dateTimeArb,
    reason: fc.constantFrom(...DeclineReasonSchema.options),
  }),
  WAITLIST: fc.record(
    {
      type: fc.constant('WAITLIST'),
      by: staffArb,
      at: dateTimeArb,
      position: fc.integer({ min: 1, max: 500 }),
      waitBand: fc.constantFrom(...WaitBandSchema.options),
      motivatorRole: fc.constantFrom(...StaffRoleSchema.options),
      motivatorId: fc.constantFrom('sw-farsta-17', 'coord-anna'),
    },
    { requiredKeys: ['type', 'by', 'at', 'position', 'waitBand', 'motivatorRole'] },
  ),
  WAITLIST_CHECK_IN: fc.record({
    type: fc.constant('WAITLIST_CHECK_IN'),
    by: staffArb,
    at: dateTimeArb,
  }),
  OFFER: fc
    .record(
      {
        by: staffArb,
        at: dateTimeArb,
        replyAfterDays: fc.integer({ min: 1, max: 30 }),
        startAfterDays: fc.integer({ min: 0, max: 30 }),
        cohortId: fc.constantFrom('humlan-vt-2026', 'vagen-ht-2026'),
        crossDistrict: fc.boolean(),
        venueDistrictId: fc.constantFrom('farsta', 'skarholmen'),
      },
      { requiredKeys: ['by', 'at', 'replyAfterDays', 'startAfterDays', 'cohortId'] },
    )
    .map(({ replyAfterDays, startAfterDays, ...rest }) => {
      const replyBy = new Date(Date.parse(rest.at) + replyAfterDays * DAY).toISOString();
      const startDate = new Date(Date.parse(replyBy) + startAfterDays * DAY)
        .toISOString()
        .slice(0, 10);
      return { type: 'OFFER' as const, ...rest, replyBy, startDate };
    }),
  ACCEPT_OFFER: fc.record({ type: fc.constant('ACCEPT_OFFER'), by: anyoneArb, at: dateTimeArb }),
  DECLINE_OFFER: fc.record({ type: fc.constant('DECLINE_OFFER'), by: anyoneArb, at: dateTimeArb }),
  RESCIND_OFFER: fc.record({ type: fc.constant('RESCIND_OFFER'), by: staffArb, at: dateTimeArb }),
  OFFER_EXPIRED: fc.record({ type: fc.constant('OFFER_EXPIRED'), by: staffArb, at: dateTimeArb }),
  ENROL: fc.record({ type: fc.constant('ENROL'), by: staffArb, at: dateTimeArb }),
  COMPLETE: fc.record(
    {
      type: fc.constant('COMPLETE'),
      by: staffArb,
      at: dateTimeArb,
      sessionsAttended: fc.integer({ min: 0, max: 20 }),
    },
    { requiredKeys: ['type', 'by', 'at'] },
  ),
  DISCONTINUE: fc.record({
    type: fc.constant('DISCONTINUE'),
    by: staffArb,
    at: dateTimeArb,
    sessionsReached: fc.integer({ min: 0, max: 20 }),
  }),
  FOLLOW_UP_DUE: fc.record({ type: fc.constant('FOLLOW_UP_DUE'), by: staffArb, at: dateTimeArb }),
  FOLLOW_UP_RECORDED: fc.record({
    type: fc.constant('FOLLOW_UP_RECORDED'),
    by: staffArb,
    at: dateTimeArb,
  }),
  WITHDRAW: fc.record({ type: fc.constant('WITHDRAW'), by: anyoneArb, at: dateTimeArb }),
  REFER_ON: fc.record({
    type: fc.constant('REFER_ON'),
    by: staffArb,
    at: dateTimeArb,
    newReferralId: fc.constantFrom(OTHER_REFERRAL_ID, REFERRAL_ID),
  }),
  EXPIRE: fc.record({ type: fc.constant('EXPIRE'), by: staffArb, at: dateTimeArb }),
  PROTECTION_CONCERN: fc.record({
    type: fc.constant('PROTECTION_CONCERN'),
    by: anyoneArb,
    at: dateTimeArb,
  }),
};

/** Any valid referral event. */
export const referralEventArb: fc.Arbitrary<ReferralEvent> = fc.oneof<
  Array<fc.Arbitrary<ReferralEvent>>
>(...Object.values(eventArbs));

/** The same event at another time; an offer keeps its reply window and its start after the deadline. */
export function retime(event: ReferralEvent, at: string): ReferralEvent {
  if (event.type !== 'OFFER') return { ...event, at };
  const replyBy = new Date(
    Date.parse(at) + (Date.parse(event.replyBy) - Date.parse(event.at)),
  ).toISOString();
  const startGapDays = Math.round(
    (Date.parse(event.startDate) - Date.parse(event.replyBy.slice(0, 10))) / DAY,
  );
  const startDate = new Date(Date.parse(replyBy.slice(0, 10)) + startGapDays * DAY)
    .toISOString()
    .slice(0, 10);
  return { ...event, at, replyBy, startDate };
}

const PATH = 30;
const SIDE = 3;
const EXIT = 1;

/**
 * Events that mostly follow the group path, so random walks get far: the path's events are weighted
 * above the side steps and the exits (a uniform mix would end most walks in the first few steps).
 */
export const walkEventArb: fc.Arbitrary<ReferralEvent> = fc.oneof<
  Array<fc.WeightedArbitrary<ReferralEvent>>
>(
  { arbitrary: eventArbs.SUBMIT, weight: PATH },
  { arbitrary: eventArbs.ACCEPT, weight: PATH },
  { arbitrary: eventArbs.WAITLIST, weight: PATH },
  { arbitrary: eventArbs.OFFER, weight: PATH },
  { arbitrary: eventArbs.ACCEPT_OFFER, weight: PATH },
  { arbitrary: eventArbs.ENROL, weight: PATH },
  { arbitrary: eventArbs.COMPLETE, weight: PATH },
  { arbitrary: eventArbs.FOLLOW_UP_DUE, weight: SIDE },
  { arbitrary: eventArbs.FOLLOW_UP_RECORDED, weight: SIDE },
  { arbitrary: eventArbs.REQUEST_INFO, weight: SIDE },
  { arbitrary: eventArbs.PROVIDE_INFO, weight: SIDE },
  { arbitrary: eventArbs.WAITLIST_CHECK_IN, weight: SIDE },
  { arbitrary: eventArbs.DECLINE_OFFER, weight: SIDE },
  { arbitrary: eventArbs.RESCIND_OFFER, weight: SIDE },
  { arbitrary: eventArbs.OFFER_EXPIRED, weight: SIDE },
  { arbitrary: eventArbs.DECLINE, weight: EXIT },
  { arbitrary: eventArbs.DISCONTINUE, weight: EXIT },
  { arbitrary: eventArbs.WITHDRAW, weight: EXIT },
  { arbitrary: eventArbs.REFER_ON, weight: EXIT },
  { arbitrary: eventArbs.EXPIRE, weight: EXIT },
  { arbitrary: eventArbs.PROTECTION_CONCERN, weight: EXIT },
);

/**
 * A walk: events in time order from `T0`, each 0 to 3 days after the one before, so deadlines and
 * ages come into play the way they do in practice.
 */
export const walkArb: fc.Arbitrary<ReferralEvent[]> = fc
  .array(fc.tuple(walkEventArb, fc.integer({ min: 0, max: 3 * 24 * 60 })), {
    minLength: 10,
    maxLength: 80,
    size: 'max',
  })
  .map((steps) => {
    let t = Date.parse(T0);
    return steps.map(([event, gapMinutes]) => {
      t += gapMinutes * 60_000;
      return retime(event, new Date(t).toISOString());
    });
  });
