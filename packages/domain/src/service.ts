import { z } from 'zod';
import { DistrictIdSchema } from './district.js';
import { NeedIdSchema } from './need.js';
import {
  IsoDateSchema,
  LanguageCodeSchema,
  LocalizedTextSchema,
  PlainLocalizedTextSchema,
  PlainTextSchema,
  SlugSchema,
  TextSchema,
  WebAddressSchema,
} from './text.js';
import { VerificationFields } from './verification.js';
import { SourceCitationSchema } from './source.js';

/** What kind of support a service is. */
export const ServiceKindSchema = z.enum([
  'children_group',
  'teen_group',
  'parent_group',
  'parallel_groups',
  'individual_talks',
  'advice_support_talks',
  'family_treatment',
  'parenting_programme',
  'counselling',
  'contact_person',
  'other',
]);
/** What kind of support a service is. */
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

/** Labels for {@link ServiceKind}. */
export const SERVICE_KIND_LABELS = {
  children_group: { sv: 'Barngrupp', en: "Children's group" },
  teen_group: { sv: 'Tonårsgrupp', en: 'Teen group' },
  parent_group: { sv: 'Föräldragrupp', en: 'Parent group' },
  parallel_groups: {
    sv: 'Parallella barn- och föräldragrupper',
    en: 'Parallel child and parent groups',
  },
  individual_talks: { sv: 'Enskilda samtal eller krissamtal', en: 'Individual or crisis talks' },
  advice_support_talks: { sv: 'Råd- och stödsamtal', en: 'Advice and support talks' },
  family_treatment: { sv: 'Familjebehandling', en: 'Family treatment' },
  parenting_programme: { sv: 'Föräldraskapsstödprogram', en: 'Parenting programme' },
  counselling: { sv: 'Rådgivning och samtalsstöd', en: 'Counselling' },
  contact_person: {
    sv: 'Kontaktperson eller kontaktfamilj',
    en: 'Contact person or contact family',
  },
  other: { sv: 'Annat stöd', en: 'Other support' },
} as const satisfies Record<ServiceKind, { sv: string; en: string }>;

const GROUP_KINDS: ReadonlySet<ServiceKind> = new Set([
  'children_group',
  'teen_group',
  'parent_group',
  'parallel_groups',
]);

/** True for the kinds that are group support (and so never an answer to a protection need). */
export function isGroupKind(kind: ServiceKind): boolean {
  return GROUP_KINDS.has(kind);
}

/**
 * How a family gets in:
 * - `direct_intake`: service without a needs assessment (direktintag), anyone in the target group.
 * - `self_referral`: the family or young person contacts the service on their own.
 * - `staff_referral`: a professional (social services, school, health care) refers.
 * - `aid_decision`: granted as aid after an investigation under SoL 4 kap. 1 §.
 */
export const AccessRouteSchema = z.enum([
  'direct_intake',
  'self_referral',
  'staff_referral',
  'aid_decision',
]);
/** How a family gets in. */
export type AccessRoute = z.infer<typeof AccessRouteSchema>;

/** Labels for {@link AccessRoute}. */
export const ACCESS_ROUTE_LABELS = {
  direct_intake: { sv: 'Direktintag (service)', en: 'Direct intake (service)' },
  self_referral: { sv: 'Egen anmälan', en: 'Self-referral' },
  staff_referral: { sv: 'Remiss från personal', en: 'Referral by staff' },
  aid_decision: { sv: 'Bistånd enligt SoL 4 kap. 1 §', en: 'Aid decision under SoL 4:1' },
} as const satisfies Record<AccessRoute, { sv: string; en: string }>;

/** Who a service is for, geographically. */
export const CatchmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('districts'), districtIds: z.array(DistrictIdSchema).min(1) }),
  z.object({ kind: z.literal('city') }),
  z.object({ kind: z.literal('county') }),
]);
/** Who a service is for, geographically. */
export type Catchment = z.infer<typeof CatchmentSchema>;

/** An age band in whole years, both ends inclusive. */
export const AgeBandSchema = z
  .object({ min: z.number().int().min(0).max(120), max: z.number().int().min(0).max(120) })
  .refine((a) => a.min <= a.max, { message: 'min must not be above max', path: ['max'] });
/** An age band in whole years, both ends inclusive. */
export type AgeBand = z.infer<typeof AgeBandSchema>;

/**
 * The ages a service takes. `unknown` when the source does not say: we never invent an age band,
 * and matching tells the user to check with the provider.
 */
export const ServiceAgesSchema = z.union([AgeBandSchema, z.literal('unknown')]);
/** The ages a service takes, or `unknown`. */
export type ServiceAges = z.infer<typeof ServiceAgesSchema>;

/**
 * An age band the source does not state but the service's name or kind implies ("Tonårsgrupp",
 * "ABC tonår", "vuxna anhöriga"): kept apart from a stated band so that matching can rank it below
 * one, and so a reviewer sees what it was inferred from. `@lotsen/catalogue` owns the rule.
 */
export const AgeInferenceSchema = z.object({
  band: AgeBandSchema,
  /** Whether the band follows from the service's kind or from a word in its Swedish name. */
  from: z.enum(['kind', 'name']),
  /** The kind (`teen_group`) or the word in the name (`tonår`) the band follows from. */
  evidence: TextSchema.min(1),
});
/** An age band inferred from a service's name or kind. */
export type AgeInference = z.infer<typeof AgeInferenceSchema>;

