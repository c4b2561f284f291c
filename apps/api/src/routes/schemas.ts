import {
  ChildSchema,
  ConsentSchema,
  DeclineReasonSchema,
  GroupCohortSchema,
  LeaderSchema,
  ReferralStatusSchema,
} from '@lotsen/domain';
import { REFERRAL_EVENT_TYPES, ReferralEventSchema } from '@lotsen/referral';
import { z } from 'zod';

/*
 * Response and parameter schemas shared by several routes. Request bodies are the packages' own
 * schemas wherever one exists, so the API accepts exactly what the packages accept.
 */

/** A referral id in a path. */
export const ReferralParams = z.object({ id: z.uuid() });

/** A cohort id in a path. */
export const CohortParams = z.object({ id: z.string().min(1).max(100) });

/**
 * `If-Match` with the version the caller last read (`"3"`, `W/"3"` or `3`); a stale version is a
 * 409 conflict. Without it, the write applies to the version the server reads.
 */
export const IfMatchHeaders = z.object({
  'if-match': z
    .string()
    .regex(/^(W\/)?"?\d{1,9}"?$/, 'Expected the version as an entity tag, e.g. "3"')
    .optional(),
});

/** The version in an `If-Match` header, if there is one. */
export function versionOf(ifMatch: string | undefined): number | undefined {
  if (ifMatch === undefined) return undefined;
  return Number(ifMatch.replace(/^W\//, '').replaceAll('"', ''));
}

/** The entity tag of a record at a version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

const TimestampOut = z.string();

/** A referral in a list. */
export const ReferralSummaryOut = z
  .object({
    id: z.string(),
    status: ReferralStatusSchema,
    version: z.number().int(),
    child: ChildSchema,
    needs: z.array(z.string()),
    serviceId: z.string(),
    cohortId: z.string().optional(),
    declineReason: DeclineReasonSchema.optional(),
    createdAt: TimestampOut,
    updatedAt: TimestampOut,
    submittedAt: TimestampOut.optional(),
  })
  .meta({ id: 'ReferralSummary' });

/** One referral, with what it accepts now. */
export const ReferralOut = ReferralSummaryOut.extend({
  consent: ConsentSchema,
  allowedEvents: z.array(z.enum(REFERRAL_EVENT_TYPES as [string, ...string[]])),
  routeTo: z.literal('social_services').optional(),
  infoRequest: z
    .object({ missing: z.array(z.string()), at: z.string() })
    .loose()
    .optional(),
  waitlist: z
    .object({ position: z.number().int(), waitBand: z.string(), since: z.string() })
    .loose()
    .optional(),
  offer: z
    .object({
      cohortId: z.string(),
      startDate: z.string(),
      replyBy: z.string(),
      crossDistrict: z.boolean(),
    })
    .loose()
    .optional(),
  timers: z.array(z.object({ kind: z.string(), dueAt: z.string() })),
}).meta({ id: 'Referral' });

/**
 * The body of `POST /v1/referrals/{id}/events`: one of the machine's events without `by` and `at`.
 * Who acted comes from the token and when from the server's clock, never from the body. The
 * machine's own schema then checks the whole event (for example an offer's reply deadline).
 */
export const ReferralEventBodySchema = z
  .discriminatedUnion(
    'type',
    ReferralEventSchema.options.map((option) => {
      const { by: _by, at: _at, ...shape } = option.shape;
      return z.strictObject(shape);
    }) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .meta({ id: 'ReferralEventBody' });

/** One entry of a referral's audit trail. */
export const ReferralEventOut = z
  .object({
    version: z.number().int(),
    kind: z.string(),
    fromStatus: ReferralStatusSchema.nullable(),
    toStatus: ReferralStatusSchema,
    actorId: z.string(),
    role: z.string(),
    reason: z.string().optional(),
    cohortId: z.string().optional(),
    at: z.string(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ReferralEvent' });

/** A cohort as stored, with its version. */
export const CohortOut = GroupCohortSchema.safeExtend({
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Cohort' });

/** A leader as stored, with its version. */
export const LeaderOut = LeaderSchema.safeExtend({
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Leader' });

/** A localized explanation from `@lotsen/formation`. */
export const ExplanationOut = z.object({
  code: z.string(),
  text: z.object({ sv: z.string(), en: z.string() }),
});
