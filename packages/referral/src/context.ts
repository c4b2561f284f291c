import {
  ChildSchema,
  ConsentSchema,
  DeclineReasonSchema,
  DistrictIdSchema,
  IsoDateSchema,
  NeedIdSchema,
  ReferralRequestSchema,
  ServiceSchema,
  SlugSchema,
  StaffRoleSchema,
  err,
  ok,
  toInputIssues,
  type NeedTaxonomy,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import { ReferralError } from './errors.js';
import {
  IsoDateTimeSchema,
  MissingInfoSchema,
  ReferralActorSchema,
  WaitBandSchema,
} from './events.js';

/**
 * What the machine keeps of the service a referral is for: what eligibility is judged on. A full
 * domain `Service` is accepted (the other fields are dropped), so a stored referral stays small and
 * is judged on the service as it was when the referral was made.
 */
export const ServiceFactsSchema = ServiceSchema.pick({
  id: true,
  kind: true,
  needs: true,
  ages: true,
  accessRoutes: true,
  catchment: true,
  venueDistrictId: true,
});
/** What the machine keeps of the service a referral is for. */
export type ServiceFacts = z.infer<typeof ServiceFactsSchema>;

/** What a referral machine starts from. */
export const ReferralInputSchema = z
  .object({
    /** The referral's id; storage's primary key. */
    referralId: z.uuid(),
    /** What the referring professional, family or young person sent. */
    request: ReferralRequestSchema,
    /** The service `request.serviceId` names. */
    service: ServiceFactsSchema,
    /** The referrer flags a concern that the child is at risk: the referral never enters the group path. */
    protectionConcern: z.boolean().optional(),
    createdAt: IsoDateTimeSchema,
  })
  .refine((i) => i.service.id === i.request.serviceId, {
    message: 'The service must be the one the request names',
    path: ['service', 'id'],
  });
/** What a referral machine starts from. */
export type ReferralInput = z.infer<typeof ReferralInputSchema>;

/**
 * Why a referral left the group path for protection:
 * - `referral_flag`: the referral was made with a protection concern flagged;
 * - `protection_need`: one of its needs is a protection need in the taxonomy;
 * - `concern_event`: a `PROTECTION_CONCERN` event arrived;
 * - `decline`: staff declined it with the reason `protection_concern`.
 */
export const ProtectionSourceSchema = z.enum([
  'referral_flag',
  'protection_need',
  'concern_event',
  'decline',
]);
/** Why a referral left the group path for protection. */
export type ProtectionSource = z.infer<typeof ProtectionSourceSchema>;

/** Why a consent does not cover the referral (the failing reasons of the domain's `checkConsent`). */
export const ConsentProblemSchema = z.enum([
  'withdrawn',
  'young_person_under_15',
  'self_referral_needs_direct_intake',
]);
/** Why a consent does not cover the referral. */
export type ConsentProblem = z.infer<typeof ConsentProblemSchema>;

/**
 * The context of a referral machine: plain JSON, so storage can keep `snapshot.context` as it is
 * and validate it again with this schema when it reads it back.
 */
export const ReferralContextSchema = z.object({
  referralId: z.uuid(),
  child: ChildSchema,
  needs: z.array(NeedIdSchema).min(1),
  consent: ConsentSchema,
  service: ServiceFactsSchema,
  createdAt: IsoDateTimeSchema,
  /** When the last accepted event happened; the app's inactivity rule (`EXPIRE`) reads it. */
  updatedAt: IsoDateTimeSchema,
  submittedAt: IsoDateTimeSchema.optional(),
  /** The open request for information, while the referral is in `needs_info`. */
  infoRequest: z
    .object({
      missing: z.array(MissingInfoSchema).min(1),
      at: IsoDateTimeSchema,
      /** Set when the machine itself found the consent insufficient. */
      consentProblem: ConsentProblemSchema.optional(),
    })
    .optional(),
  acceptedAt: IsoDateTimeSchema.optional(),
  /** The place in the queue; kept when an offer is declined, lapses or is taken back. */
  waitlist: z
    .object({
      position: z.number().int().min(1),
      waitBand: WaitBandSchema,
      motivatorRole: StaffRoleSchema,
      motivatorId: TextSchema.optional(),
      since: IsoDateTimeSchema,
      lastCheckInAt: IsoDateTimeSchema.optional(),
    })
    .optional(),
  /** The open offer, while the referral is `offered`; kept as the enrolled cohort afterwards. */
  offer: z
    .object({
      cohortId: SlugSchema,
      startDate: IsoDateSchema,
      replyBy: IsoDateTimeSchema,
      crossDistrict: z.boolean(),
      venueDistrictId: DistrictIdSchema.optional(),
      offeredAt: IsoDateTimeSchema,
      acceptedAt: IsoDateTimeSchema.optional(),
    })
    .optional(),
  enrolledAt: IsoDateTimeSchema.optional(),
  completedAt: IsoDateTimeSchema.optional(),
  sessionsAttended: z.number().int().min(0).optional(),
  /** When the follow-up call is due (about 3 months after completion). */
  followUpDueAt: IsoDateTimeSchema.optional(),
  /** When the scheduler reminded staff of the follow-up (so it reminds once). */
  followUpRemindedAt: IsoDateTimeSchema.optional(),
  followedUpAt: IsoDateTimeSchema.optional(),
  sessionsReached: z.number().int().min(0).optional(),
  /** Required in `declined`. */
  declineReason: DeclineReasonSchema.optional(),
  /** Set with `declineReason: 'protection_concern'`: the app must hand the case to social services. */
  routeTo: z.literal('social_services').optional(),
  protection: z
    .object({
      source: ProtectionSourceSchema,
      at: IsoDateTimeSchema,
      by: ReferralActorSchema.optional(),
    })
    .optional(),
  /** The referral this one was passed on to, in `referred_on`. */
  newReferralId: z.uuid().optional(),
  /** When the referral reached a final state. */
  closedAt: IsoDateTimeSchema.optional(),
});
/** The context of a referral machine. */
export type ReferralContext = z.infer<typeof ReferralContextSchema>;

/**
 * Parses untrusted machine input (e.g. a referral posted to the API together with the catalogue's
 * service); never throws.
 */
export function parseReferralInput(input: unknown): Result<ReferralInput, ReferralError> {
  const result = ReferralInputSchema.safeParse(input);
  if (result.success) return ok(result.data);
  const issues = toInputIssues(result.error);
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return err(
    new ReferralError(
      'INVALID_INPUT',
      `Invalid referral input: ${summary}`,
      { issues },
      {
        cause: result.error,
      },
    ),
  );
}

/** The first protection need among `needs`, if any. */
export function protectionNeed(
  needs: readonly string[],
  taxonomy: NeedTaxonomy,
): string | undefined {
  return needs.find((n) => taxonomy.isProtection(n));
}

/**
 * Builds the starting context. Typed input that breaks the schema is a programmer error (untrusted
 * input goes through {@link parseReferralInput} first), so this throws.
 */
export function createInitialContext(
  input: ReferralInput,
  taxonomy: NeedTaxonomy,
): ReferralContext {
  const parsed = parseReferralInput(input);
  if (!parsed.ok) throw parsed.error;
  const { referralId, request, service, protectionConcern, createdAt } = parsed.value;
  const source = protectionConcern
    ? 'referral_flag'
    : protectionNeed(request.needs, taxonomy) !== undefined
      ? 'protection_need'
      : undefined;
  return {
    referralId,
    child: request.child,
    needs: request.needs,
    consent: request.consent,
    service,
    createdAt,
    updatedAt: createdAt,
    ...(source ? { protection: { source, at: createdAt } } : {}),
  };
}