/** When a service meets and when its next series starts, as an editor states it. */
export const ServiceScheduleSchema = z.object({
  /** Weekday, time and length in words ("Tisdagar 16–18, 10 träffar"). */
  note: PlainLocalizedTextSchema.optional(),
  /** The first meeting of the next series (`YYYY-MM-DD`). */
  nextStart: IsoDateSchema.optional(),
});
/** When a service meets. */
export type ServiceSchedule = z.infer<typeof ServiceScheduleSchema>;

/**
 * How to start:
 * - `call_us`: the family calls or writes to the service.
 * - `ask_social_worker`: through the family's social worker (a referral or an aid decision).
 * - `young_person_alone`: a young person can come alone from `fromAge`.
 */
export const HowToStartSchema = z.object({
  kind: z.enum(['call_us', 'ask_social_worker', 'young_person_alone']),
  /** For `young_person_alone`: the youngest age that may come without a parent. */
  fromAge: z.number().int().min(0).max(25).optional(),
  note: PlainLocalizedTextSchema.optional(),
});
/** How to start. */
export type HowToStart = z.infer<typeof HowToStartSchema>;

/** Labels for {@link HowToStart} kinds; `{age}` is the `fromAge`. */
export const HOW_TO_START_LABELS = {
  call_us: { sv: 'Ring eller skriv till oss', en: 'Call or write to us' },
  ask_social_worker: { sv: 'Fråga din socialsekreterare', en: 'Ask your social worker' },
  young_person_alone: {
    sv: 'Du kan komma själv från {age} år',
    en: 'You can come on your own from age {age}',
  },
} as const;

/**
 * What is wrong with a service's contact given its confidential venue: a confidential service never
 * carries an address, whatever an editor sends (the one rule every write path checks).
 */
export function confidentialityIssues(service: {
  readonly confidentialLocation?: boolean | undefined;
  readonly contact?: { readonly address?: string | undefined } | undefined;
}): { path: string; message: string }[] {
  return service.confidentialLocation === true && service.contact?.address !== undefined
    ? [
        {
          path: 'contact.address',
          message:
            'Where this service meets is confidential: give a contact point (phone, e-mail, web), never an address',
        },
      ]
    : [];
}

/** A service in the catalogue: one offer by one provider. */
export const ServiceSchema = z.object({
  id: SlugSchema,
  providerId: SlugSchema,
  name: PlainLocalizedTextSchema,
  /** Our own description, written from the source, in Swedish and English. */
  description: PlainLocalizedTextSchema,
  /**
   * The description in plain words (klarspråk) for a worried parent or a teenager: one or two
   * sentences, only what the description says, no legal references or report terms. Parent and
   * youth views show it; staff views keep the description with its sources.
   */
  plainSummary: PlainLocalizedTextSchema.optional(),
  kind: ServiceKindSchema,
  needs: z.array(NeedIdSchema).min(1, 'Name at least one need the service meets'),
  /** Age of the child or young person the service is for. For parent-only services: the children's age. */
  ages: ServiceAgesSchema,
  /** Only where `ages` is `unknown`: the band the name or kind implies, marked as an inference. */
  agesInferred: AgeInferenceSchema.optional(),
  /**
   * True when the source names no target group, so the needs listed are our estimate: matching ranks
   * the service below ones whose need is stated, and it is not counted as local group support.
   */
  needsEstimated: z.boolean().optional(),
  /** Who takes part: the child, the parents, or both. */
  participants: z.array(z.enum(['child', 'parent', 'young_adult'])).min(1),
  accessRoutes: z.array(AccessRouteSchema).min(1),
  catchment: CatchmentSchema,
  sessions: z
    .object({
      /** Number of meetings in a series (a group's 10, 12 or 15–20 meetings). */
      count: AgeBandSchema.optional(),
      /** The most sessions offered (advice talks: "max 5"). */
      cap: z.number().int().positive().optional(),
      note: LocalizedTextSchema.optional(),
    })
    .default({}),
  /** ISO 639-1 codes of the languages the service is delivered in; empty when the source does not say. */
  languages: z.array(LanguageCodeSchema),
  cost: z.object({
    kind: z.enum(['free', 'fee', 'unknown']),
    note: LocalizedTextSchema.optional(),
  }),
  contact: z
    .object({
      phone: TextSchema.min(3).optional(),
      email: z.email().optional(),
      url: WebAddressSchema.optional(),
      howTo: LocalizedTextSchema.optional(),
      /** Where to go: a street address. Never on a service whose venue is confidential. */
      address: PlainTextSchema.trim().min(1).max(300).optional(),
      /**
       * "Confidential: contact point only": the service gives a phone, e-mail or web form to reach
       * it and never where it meets (groups for children who lived with violence).
       */
      contactPointOnly: z.boolean().optional(),
    })
    .default({}),
  /** The district where the service meets, when it is in one. */
  venueDistrictId: DistrictIdSchema.optional(),
  /** Where the service meets must not be published (e.g. groups for children who lived with violence). */
  confidentialLocation: z.boolean().default(false),
  /** The method or manual used, e.g. "CAP", "Trappan", "ABC", "COS". */
  method: TextSchema.min(1).optional(),
  /** Who to contact or what to know before referring, in free text. */
  eligibilityNote: PlainLocalizedTextSchema.optional(),
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily_closed']).default('active'),
  sources: z.array(SourceCitationSchema).min(1, 'Cite at least one source'),
  /** When the service meets and when the next series starts. */
  schedule: ServiceScheduleSchema.optional(),
  /** How a family or young person starts ("call us", "ask your social worker", "alone from 13"). */
  howToStart: HowToStartSchema.optional(),
  ...VerificationFields,
});
/** A service in the catalogue. */
export type Service = z.infer<typeof ServiceSchema>;
/** A service as written in a data file, before defaults are applied. */
export type ServiceInput = z.input<typeof ServiceSchema>;
