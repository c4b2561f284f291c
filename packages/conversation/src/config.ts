import {
  LocalizedTextSchema,
  TextSchema,
  err,
  ok,
  toInputIssues,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import { ConversationError } from './errors.js';

/** The kinds of acute concern the safety check recognises, each with its own crisis card. */
export const SAFETY_CATEGORIES = [
  'acute_danger',
  'suicide_self_harm',
  'child_abuse',
  'threat_to_kill',
  'honour',
] as const;
/** A kind of acute concern that stops every flow and shows a crisis card. */
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** One place to turn to in a crisis. */
export const CrisisContactSchema = z.object({
  name: LocalizedTextSchema,
  /** The number to call, as people dial it. */
  phone: TextSchema.min(2).optional(),
  url: z.url().optional(),
  /** Who it is for and when it answers. */
  note: LocalizedTextSchema,
});
/** One place to turn to in a crisis. */
export type CrisisContact = z.infer<typeof CrisisContactSchema>;

/**
 * Everything a deployment may change without touching the flows: crisis contacts and which of them
 * each category shows, the idle timeout, office hours, and the legal texts. Contacts live here and not
 * in the flows because numbers and opening hours change and must be verified with the city.
 */
export const ConversationConfigSchema = z
  .object({
    /** Minutes without a message after which the state is forgotten and the chat starts over. */
    idleTimeoutMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    /** The chat language when neither the channel's locale nor the user says otherwise. */
    defaultLanguage: z.enum(['sv', 'en']),
    /** Result cards per page. Kept small: Teams shows cards one under the other. */
    resultsPerPage: z.number().int().min(1).max(10),
    /** Longer messages are cut here before they are read (protects the pattern tables). */
    maxTextLength: z.number().int().min(50).max(10_000),
    /** The time zone office hours are in. */
    timeZone: TextSchema.min(1),
    /** When social services' offices answer; outside these hours the bot points to the out-of-hours service. */
    officeHours: z.object({
      startHour: z.number().int().min(0).max(23),
      endHour: z.number().int().min(1).max(24),
      /** ISO weekdays, 1 = Monday. */
      weekdays: z.array(z.number().int().min(1).max(7)).min(1),
    }),
    crisisContacts: z.record(TextSchema.min(1), CrisisContactSchema),
    /** For each category, the contact ids to show, most urgent first. */
    crisisRouting: z.record(z.enum(SAFETY_CATEGORIES), z.array(TextSchema.min(1)).min(1)),
    /** Contact ids offered to parents who want support for themselves. */
    parentSupportContacts: z.array(TextSchema.min(1)),
    /** Contact ids offered to young people who want to talk to someone now. */
    youngPersonContacts: z.array(TextSchema.min(1)),
    /** The reminder shown to staff with every crisis card and protection notice. */
    reportingDuty: LocalizedTextSchema,
  })
  .superRefine((config, ctx) => {
    const known = new Set(Object.keys(config.crisisContacts));
    const check = (ids: readonly string[], path: (string | number)[]) =>
      ids.forEach((id, i) => {
        if (!known.has(id)) {
          ctx.addIssue({ code: 'custom', path: [...path, i], message: `Unknown contact "${id}"` });
        }
      });
    for (const [category, ids] of Object.entries(config.crisisRouting)) {
      check(ids, ['crisisRouting', category]);
    }
    for (const category of SAFETY_CATEGORIES) {
      if (!config.crisisRouting[category]) {
        ctx.addIssue({
          code: 'custom',
          path: ['crisisRouting', category],
          message: 'Every category needs contacts',
        });
      }
    }
    check(config.parentSupportContacts, ['parentSupportContacts']);
    check(config.youngPersonContacts, ['youngPersonContacts']);
    if (config.officeHours.endHour <= config.officeHours.startHour) {
      ctx.addIssue({
        code: 'custom',
        path: ['officeHours', 'endHour'],
        message: 'endHour must be after startHour',
      });
    }
  });
/** The configuration of the conversation core. */
export type ConversationConfig = z.infer<typeof ConversationConfigSchema>;

const text = (sv: string, en: string) => ({ sv, en });

/** The id of the city's own contact route among the contacts: the last way in a card can show. */
export const CITY_CONTACT_ID = 'stockholm-city';

/**
 * The configuration Lotsen ships with. The numbers are the national and Stockholm ones the research
 * notes list; verify numbers and opening hours with the city before every release.
 */
export const DEFAULT_CONVERSATION_CONFIG: ConversationConfig = {
  idleTimeoutMinutes: 30,
  defaultLanguage: 'sv',
  resultsPerPage: 3,
  maxTextLength: 1000,
  timeZone: 'Europe/Stockholm',
  officeHours: { startHour: 8, endHour: 17, weekdays: [1, 2, 3, 4, 5] },
  crisisContacts: {
    emergency: {
      name: text('112 – SOS Alarm', '112 – emergency number'),
      phone: '112',
      note: text(
        'Ring 112 om någon är i akut fara just nu. Öppet dygnet runt.',
        'Call 112 if anyone is in danger right now. Open day and night.',
      ),
    },
    socialjouren: {
      name: text(
        'Socialjouren i Stockholm',
        "Social services' out-of-hours service (Socialjouren)",
      ),
      phone: '08-508 40 000',
      note: text(
        'Socialtjänsten när kontoren är stängda: kvällar, nätter och helger. Dagtid: socialtjänsten i stadsdelen.',
        'Social services when the offices are closed: evenings, nights and weekends. Daytime: the district social services.',
      ),
    },
    bris: {
      name: text('BRIS', 'BRIS (children’s helpline)'),
      phone: '116 111',
      url: 'https://www.bris.se',
      note: text(
        'För barn och unga under 18. Ring eller chatta, anonymt och gratis.',
        'For children and young people under 18. Call or chat, anonymous and free.',
      ),
    },
    'suicide-line': {
      name: text('Självmordslinjen (Mind)', 'Suicide helpline Självmordslinjen (Mind)'),
      phone: '90101',
      url: 'https://mind.se',
      note: text(
        'För dig som har tankar på att ta ditt liv, eller oroar dig för någon. Ring eller chatta.',
        'For you if you have thoughts of taking your life, or worry about someone. Call or chat.',
      ),
    },
    '1177': {
      name: text('1177 Vårdguiden', '1177 healthcare advice'),
      phone: '1177',
      url: 'https://www.1177.se',
      note: text(
        'Sjukvårdsrådgivning dygnet runt, också om psykisk ohälsa.',
        'Healthcare advice day and night, also about mental health.',
      ),
    },
    kvinnofridslinjen: {
      name: text('Kvinnofridslinjen', 'Kvinnofridslinjen (violence helpline)'),
      phone: '020-50 50 50',
      note: text(
        'För dig som utsatts för hot eller våld. Dygnet runt, gratis.',
        'For anyone subjected to threats or violence. Day and night, free.',
      ),
    },
    origo: {
      name: text('Origo', 'Origo'),
      url: 'http://origostockholm.se',
      note: text(
        'Stöd för unga 13–26 år i en hederskontext. Du tar själv kontakt.',
        'Support for young people aged 13–26 in an honour context. You get in touch yourself.',
      ),
    },
    // The city's own contact route, for a card whose service, provider and district have no contact
    // in the catalogue. Stockholms stad's public switchboard, as the city's "Kontakta oss" page gives it.
    [CITY_CONTACT_ID]: {
      name: text('Stockholms stads växel', 'City of Stockholm switchboard'),
      phone: '08-508 000 00',
      url: 'https://start.stockholm/kontakta-oss/',
      note: text('start.stockholm, Kontakta oss', 'start.stockholm, Kontakta oss (Contact us)'),
    },
    foraldralinjen: {
      name: text('Föräldralinjen (Mind)', 'Parent helpline Föräldralinjen (Mind)'),
      phone: '020-85 20 00',
      url: 'https://mind.se',
      note: text(
        'För föräldrar som vill prata om sitt barn eller sitt föräldraskap. Anonymt.',
        'For parents who want to talk about their child or their parenting. Anonymous.',
      ),
    },
  },
  crisisRouting: {
    acute_danger: ['emergency', 'socialjouren', 'bris'],
    suicide_self_harm: ['emergency', 'suicide-line', '1177', 'bris'],
    child_abuse: ['emergency', 'socialjouren', 'bris'],
    threat_to_kill: ['emergency', 'socialjouren', 'kvinnofridslinjen', 'bris'],
    honour: ['emergency', 'socialjouren', 'bris', 'origo'],
  },
  parentSupportContacts: ['foraldralinjen', 'socialjouren'],
  youngPersonContacts: ['bris', '1177'],
  reportingDuty: text(
    'Du som arbetar med barn har anmälningsskyldighet: misstänker du att ett barn far illa ska du genast anmäla till socialtjänsten (SoL 14 kap. 1 §). Lotsen gör ingen bedömning åt dig.',
    'If you work with children you have a duty to report: if you suspect a child is at risk, report it to social services at once (Social Services Act, chapter 14, section 1). Lotsen makes no assessment for you.',
  ),
};

/** A partial configuration: any top-level field of {@link ConversationConfig} may be replaced. */
export type ConversationConfigOverrides = Partial<ConversationConfig>;

/**
 * Builds a configuration from {@link DEFAULT_CONVERSATION_CONFIG} and overrides (top-level fields are replaced,
 * except `crisisContacts`, which is merged so that a deployment can add or change one contact).
 * Never throws: an invalid result is an `INVALID_CONFIG` error with the path of every problem.
 *
 * @example
 * ```ts
 * const config = createConversationConfig({ idleTimeoutMinutes: 20 });
 * if (!config.ok) throw config.error;
 * ```
 */
export function createConversationConfig(
  overrides: unknown = {},
): Result<ConversationConfig, ConversationError> {
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return err(new ConversationError('INVALID_CONFIG', 'Config overrides must be an object'));
  }
  const o = overrides as Record<string, unknown>;
  const contacts =
    typeof o.crisisContacts === 'object' && o.crisisContacts !== null
      ? { ...DEFAULT_CONVERSATION_CONFIG.crisisContacts, ...o.crisisContacts }
      : DEFAULT_CONVERSATION_CONFIG.crisisContacts;
  const parsed = ConversationConfigSchema.safeParse({
    ...DEFAULT_CONVERSATION_CONFIG,
    ...o,
    crisisContacts: contacts,
  });
  if (parsed.success) return ok(parsed.data);
  const issues = toInputIssues(parsed.error);
  return err(
    new ConversationError(
      'INVALID_CONFIG',
      `Invalid conversation config: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
      { cause: parsed.error },
    ),
  );
}
