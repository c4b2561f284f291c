import {
  ChildSchema,
  ConsentSchema,
  DeclineReasonSchema,
  DistrictIdSchema,
  IsoDateSchema,
  NeedIdSchema,
  SlugSchema,
  StaffRoleSchema,
  containsPersonalIdentityNumber,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';

/** An ISO 8601 date-time with `Z` or an offset, e.g. `2026-03-02T09:30:00Z`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/**
 * Who acts on a referral: a staff or system role, or the family or young person themselves.
 * `system` is the role the app's scheduler uses when it sends a timer's event.
 */
export const ReferralActorRoleSchema = z.enum([
  ...StaffRoleSchema.options,
  'family',
  'young_person',
]);
/** Who acts on a referral. */
export type ReferralActorRole = z.infer<typeof ReferralActorRoleSchema>;

const ActorIdSchema = TextSchema.trim()
  .min(1)
  .max(128)
  .refine(
    (v) => !containsPersonalIdentityNumber(v),
    // The audit log keeps this id forever: it must be an account or contact reference, never a
    // personal identity number.
    'A personal identity number may not be used as an actor id',
  );

/** Who did something: an opaque id (a staff account, a family contact reference) and a role. */
export const ReferralActorSchema = z.strictObject({
  id: ActorIdSchema,
  role: ReferralActorRoleSchema,
});
/** Who did something. */
export type ReferralActor = z.infer<typeof ReferralActorSchema>;

/** Staff or a system only: the family may not, for example, accept its own referral. */
export const StaffActorSchema = z.strictObject({ id: ActorIdSchema, role: StaffRoleSchema });
/** A staff member or a system. */
export type StaffActor = z.infer<typeof StaffActorSchema>;

/**
 * How long a waitlisted family can expect to wait, in the bands of the FHIR SDOHCC capacity
 * extension (`< 1 month`, `1–3 months`, `> 3 months`, undetermined).
 */
export const WaitBandSchema = z.enum([
  'under_1_month',
  '1_to_3_months',
  'over_3_months',
  'undetermined',
]);
/** An estimated wait band. */
export type WaitBand = z.infer<typeof WaitBandSchema>;

/** Labels for {@link WaitBand}. */
export const WAIT_BAND_LABELS = {
  under_1_month: { sv: 'Mindre än en månad', en: 'Less than 1 month' },
  '1_to_3_months': { sv: '1–3 månader', en: '1–3 months' },
  over_3_months: { sv: 'Mer än 3 månader', en: 'More than 3 months' },
  undetermined: { sv: 'Okänd väntetid', en: 'Undetermined' },
} as const satisfies Record<WaitBand, { sv: string; en: string }>;

/**
 * What a referral lacks when staff ask for more information. A closed list on purpose: details of a
 * child's situation belong in the social services case file, not in a free-text field here.
 */
export const MissingInfoSchema = z.enum([
  'consent',
  'age',
  'district',
  'needs',
  'contact',
  'other',
]);
/** What a referral lacks. */
export type MissingInfo = z.infer<typeof MissingInfoSchema>;

const staff = { by: StaffActorSchema, at: IsoDateTimeSchema };
const anyone = { by: ReferralActorSchema, at: IsoDateTimeSchema };

/** Sends the prepared referral (anmälan) to the provider or the coordination function. */
export const SubmitEventSchema = z.strictObject({ type: z.literal('SUBMIT'), ...anyone });
/** Staff ask for missing consent or information. */
export const RequestInfoEventSchema = z.strictObject({
  type: z.literal('REQUEST_INFO'),
  ...staff,
  missing: z.array(MissingInfoSchema).min(1),
});
/** Corrects or completes a draft, or answers a request for information. Omitted fields stay as they are. */
export const ProvideInfoEventSchema = z.strictObject({
  type: z.literal('PROVIDE_INFO'),
  ...anyone,
  child: ChildSchema.optional(),
  needs: z.array(NeedIdSchema).min(1).optional(),
  consent: ConsentSchema.optional(),
});
/** The provider agrees to the referral; no group slot yet. */
export const AcceptEventSchema = z.strictObject({ type: z.literal('ACCEPT'), ...staff });
/** The provider declines, always with a reason. */
export const DeclineEventSchema = z.strictObject({
  type: z.literal('DECLINE'),
  ...staff,
  reason: DeclineReasonSchema,
});
/** Puts an accepted referral on the waitlist, or updates its place there. */
export const WaitlistEventSchema = z.strictObject({
  type: z.literal('WAITLIST'),
  ...staff,
  position: z.number().int().min(1).max(100_000),
  waitBand: WaitBandSchema,
  /** The role that owns keeping the family motivated while it waits (the reports ask for an owner). */
  motivatorRole: StaffRoleSchema,
  /** The person in that role, when one is named. */
  motivatorId: ActorIdSchema.optional(),
});
/** A check-in with a waiting family is due or done; restarts the check-in clock. */
export const WaitlistCheckInEventSchema = z.strictObject({
  type: z.literal('WAITLIST_CHECK_IN'),
  ...staff,
});
/** Offers a seat in a group cohort, with a start date and a reply deadline. */
export const OfferEventSchema = z
  .strictObject({
    type: z.literal('OFFER'),
    ...staff,
    cohortId: SlugSchema,
    startDate: IsoDateSchema,
    replyBy: IsoDateTimeSchema,
    /**
     * Set when the child lives outside the service's catchment: the reports recommend offering a
     * group in a neighbouring (or other) district when the own district has a queue or no group.
     */
    crossDistrict: z.boolean().optional(),
    /** Where the cohort meets, for the record. */
    venueDistrictId: DistrictIdSchema.optional(),
  })
  .refine((e) => Date.parse(e.replyBy) > Date.parse(e.at), {
    message: 'replyBy must be after the offer is made',
    path: ['replyBy'],
  })
  .refine((e) => e.replyBy.slice(0, 10) <= e.startDate, {
    message: 'replyBy must not be after the start date',
    path: ['replyBy'],
  });
/** The family or young person accepts the offered seat. */
export const AcceptOfferEventSchema = z.strictObject({
  type: z.literal('ACCEPT_OFFER'),
  ...anyone,
});
/** The family or young person turns the offered seat down; the referral goes back to waiting. */
export const DeclineOfferEventSchema = z.strictObject({
  type: z.literal('DECLINE_OFFER'),
  ...anyone,
});
/** Staff take the offer back (the cohort did not reach its minimum, or was cancelled). */
export const RescindOfferEventSchema = z.strictObject({
  type: z.literal('RESCIND_OFFER'),
  ...staff,
});
/** The reply deadline passed without an answer; sent by the app's scheduler. */
export const OfferExpiredEventSchema = z.strictObject({
  type: z.literal('OFFER_EXPIRED'),
  ...staff,
});
/** The child or parent has started the group. */
export const EnrolEventSchema = z.strictObject({ type: z.literal('ENROL'), ...staff });
/** The group series is finished. */
export const CompleteEventSchema = z.strictObject({
  type: z.literal('COMPLETE'),
  ...staff,
  sessionsAttended: z.number().int().min(0).max(1000).optional(),
});
/** The child dropped out midway; records how many sessions were reached. */
export const DiscontinueEventSchema = z.strictObject({
  type: z.literal('DISCONTINUE'),
  ...staff,
  sessionsReached: z.number().int().min(0).max(1000),
});
/** The 3-month follow-up is due; sent by the app's scheduler so staff are reminded once. */
export const FollowUpDueEventSchema = z.strictObject({
  type: z.literal('FOLLOW_UP_DUE'),
  ...staff,
});
/** The follow-up with the family was made. */
export const FollowUpRecordedEventSchema = z.strictObject({
  type: z.literal('FOLLOW_UP_RECORDED'),
  ...staff,
});
/** The family, the young person or the referrer withdraws the referral. */
export const WithdrawEventSchema = z.strictObject({ type: z.literal('WITHDRAW'), ...anyone });
/** The referral is passed on to a new referral (e.g. a group in another district). */
export const ReferOnEventSchema = z.strictObject({
  type: z.literal('REFER_ON'),
  ...staff,
  newReferralId: z.uuid(),
});
/** Closes a referral nobody acted on for too long (the app decides how long). */
export const ExpireEventSchema = z.strictObject({ type: z.literal('EXPIRE'), ...staff });
/**
 * Someone fears the child is at risk. Anyone may raise it, the family and the young person
 * included: the referral leaves the group path at once and is routed to social services.
 */
export const ProtectionConcernEventSchema = z.strictObject({
  type: z.literal('PROTECTION_CONCERN'),
  ...anyone,
});

/** Every event a referral accepts, discriminated by `type`. Validates untrusted event bodies. */
export const ReferralEventSchema = z.discriminatedUnion('type', [
  SubmitEventSchema,
  RequestInfoEventSchema,
  ProvideInfoEventSchema,
  AcceptEventSchema,
  DeclineEventSchema,
  WaitlistEventSchema,
  WaitlistCheckInEventSchema,
  OfferEventSchema,
  AcceptOfferEventSchema,
  DeclineOfferEventSchema,
  RescindOfferEventSchema,
  OfferExpiredEventSchema,
  EnrolEventSchema,
  CompleteEventSchema,
  DiscontinueEventSchema,
  FollowUpDueEventSchema,
  FollowUpRecordedEventSchema,
  WithdrawEventSchema,
  ReferOnEventSchema,
  ExpireEventSchema,
  ProtectionConcernEventSchema,
]);
/** An event sent to a referral. Every event says who (`by`) and when (`at`), for the audit log. */
export type ReferralEvent = z.infer<typeof ReferralEventSchema>;
/** The type of a referral event. */
export type ReferralEventType = ReferralEvent['type'];
/** The referral event of one type. */
export type ReferralEventOf<T extends ReferralEventType> = Extract<ReferralEvent, { type: T }>;

/** Every referral event type, in lifecycle order. */
export const REFERRAL_EVENT_TYPES = ReferralEventSchema.options.map(
  (o) => o.shape.type.value,
) as readonly ReferralEventType[];
