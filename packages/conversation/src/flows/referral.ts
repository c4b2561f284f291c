import {
  AGE_OF_INDEPENDENT_CONSENT,
  REFERRAL_STATUS_LABELS,
  checkConsent,
  type ConsentGivenBy,
  type ReferralStatus,
} from '@lotsen/domain';
import { takesReferrals } from '../cards.js';
import type { ReferralDraft, ReferralRequestFailure } from '../events.js';
import type { ChatLanguage, Choice, OutgoingMessage } from '../messages.js';
import { normalizeText } from '../normalize.js';
import { REFERRAL_RETRY_MINUTES } from '../state.js';
import { languageName, stringsFor } from '../strings.js';
import type { TurnContext } from '../turn-context.js';
import type { Understanding } from '../understand.js';

/** Starts a referral to a shown service: staff only, and only where the service takes referrals. */
export function startReferral(ctx: TurnContext, serviceId: string): void {
  const s = ctx.s;
  if (ctx.role !== 'staff') {
    ctx.say(s.staffOnlyReferral);
    return;
  }
  const service = ctx.deps.catalogue.service(serviceId);
  const { slots } = ctx.state;
  if (
    !service ||
    slots.age === undefined ||
    slots.districtId === undefined ||
    slots.needs.length === 0
  ) {
    ctx.say(s.referralNeedsResults);
    return;
  }
  if (!takesReferrals(service)) {
    ctx.say(s.referralNotForService);
    return;
  }
  ctx.startFlow('staff');
  ctx.state.referral = { serviceId };
  ctx.state.step = 'referral_consent';
  ctx.say(s.askConsent(service.name[ctx.state.language]));
  ctx.suggest(consentChoices(ctx));
}

function consentChoices(ctx: TurnContext): Choice[] {
  const s = ctx.s;
  const choices: Choice[] = [
    { title: s.consentGuardians, action: { type: 'consent', givenBy: 'guardians' } },
    { title: s.consentOneGuardian, action: { type: 'consent', givenBy: 'one_guardian' } },
  ];
  const age = ctx.state.slots.age ?? 0;
  choices.push(
    age >= AGE_OF_INDEPENDENT_CONSENT
      ? { title: s.consentYoungPerson, action: { type: 'consent', givenBy: 'young_person' } }
      : { title: s.consentNone, action: { type: 'consent', givenBy: 'none' } },
  );
  return choices;
}

/** Reads a consent answer typed as text. */
export function consentFromText(
  text: string,
  u: Understanding,
): ConsentGivenBy | 'none' | undefined {
  const t = ` ${normalizeText(text)} `;
  if (
    / (en|ena|ena|one|bara|only) (vardnadshavare|guardian|foralder|parent|mamma|pappa|mum|mom|dad) /.test(
      t,
    )
  ) {
    return 'one_guardian';
  }
  if (/ (sjalv|sjalva|themself|themselves|herself|himself|den unga|young person) /.test(t))
    return 'young_person';
  if (
    u.intent === 'no' ||
    u.intent === 'dont_know' ||
    / (inget|inte an|not yet|no consent) /.test(t)
  ) {
    return 'none';
  }
  if (u.intent === 'yes' || / (vardnadshavarna|bada|guardians|both|foraldrarna|parents) /.test(t)) {
    return 'guardians';
  }
  return undefined;
}

