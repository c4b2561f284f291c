import type { MatchResult } from '@lotsen/catalogue';
import {
  ACCESS_ROUTE_LABELS,
  SERVICE_KIND_LABELS,
  type AccessRoute,
  type Service,
} from '@lotsen/domain';
import type { ConversationConfig, SafetyCategory } from './config.js';
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

/** The contact lines of a service (phone, web), for parents and young people. */
export function contactFacts(service: Service, s: Strings): Fact[] {
  const parts = [service.contact.phone, service.contact.url].filter((p): p is string => !!p);
  return parts.length > 0 ? [{ label: s.facts.contact, value: parts.join(' · ') }] : [];
}

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
): Card {
  const { service, provider } = result;
  const facts: Fact[] = [
    {
      label: s.facts.ages,
      value:
        service.ages === 'unknown'
          ? s.facts.agesUnknown
          : s.facts.agesValue(service.ages.min, service.ages.max),
    },
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
  if (role !== 'staff') facts.push(...contactFacts(service, s));
  const buttons: Choice[] = [];
  if (role === 'staff') {
    if (takesReferrals(service)) {
      buttons.push({ title: s.referButton, action: { type: 'refer', serviceId: service.id } });
    }
  } else {
    buttons.push({
      title: s.howToContactButton(role),
      action: { type: 'contact', serviceId: service.id },
    });
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
