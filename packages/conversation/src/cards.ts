import {
  familySummary,
  type Catalogue,
  type MatchReasonCode,
  type MatchResult,
} from '@lotsen/catalogue';
import {
  ACCESS_ROUTE_LABELS,
  SERVICE_KIND_LABELS,
  isGroupKind,
  unconfirmedSurveyYear,
  type AccessRoute,
  type Provider,
  type Service,
} from '@lotsen/domain';
import { CITY_CONTACT_ID, type ConversationConfig, type SafetyCategory } from './config.js';
import type { Card, ChatLanguage, Choice, CrisisCard, Fact, Role, UserKind } from './messages.js';
import type { Strings } from './strings.js';

const REFERABLE: ReadonlySet<AccessRoute> = new Set([
  'staff_referral',
  'direct_intake',
  'self_referral',
]);

/** True when staff can refer to the service directly (not only through an aid decision). */
export function takesReferrals(service: Service): boolean {
  return service.accessRoutes.some((r) => REFERABLE.has(r));
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** What a family card needs to say how to get in touch. */
export interface ContactContext {
  readonly catalogue: Catalogue;
  readonly config: ConversationConfig;
  /** The child's district, when known: its reception is the next way in. */
  readonly districtId?: string;
}

const phoneAndWeb = (phone: string | undefined, web: string | undefined) =>
  [phone, web].filter((p): p is string => !!p).join(' · ');

/** The district administration of a district, whose reception takes any question. */
function districtAdministration(context: ContactContext): Provider | undefined {
  const { districtId, catalogue } = context;
  if (!districtId) return undefined;
  return catalogue.providers.find(
    (p) => p.kind === 'district_administration' && p.districtId === districtId,
  );
}

/**
 * How a parent or young person gets in touch with a service (issue 14): the service's own contact,
 * else its provider's, else the child's district administration's, all from the catalogue; where the
 * catalogue has none, the city's own contact route from the configuration, with its source.
 */
export function familyContact(
  service: Service,
  provider: Provider | undefined,
  context: ContactContext,
  language: ChatLanguage,
  s: Strings,
  who: 'parent' | 'young',
): string {
  const own = phoneAndWeb(service.contact.phone, service.contact.url);
  if (own) return s.family.contactService(own);
  const byProvider = provider && phoneAndWeb(provider.phone, provider.website);
  if (provider && byProvider) return s.family.contactProvider(provider.name[language], byProvider);
  const district = districtAdministration(context);
  const byDistrict = district && phoneAndWeb(district.phone, district.website);
  if (district && byDistrict) return s.family.contactProvider(district.name[language], byDistrict);
  const city = context.config.crisisContacts[CITY_CONTACT_ID];
  const districtName = context.districtId
    ? context.catalogue.district(context.districtId)?.name[language]
    : undefined;
  if (city?.phone) {
    // The address as people write it; the chat makes it a link.
    const source = city.url?.replace(/^https:\/\//, '').replace(/\/$/, '') ?? city.note[language];
    return s.family.contactCity(city.phone, service.name[language], districtName, source, who);
  }
  return s.viaSocialServices;
}

/**
 * The ages fact: the stated band; else the band the catalogue infers from the name or kind, said as
 * an inference; else `unknown` (each card says that its own way).
 */
function agesFact(service: Service, language: ChatLanguage, s: Strings, unknown: string): string {
  if (service.ages !== 'unknown') return s.facts.agesValue(service.ages.min, service.ages.max);
  const inferred = service.agesInferred;
  if (!inferred) return unknown;
  const from =
    inferred.from === 'kind'
      ? { kind: SERVICE_KIND_LABELS[service.kind][language] }
      : { name: isGroupKind(service.kind) ? ('group' as const) : ('other' as const) };
  return s.facts.agesInferred(inferred.band.min, inferred.band.max, from);
}

/** The catalogue's reasons in everyday words; reasons with no such words are left out. */
function familyReasons(
  result: MatchResult,
  language: ChatLanguage,
  who: 'parent' | 'young',
  s: Strings,
) {
  const said = result.reasons.flatMap((r) => {
    const own = s.family.reason(r.code, who);
    if (own) return [own];
    return PLAIN_REASONS.has(r.code) ? [r.text[language]] : [];
  });
  return [...new Set(said)];
}

/** The catalogue's reason code for each way in, to say it in everyday words. */
export const ACCESS_REASON_CODES = {
  direct_intake: 'access_direct',
  self_referral: 'access_self_referral',
  staff_referral: 'access_staff_referral',
  aid_decision: 'access_aid_decision',
} as const satisfies Record<AccessRoute, MatchReasonCode>;

/** Reasons whose catalogue wording is already everyday language. */
const PLAIN_REASONS: ReadonlySet<MatchReasonCode> = new Set<MatchReasonCode>([
  'need_fits',
  'need_related',
  'age_fits',
  'own_district',
  'city_wide',
  'county_wide',
  'places_left',
  'waitlist',
  'language_offered',
  'after_crisis_talks',
]);

/**
 * A match result as a neutral card: name, provider and kind, the facts (ages, where, way in, places
 * left and next start when known), every reason of the match, and one button: "Start referral" for
 * staff, "How do we get in touch?" for everyone else.
 */
export function resultCard(
  result: MatchResult,
  language: ChatLanguage,
  role: Role,
  s: Strings,
  context: ContactContext,
): Card {
  if (role !== 'staff') return familyCard(result, language, role, s, context);
  const { service, provider } = result;
  const facts: Fact[] = [
    { label: s.facts.ages, value: agesFact(service, language, s, s.facts.agesUnknown) },
    { label: s.facts.where, value: s.locality[result.locality] },
    {
      label: s.facts.access,
      value: service.accessRoutes.map((r) => ACCESS_ROUTE_LABELS[r][language]).join(', '),
    },
  ];
  if (result.availability) {
    facts.push({ label: s.facts.placesLeft, value: String(result.availability.placesLeft) });
    if (result.availability.nextStart) {
      facts.push({ label: s.facts.nextStart, value: result.availability.nextStart });
    }
  }
  // Staff see how fresh the entry is: the day it was last confirmed, or that it never was.
  const surveyYear = unconfirmedSurveyYear(service);
  facts.push({
    label: s.facts.confirmed,
    value:
      surveyYear === undefined
        ? (service.verifiedOn ?? '')
        : s.facts.neverConfirmed(surveyYear ?? undefined),
  });
  const buttons: Choice[] = [];
  if (takesReferrals(service)) {
    buttons.push({ title: s.referButton, action: { type: 'refer', serviceId: service.id } });
  }
  return {
    title: service.name[language],
    subtitle: `${provider.name[language]} · ${SERVICE_KIND_LABELS[service.kind][language]}`,
    text: shorten(service.description[language], 280),
    facts,
    reasons: result.reasons.map((r) => r.text[language]),
    buttons,
  };
}

/**
 * The crisis card: the contacts configured for every category found (the most urgent category's
 * first, no contact twice), and for staff the duty to report. As the safety `question` ("Är du
 * eller någon annan i fara just nu?") it shows the same contacts and the same reminder.
 */
export function crisisCard(
  categories: readonly SafetyCategory[],
  userKind: UserKind,
  config: ConversationConfig,
  language: ChatLanguage,
  s: Strings,
  kind: 'card' | 'question' = 'card',
): CrisisCard {
  const category = categories[0]!;
  return {
    category,
    ...(kind === 'question'
      ? { title: s.safetyQuestion, text: s.safetyQuestionText, question: true as const }
      : { title: s.crisisTitle, text: `${s.crisisText[category]} ${s.crisisStopped}` }),
    contacts: crisisContacts(categories, config, language),
    ...(userKind === 'staff' ? { reportingDuty: config.reportingDuty[language] } : {}),
  };
}

/** The contacts configured for every category, the first category's first, none twice. */
function crisisContacts(
  categories: readonly SafetyCategory[],
  config: ConversationConfig,
  language: ChatLanguage,
): CrisisCard['contacts'] {
  const ids: string[] = [];
  for (const c of categories) {
    for (const id of config.crisisRouting[c]) if (!ids.includes(id)) ids.push(id);
  }
  return ids.flatMap((id) => {
    const contact = config.crisisContacts[id];
    if (!contact) return [];
    return [
      {
        name: contact.name[language],
        note: contact.note[language],
        ...(contact.phone ? { phone: contact.phone } : {}),
        ...(contact.url ? { url: contact.url } : {}),
      },
    ];
  });
}

/** Contact lines for a list of configured contact ids, as one text. */
export function contactLines(
  ids: readonly string[],
  config: ConversationConfig,
  language: ChatLanguage,
): string {
  return ids
    .map((id) => config.crisisContacts[id])
    .filter((c) => c !== undefined)
    .map(
      (c) =>
        `• ${c.name[language]}${c.phone ? `, ${c.phone}` : ''}${c.url ? `, ${c.url}` : ''}: ${c.note[language]}`,
    )
    .join('\n');
}

/**
 * A match result for a parent or young person: everyday words, no legal references, and always a
 * way to get in touch ({@link familyContact}); compact, with the details behind a button.
 */
function familyCard(
  result: MatchResult,
  language: ChatLanguage,
  who: 'parent' | 'young',
  s: Strings,
  context: ContactContext,
): Card {
  const { service, provider } = result;
  const facts: Fact[] = [
    { label: s.facts.ages, value: agesFact(service, language, s, s.family.agesAsk(who)) },
    { label: s.facts.where, value: s.locality[result.locality] },
  ];
  if (result.availability) {
    facts.push({ label: s.facts.placesLeft, value: String(result.availability.placesLeft) });
    if (result.availability.nextStart) {
      facts.push({ label: s.facts.nextStart, value: result.availability.nextStart });
    }
  }
  // A service only for adults is in a child's answer as support for the parent: said in view.
  const forParent = result.forParent ? [s.family.forParent(who)] : [];
  // An offer known only from a survey says so, so that a family does not take it as confirmed.
  const surveyYear = unconfirmedSurveyYear(service);
  const text = shorten(familySummary(service, language), 280);
  return {
    title: service.name[language],
    subtitle: [
      ...forParent,
      provider.name[language],
      SERVICE_KIND_LABELS[service.kind][language],
    ].join(' · '),
    text:
      surveyYear === undefined ? text : `${text}\n${s.family.unconfirmed(surveyYear ?? undefined)}`,
    facts,
    reasons: familyReasons(result, language, who, s),
    buttons: [
      {
        title: s.howToContactButton(who),
        action: { type: 'contact', serviceId: service.id },
      },
    ],
    contact: familyContact(service, provider, context, language, s, who),
    more: s.family.moreButton,
  };
}