/** Records the consent (checked with the domain's rules) and shows the draft to confirm. */
export function recordConsent(ctx: TurnContext, givenBy: ConsentGivenBy | 'none'): void {
  const s = ctx.s;
  const referral = ctx.state.referral;
  const service = referral ? ctx.deps.catalogue.service(referral.serviceId) : undefined;
  if (!referral || !service) {
    ctx.say(s.referralNeedsResults);
    return;
  }
  if (givenBy === 'none') {
    ctx.say(s.consentMissing);
    ctx.state.referral = null;
    ctx.state.step = 'results';
    return;
  }
  const age = ctx.state.slots.age ?? 0;
  const check = checkConsent(
    { givenBy, recordedOn: today(ctx), scope: 'referral' },
    age,
    service.accessRoutes,
  );
  if (!check.ok) {
    ctx.say(s.consentUnder15);
    ctx.suggest(consentChoices(ctx));
    return;
  }
  if (givenBy === 'one_guardian') ctx.say(s.consentOneGuardianNote);
  ctx.state.referral = { serviceId: referral.serviceId, givenBy };
  ctx.state.step = 'referral_confirm';
  const language = ctx.state.language;
  const { slots } = ctx.state;
  const catalogue = ctx.deps.catalogue;
  const facts = [
    { label: s.facts.service, value: service.name[language] },
    { label: s.facts.age, value: String(slots.age) },
    {
      label: s.facts.district,
      value: catalogue.district(slots.districtId ?? '')?.name[language] ?? slots.districtId ?? '',
    },
    {
      label: s.facts.needs,
      value: slots.needs.map((n) => catalogue.needs.label(n, language)).join(', '),
    },
    { label: s.facts.consent, value: s.draftConsent(givenBy) },
  ];
  if (slots.familyLanguage) {
    facts.push({
      label: s.facts.familyLanguage,
      value: languageName(slots.familyLanguage, language),
    });
  }
  ctx.card({
    title: s.draftTitle,
    text: s.draftText,
    facts,
    reasons: [],
    buttons: [
      { title: s.sendReferral, action: { type: 'confirm_referral' } },
      { title: s.cancelReferral, action: { type: 'cancel_referral' } },
    ],
  });
}

function today(ctx: TurnContext): string {
  return ctx.deps.now.toISOString().slice(0, 10);
}

/** Hands the draft to the app as an event; the core itself sends nothing anywhere. */
export function confirmReferral(ctx: TurnContext): void {
  const s = ctx.s;
  const referral = ctx.state.referral;
  const { slots } = ctx.state;
  if (
    ctx.role !== 'staff' ||
    !referral?.givenBy ||
    slots.age === undefined ||
    slots.districtId === undefined
  ) {
    ctx.say(s.referralNeedsResults);
    return;
  }
  // Mutable as inferred, so that the state can keep it as it is.
  const draft = {
    serviceId: referral.serviceId,
    needs: slots.needs.filter((n) => !ctx.deps.catalogue.needs.isProtection(n)),
    child: {
      age: slots.age,
      districtId: slots.districtId,
      languages: slots.familyLanguage ? [slots.familyLanguage] : [],
    },
    consent: { givenBy: referral.givenBy, scope: 'referral', recordedOn: today(ctx) },
  } satisfies ReferralDraft;
  // The confirming message's id, so that the channel delivering it twice sends one request; a
  // random one where the channel gives none (each handling is then a request of its own).
  const requestId = ctx.message.id ?? globalThis.crypto.randomUUID();
  ctx.events.push({ type: 'referral_draft_ready', draft, requestId });
  ctx.state.sentReferral = {
    draft,
    requestId,
    sender: ctx.message.sender ?? null,
    sentAt: ctx.deps.now.toISOString(),
  };
  // Nothing is sent yet: the app sends the draft and answers with the outcome (describeReferralCreated
  // or describeReferralFailure), so the bot never says "done" for a referral nobody received.
  ctx.say(s.referralSending);
  ctx.finishFlow('referral_drafted');
  ctx.state.referral = null;
  ctx.state.step = 'results';
  suggestAfterSending(ctx);
}

function suggestAfterSending(ctx: TurnContext): void {
  ctx.suggest([
    { title: ctx.s.newSearch, action: { type: 'new_search' } },
    { title: ctx.s.checkReferral, action: { type: 'intent', intent: 'referral_status' } },
  ]);
}

/**
 * Sends the referral last sent again, under the same request id, when the app could not tell
 * whether it was registered (or could not reach the API): the API answers a repeat with the
 * referral the first request created, so the child is registered once. Only by the staff member
 * who sent it (the API keeps each caller's keys apart), and only for
 * {@link REFERRAL_RETRY_MINUTES} after it was first sent. Called for staff only: `handleText`
 * reads anyone else's "försök igen" as text, by the channel's word, never the state's.
 */
