import { MatchQuerySchema, ServiceFilterSchema } from '@lotsen/catalogue';
import {
  AccessRouteSchema,
  CatchmentSchema,
  ChildSchema,
  ConsentSchema,
  DeclineReasonSchema,
  GroupCohortSchema,
  LeaderSchema,
  ProviderSchema,
  ReferralStatusSchema,
  ServiceAgesSchema,
  ServiceKindSchema,
  ServiceSchema,
  SlugSchema,
  StaffRoleSchema,
  TextSchema,
} from '@lotsen/domain';
import { REFERRAL_EVENT_TYPES, ReferralEventSchema, WaitBandSchema } from '@lotsen/referral';
import { z } from 'zod';

/*
 * Response and parameter schemas shared by several routes. Request bodies are the packages' own
 * schemas wherever one exists, so the API accepts exactly what the packages accept.
 */

/** A referral id in a path. */
export const ReferralParams = z.object({ id: z.uuid() });

/** A cohort id in a path. */
export const CohortParams = z.object({ id: TextSchema.min(1).max(100) });

/**
 * `If-Match` with the version the caller last read (`"3"`, `W/"3"` or `3`); a stale version is a
 * 409 conflict. Without it, the write applies to the version the server reads.
 */
export const IfMatchHeaders = z.object({
  'if-match': TextSchema.regex(
    /^(W\/)?"?\d{1,9}"?$/,
    'Expected the version as an entity tag, e.g. "3"',
  ).optional(),
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
 * `WAITLIST` as the API takes it: the list to join (a cohort's queue, or by default the general
 * list of the referral's service) and who keeps in touch. No `position`: it is computed from the
 * one waiting order, and a body that sends one is refused (400 on `position`). The wait band is
 * `undetermined` unless given; `GET /v1/referrals/{id}/place` estimates the wait from the pace.
 */
export const WaitlistBodySchema = z.strictObject({
  type: z.literal('WAITLIST'),
  /** Join this cohort's queue. */
  cohortId: SlugSchema.optional(),
  /** Join this service's general list (default: the referral's service, when no cohort is named). */
  serviceId: SlugSchema.optional(),
  waitBand: WaitBandSchema.optional(),
  /** The role that keeps the family motivated while it waits; default the sender's role. */
  motivatorRole: StaffRoleSchema.optional(),
  /** The person in that role; default the sender when the role is the sender's. */
  motivatorId: TextSchema.min(1).max(128).optional(),
});

/**
 * The body of `POST /v1/referrals/{id}/events`: one of the machine's events without `by` and `at`.
 * Who acted comes from the token and when from the server's clock, never from the body. The
 * machine's own schema then checks the whole event (for example an offer's reply deadline).
 * `WAITLIST` is the API's own ({@link WaitlistBodySchema}): its position is never supplied.
 */
export const ReferralEventBodySchema = z
  .discriminatedUnion(
    'type',
    ReferralEventSchema.options.map((option) => {
      if (option.shape.type.value === 'WAITLIST') return WaitlistBodySchema;
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

/*
 * The catalogue: compact answers by default (what a list or a card shows), whole records on request.
 * A social worker's system or the chat shows a handful of matches and fetches details by id, so
 * neither a match nor a page of services repeats every service's and provider's whole record.
 */

/**
 * Text in a compact catalogue answer: in Swedish and English, or in the one of them the caller's
 * `Accept-Language` prefers (content negotiation, see language.ts). Whole records keep both.
 */
export const AnswerTextOut = z
  .object({ sv: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .meta({
    id: 'AnswerText',
    minProperties: 1,
    description:
      'Swedish (sv) and English (en); only one of them when Accept-Language prefers it (e.g. "sv", or "en-GB,en;q=0.9,sv;q=0.8" for English), named by Content-Language. Without Accept-Language, with "*", or when it weighs both the same or accepts neither: both.',
  });

/**
 * The request headers the compact catalogue answers read: `Accept-Language` (RFC 9110 §12.5.4)
 * chooses the language of their texts. Documented, not validated: any value is read (language.ts).
 */
export const AcceptLanguageHeaders = z.object({
  'accept-language': TextSchema.optional().meta({
    description:
      'The language of the texts: sv or en, with q-values (e.g. "sv", "sv-SE,sv;q=0.9,en;q=0.8", "en-GB,en;q=0.9,sv;q=0.8"). Without it, with "*", or when it weighs both the same or names neither: both languages.',
  }),
});

/** A service, whole, as the catalogue has it. */
export const ServiceOut = ServiceSchema.meta({ id: 'Service' });
/** A provider, whole, as the catalogue has it. */
export const ProviderOut = ProviderSchema.meta({ id: 'Provider' });

/**
 * How to get in touch with a service (each part only when the source gives it), in a compact match
 * result: `howTo` in the caller's language, as every text there.
 */
export const ServiceContactOut = ServiceSchema.shape.contact
  .unwrap()
  .extend({ howTo: AnswerTextOut.optional() })
  .meta({ id: 'ServiceContact' });

/**
 * A service in a list: enough to show it and to choose one (what, by whom, for whom, where, how to
 * get in); its description, contact and sources are at `/v1/services/{id}`.
 */
export const ServiceSummaryOut = z
  .object({
    id: z.string(),
    name: AnswerTextOut,
    kind: ServiceKindSchema,
    providerId: z.string(),
    providerName: AnswerTextOut,
    needs: z.array(z.string()),
    ages: ServiceAgesSchema,
    catchment: CatchmentSchema,
    accessRoutes: z.array(AccessRouteSchema),
  })
  .meta({
    id: 'ServiceSummary',
    description:
      'A service in a list; the whole service and its provider are at /v1/services/{id}, or in the list with view=full.',
  });

/** The query of `GET /v1/services`: the catalogue's filters, a page, and the view of each item. */
export const ServiceListQuery = ServiceFilterSchema.extend({
  page: z.coerce.number().int().min(1).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(20),
  view: z.enum(['compact', 'full']).default('compact').meta({
    description: 'compact: ServiceSummary items (the default); full: whole Service records',
  }),
});

/** A page of services. */
export const ServiceListOut = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
    items: z.union([z.array(ServiceSummaryOut), z.array(ServiceOut)]).meta({
      description: 'ServiceSummary items, or whole Service records with view=full',
    }),
  })
  .meta({ id: 'ServiceList' });

/**
 * A reason a result is in a match, or a notice on the whole answer, in Swedish and English or in the
 * language the caller prefers.
 */
export const MatchReasonOut = z
  .object({ code: z.string(), text: AnswerTextOut })
  .meta({ id: 'MatchReason' });

/** What `expand` can add to each match result. */
export const MATCH_EXPANSIONS = ['service', 'provider'] as const;

/**
 * The body of `POST /v1/match`: the catalogue's match query (the same fields and checks), with the
 * API's own default for `limit`, and `expand` for whole records.
 */
export const MatchBodySchema = MatchQuerySchema.extend({
  limit: z.number().int().min(1).max(200).default(10).meta({
    description:
      'How many results at most, best first (10 unless asked; eligibleCount says how many fit)',
  }),
  expand: z.array(z.enum(MATCH_EXPANSIONS)).min(1).max(MATCH_EXPANSIONS.length).optional().meta({
    description:
      'Add the whole service and/or provider record to each result (else fetch /v1/services/{id})',
  }),
}).meta({ id: 'MatchQuery' });

/**
 * One match, as a card shows it: the service and its provider by id and name, what it is, for which
 * ages, how near, how to get in and in touch, and why it is there.
 */
export const MatchResultOut = z
  .object({
    rank: z.number().int(),
    serviceId: z.string(),
    name: AnswerTextOut,
    kind: ServiceKindSchema,
    providerId: z.string(),
    providerName: AnswerTextOut,
    ages: ServiceAgesSchema,
    locality: z.enum(['own_district', 'neighbour_district', 'city_wide', 'county_wide']),
    venueDistrictId: z
      .string()
      .optional()
      .meta({ description: 'The district where the service meets, when it is in one' }),
    accessRoutes: z.array(AccessRouteSchema),
    fit: z.enum(['stated', 'inferred', 'unknown']).meta({
      description:
        "How sure the age fit is: the source states the service's age band (stated), only its name or kind implies one (inferred), or nothing is known (unknown). Ranked in that order.",
    }),
    forParent: z.boolean().meta({
      description:
        'True for a service only for adults: in a child’s answer it is support for the parent, ranked below every service for the child (its first reason, for_parent, says so)',
    }),
    contact: ServiceContactOut,
    availability: z
      .object({ nextStart: z.string().optional(), placesLeft: z.number().int() })
      .optional(),
    reasons: z.array(MatchReasonOut).readonly(),
    service: ServiceOut.optional().meta({ description: 'With expand: ["service"]' }),
    provider: ProviderOut.optional().meta({ description: 'With expand: ["provider"]' }),
  })
  .meta({ id: 'MatchResult' });

/** The answer of `POST /v1/match`. */
export const MatchAnswerOut = z
  .object({
    results: z.array(MatchResultOut).readonly(),
    notices: z.array(MatchReasonOut).readonly(),
    eligibleCount: z.number().int().meta({ description: 'How many services fit, before limit' }),
  })
  .meta({ id: 'MatchAnswer' });
