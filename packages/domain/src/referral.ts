import { z } from 'zod';
import { ChildSchema } from './child.js';
import { ConsentSchema } from './consent.js';
import { NeedIdSchema } from './need.js';
import { SlugSchema } from './text.js';

/**
 * The states of a referral (anmälan). The vocabulary follows the FHIR SDOHCC Task / Findhelp mapping
 * in the research notes, so exports stay easy.
 */
export const ReferralStatusSchema = z.enum([
  'draft',
  'submitted',
  'needs_info',
  'accepted',
  'waitlisted',
  'offered',
  'enrolled',
  'completed',
  'followed_up',
  'declined',
  'withdrawn',
  'referred_on',
  'discontinued',
  'expired',
]);
/** The state of a referral. */
export type ReferralStatus = z.infer<typeof ReferralStatusSchema>;

/** Labels for {@link ReferralStatus}. */
export const REFERRAL_STATUS_LABELS = {
  draft: { sv: 'Utkast', en: 'Draft' },
  submitted: { sv: 'Inskickad', en: 'Submitted' },
  needs_info: { sv: 'Behöver kompletteras', en: 'Needs more information' },
  accepted: { sv: 'Mottagen', en: 'Accepted' },
  waitlisted: { sv: 'På väntelista', en: 'Waitlisted' },
  offered: { sv: 'Erbjuden plats', en: 'Offered a place' },
  enrolled: { sv: 'Inskriven', en: 'Enrolled' },
  completed: { sv: 'Avslutad', en: 'Completed' },
  followed_up: { sv: 'Uppföljd', en: 'Followed up' },
  declined: { sv: 'Avböjd', en: 'Declined' },
  withdrawn: { sv: 'Återtagen', en: 'Withdrawn' },
  referred_on: { sv: 'Vidareförmedlad', en: 'Referred on' },
  discontinued: { sv: 'Avbruten', en: 'Discontinued' },
  expired: { sv: 'Förfallen', en: 'Expired' },
} as const satisfies Record<ReferralStatus, { sv: string; en: string }>;

/**
 * The statuses in which a referral may keep a seat in a cohort: it was offered one, takes part, or
 * has taken part. Moving to any other status gives the seat up, so that the next child in the queue
 * can be offered it. Storage enforces this and the API releases the seat before such a move.
 */
export const SEAT_STATUSES: ReadonlySet<ReferralStatus> = new Set<ReferralStatus>([
  'offered',
  'enrolled',
  'completed',
  'followed_up',
  'discontinued',
]);

/** Why a referral was declined. */
export const DeclineReasonSchema = z.enum([
  'not_eligible',
  'no_capacity',
  'out_of_area',
  'needs_individual_support_first',
  'protection_concern',
  'other',
]);
/** Why a referral was declined. */
export type DeclineReason = z.infer<typeof DeclineReasonSchema>;

/** Labels for {@link DeclineReason}. */
export const DECLINE_REASON_LABELS = {
  not_eligible: { sv: 'Uppfyller inte målgruppen', en: 'Not eligible' },
  no_capacity: { sv: 'Ingen plats', en: 'No capacity' },
  out_of_area: { sv: 'Utanför upptagningsområdet', en: 'Out of area' },
  needs_individual_support_first: {
    sv: 'Behöver enskilt stöd först',
    en: 'Needs individual support first',
  },
  protection_concern: {
    sv: 'Skyddsbehov – till socialtjänsten',
    en: 'Protection concern – to social services',
  },
  other: { sv: 'Annat skäl', en: 'Other reason' },
} as const satisfies Record<DeclineReason, { sv: string; en: string }>;

/** What a referring professional sends: the minimum about the child, the needs, a service and consent. */
export const ReferralRequestSchema = z.strictObject({
  child: ChildSchema,
  needs: z.array(NeedIdSchema).min(1, 'Name at least one need'),
  serviceId: SlugSchema,
  consent: ConsentSchema,
  /** Free-text context is deliberately absent: details belong in the social services case file. */
});
/** A referral request. */
export type ReferralRequest = z.infer<typeof ReferralRequestSchema>;

/** A referral as stored: the request plus its state and a version for optimistic concurrency. */
export const ReferralSchema = ReferralRequestSchema.extend({
  id: z.uuid(),
  status: ReferralStatusSchema,
  cohortId: SlugSchema.optional(),
  declineReason: DeclineReasonSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Incremented on every change; a write with a stale version is refused, never merged. */
  version: z.number().int().nonnegative(),
});
/** A stored referral. */
export type Referral = z.infer<typeof ReferralSchema>;