export function retryReferral(ctx: TurnContext): void {
  const s = ctx.s;
  const sent = ctx.state.sentReferral;
  const age = sent ? ctx.deps.now.getTime() - Date.parse(sent.sentAt) : Infinity;
  if (!sent || age > REFERRAL_RETRY_MINUTES * 60_000) {
    ctx.state.sentReferral = null;
    ctx.say(s.nothingToRetry);
    return;
  }
  if (sent.sender !== (ctx.message.sender ?? null)) {
    ctx.say(s.retryBySenderOnly);
    return;
  }
  ctx.events.push({ type: 'referral_draft_ready', draft: sent.draft, requestId: sent.requestId });
  ctx.say(s.referralResending);
  suggestAfterSending(ctx);
}

export function cancelReferral(ctx: TurnContext): void {
  ctx.state.referral = null;
  ctx.state.step = ctx.state.results ? 'results' : 'idle';
  ctx.say(ctx.s.referralCancelled);
}

/** Asks for a referral's status: staff get a lookup event, everyone else is told it is for staff. */
export function requestStatus(ctx: TurnContext, referralId: string | undefined): void {
  const s = ctx.s;
  if (ctx.role !== 'staff') {
    ctx.say(s.staffOnlyStatus);
    return;
  }
  ctx.startFlow('staff');
  if (!referralId) {
    if (ctx.state.step === 'status_reference') ctx.say(s.badReference);
    else ctx.say(s.askReference);
    ctx.state.step = 'status_reference';
    return;
  }
  ctx.events.push({ type: 'referral_status_requested', referralId });
  ctx.say(s.statusRequested(referralId.slice(0, 8)));
  ctx.finishFlow('status_requested');
  ctx.state.step = ctx.state.results ? 'results' : 'idle';
}

/**
 * The replies for a referral status the app looked up after a `referral_status_requested` event, in
 * the chat's language, so that the wording stays in one place.
 *
 * @example
 * ```ts
 * const replies = describeReferralStatus(event.referralId, referral?.status ?? 'not_found', state.language);
 * ```
 */
export function describeReferralStatus(
  referralId: string,
  status: ReferralStatus | 'not_found',
  language: ChatLanguage,
): OutgoingMessage[] {
  const s = stringsFor(language);
  const shortId = referralId.slice(0, 8);
  const text =
    status === 'not_found'
      ? s.statusNotFound(shortId)
      : s.statusAnswer(shortId, REFERRAL_STATUS_LABELS[status][language]);
  return [{ type: 'text', text }];
}

/**
 * The reply after the app registered a referral from a `referral_draft_ready` event: its short
 * reference (as the status replies use it) and the whole number, which a status look-up needs.
 *
 * @example
 * ```ts
 * const replies = describeReferralCreated(created.referralId, state.language);
 * ```
 */
export function describeReferralCreated(
  referralId: string,
  language: ChatLanguage,
): OutgoingMessage[] {
  return [
    {
      type: 'text',
      text: stringsFor(language).referralCreated(referralId.slice(0, 8), referralId),
    },
  ];
}

/**
 * The reply when the app could not carry out a `referral_draft_ready` (`'create'`) or a
 * `referral_status_requested` (`'status'`) event, saying plainly whether anything was registered.
 *
 * @example
 * ```ts
 * const replies = describeReferralFailure('create', 'not_registered', state.language);
 * ```
 */
export function describeReferralFailure(
  request: 'create' | 'status',
  failure: ReferralRequestFailure,
  language: ChatLanguage,
): OutgoingMessage[] {
  const s = stringsFor(language);
  if (request === 'status') return [{ type: 'text', text: s.statusNotChecked(failure) }];
  const text = s.referralNotSent(failure);
  // Sending again is safe (the same request id) and may help only when the API did not answer.
  if (failure !== 'uncertain' && failure !== 'unavailable') return [{ type: 'text', text }];
  return [{ type: 'text', text, suggestedActions: [retryChoice(language)] }];
}

// Its title is also what a staff member can type ("Försök igen", "Try again"): Teams sends a
// suggested action back as its title, which the app's answers cannot add to the offered choices.
function retryChoice(language: ChatLanguage): Choice {
  return {
    title: stringsFor(language).retryReferral,
    action: { type: 'intent', intent: 'retry_referral' },
  };
}
