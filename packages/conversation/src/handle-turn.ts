import type { Catalogue, ServiceAvailability } from '@lotsen/catalogue';
import { crisisCard } from './cards.js';
import {
  DEFAULT_CONVERSATION_CONFIG,
  type ConversationConfig,
  type SafetyCategory,
} from './config.js';
import type { ConversationEvent } from './events.js';
import { changeLanguage, forgetMe, help, startOver, whatIKnow } from './flows/commands.js';
import {
  aboutGroups,
  askRole,
  howToContact,
  ownRights,
  repeatPrompt,
  showMenu,
  talkToPerson,
} from './flows/info.js';
import {
  cancelReferral,
  confirmReferral,
  retryReferral,
  consentFromText,
  recordConsent,
  requestStatus,
  startReferral,
} from './flows/referral.js';
import {
  asksForMoreResults,
  continueSearch,
  keepResultsChoices,
  mergeSlots,
  needChoices,
  parentSupport,
  showResults,
} from './flows/search.js';
import { ENGLISH_NUMBER_WORDS, SWEDISH_NUMBER_WORDS } from './lexicon/numbers.js';
import type {
  ActionValue,
  ChatLanguage,
  IncomingMessage,
  Intent,
  OutgoingMessage,
  Role,
} from './messages.js';
import { normalizeText } from './normalize.js';
import { assessSafety } from './safety-model/assess.js';
import { isClearNo } from './safety-question.js';
import { scrubPersonalData, scrubbedAnything } from './scrub.js';
import { createInitialState, isStateExpired, type ConversationState, type Step } from './state.js';
import { TurnContext } from './turn-context.js';
import { guessLanguage, understand, type Expectation, type Understanding } from './understand.js';

/** What a turn needs from the outside. Everything else is pure. */
export interface ConversationDeps {
  readonly catalogue: Catalogue;
  /** The time now. Injected so that expiry, "född 2016" and office hours are testable. */
  readonly clock: () => Date;
  /** Defaults to {@link DEFAULT_CONVERSATION_CONFIG}. */
  readonly config?: ConversationConfig;
  /** Places left and next start per service id, from the planned cohorts. */
  readonly availability?: ReadonlyMap<string, ServiceAvailability>;
}

/** The outcome of one turn: the state to store, the replies to send, and the events for the app. */
export interface TurnResult {
  readonly state: ConversationState;
  readonly replies: readonly OutgoingMessage[];
  readonly events: readonly ConversationEvent[];
}

/** The chat language a channel locale implies (`sv-SE` → `sv`), if it is one of ours. */
export function languageFromLocale(locale: string | undefined): ChatLanguage | undefined {
  if (!locale) return undefined;
  if (/^sv\b/i.test(locale)) return 'sv';
  if (/^en\b/i.test(locale)) return 'en';
  return undefined;
}

const EXPECTING: Partial<Record<Step, Expectation>> = {
  ask_age: 'age',
  ask_district: 'district',
  ask_needs: 'needs',
  ask_language: 'language',
  status_reference: 'reference',
};

const NOTHING: Omit<Understanding, 'intent'> = { districtIds: [], needIds: [], negatedNeedIds: [] };
const nothing = (intent: Intent): Understanding => ({ ...NOTHING, intent });

/**
 * Handles one message: the whole conversation core in one function (apart from `deps`), pure but
 * for the random request id of a referral confirmed by a message without an `id`.
 *
 * Every message is scrubbed of personal identity numbers, phone numbers and e-mail addresses first,
 * then checked for danger ({@link assessSafety}); a hit shows a crisis card, or when the check is
 * unsure the safety question with the crisis contacts, and stops the flow. Then come the global
 * commands (help, start over, change language, what do you know about me, forget me, and for staff
 * "försök igen", which sends the last referral again), and then the
 * flow for staff, parents or young people. A state idle longer than the configured timeout
 * (30 minutes) is forgotten, and the reply says so.
 *
 * The returned state is plain JSON with no text the user typed: store it as it is.
 *
 * @param state the state returned by the previous turn, or `undefined` for a new conversation
 *
 * @example
 * ```ts
 * const deps = { catalogue: stockholmCatalogue(), clock: () => new Date() };
 * let state: ConversationState | undefined;
 * const turn = handleTurn(state, { text: '10-åring i Skärholmen, pappa dricker', channel: 'teams', userKind: 'staff' }, deps);
 * state = turn.state; // store it; send turn.replies through the adapter; count turn.events
 * ```
 */
export function handleTurn(
  state: ConversationState | null | undefined,
  message: IncomingMessage,
  deps: ConversationDeps,
): TurnResult {
  const config = deps.config ?? DEFAULT_CONVERSATION_CONFIG;
  const now = deps.clock();
  const localeLanguage = languageFromLocale(message.locale);
  let current: ConversationState;
  let expired = false;
  if (!state) {
    current = createInitialState(localeLanguage ?? config.defaultLanguage);
  } else if (isStateExpired(state, now, config)) {
    expired = true;
    current = { ...createInitialState(state.language), languageChosen: state.languageChosen };
  } else {
    current = structuredClone(state);
  }

  const raw = (message.text ?? '').slice(0, config.maxTextLength);
  const scrub = scrubPersonalData(raw);
  const text = scrub.text;
  if (!current.languageChosen && !current.greeted) {
    const guessed = text ? guessLanguage(text) : undefined;
    const language = guessed ?? localeLanguage;
    if (language) current.language = language;
  }
  current.lastActivity = now.toISOString();

  const ctx = new TurnContext(current, message, {
    catalogue: deps.catalogue,
    config,
    now,
    availability: deps.availability ?? new Map(),
  });

  const u = text.trim()
    ? understand(text, {
        catalogue: deps.catalogue,
        now,
        role: ctx.role,
        expecting: EXPECTING[current.step] ?? null,
      })
    : undefined;

  // Safety before everything: a crisis card, or when unsure the safety question, and the flow stops.
  const safety = safetyStep(ctx, u, text);
  if (safety.stop) {
    if (message.userKind === 'anonymous' && !ctx.state.role && u?.role && u.role !== 'staff') {
      ctx.state.role = u.role;
    }
    if (safety.kind === 'card') {
      showCrisisCard(ctx, safety.categories);
    } else {
      askSafetyQuestion(ctx, safety.categories, u!);
    }
    if (expired) ctx.say(ctx.s.expired(config.idleTimeoutMinutes));
    if (scrubbedAnything(scrub.removed)) sayScrubbed(ctx, scrub.removed);
    return finish(ctx);
  }
  const goOnWith = safety.goOnWith;

  if (expired) ctx.say(ctx.s.expired(config.idleTimeoutMinutes));
  if (!ctx.state.greeted) {
    ctx.state.greeted = true;
    // Where the page has shown the same notice (and keeps it behind "Om Lotsen"), saying it again
    // would only push the answer down a phone's screen: once per conversation.
    if (!message.noticeShown) {
      ctx.say(
        message.userKind === 'anonymous'
          ? `${ctx.s.disclosure} ${ctx.s.anonymousPrivacy}`
          : ctx.s.disclosure,
      );
    }
  }
  if (scrubbedAnything(scrub.removed)) sayScrubbed(ctx, scrub.removed);

  const action = message.action ?? offeredAction(ctx.state, text) ?? moreRequested(ctx.state, text);
  if (goOnWith !== undefined) {
    // A clear "no" to the safety question: go on with what the person asked before it.
    ctx.say(ctx.s.safetyNoThanks);
    // "Nej, jag vill hitta en grupp i Farsta" says more than no; "nej, ingen fara" does not.
    const saysMore = u && (hasEntities(u) || !BARE_ANSWERS.has(u.intent));
    if (saysMore) handleText(ctx, u, text);
    else if (goOnWith === 'unknown' || goOnWith === 'no') showMenu(ctx);
    else handleText(ctx, nothing(goOnWith), '');
  } else if (action) {
    handleAction(ctx, action);
  } else if (!u) {
    showMenu(ctx);
  } else {
    handleText(ctx, u, text);
  }
  keepResultsChoices(ctx);
  return finish(ctx);
}

/** What the safety check decided for this turn. */
type SafetyStep =
  | { readonly stop: true; readonly kind: 'card' | 'ask'; readonly categories: SafetyCategory[] }
  | { readonly stop: false; readonly goOnWith?: Intent };

/**
 * The safety check of a turn: the combined check ({@link assessSafety}) shows the full card or, when
 * unsure, asks the safety question; what the phrase lists (`u.safety`) find is never let through.
 * When the question is waiting for its answer, only a clear "no" (and nothing in the answer the
 * check finds) goes on; a "yes", or anything that does not answer it, shows the full card.
 * A button pressed without text is read as its answer ("Nej" is a no; any other is not).
 */
function safetyStep(ctx: TurnContext, u: Understanding | undefined, text: string): SafetyStep {
  const pending = ctx.state.safetyQuestion;
  ctx.state.safetyQuestion = null;
  const action = ctx.message.action ?? offeredAction(ctx.state, text);
  const assessment =
    u && !ctx.message.action ? assessSafety(text, ctx.role ?? u.role ?? null, u.safety) : undefined;
  if (pending) {
    const saysNo =
      action?.type === 'intent' && action.intent === 'no'
        ? true
        : !ctx.message.action && isClearNo(text) && assessment?.band === 'none';
    if (saysNo) return { stop: false, goOnWith: pending.intent };
    const categories = [...new Set([...(assessment?.categories ?? []), ...pending.categories])];
    return { stop: true, kind: 'card', categories };
  }
  if (!assessment || assessment.band === 'none') return { stop: false };
  return { stop: true, kind: assessment.band, categories: [...assessment.categories] };
}

/** The full crisis card: the flow stops, and only "start over" and "help" are offered. */
function showCrisisCard(ctx: TurnContext, categories: readonly SafetyCategory[]): void {
  const { config } = ctx.deps;
  ctx.crisis(crisisCard(categories, ctx.message.userKind, config, ctx.state.language, ctx.s));
  ctx.events.push({
    type: 'crisis_card_shown',
    category: categories[0]!,
    userKind: ctx.message.userKind,
  });
  Object.assign(ctx.state, {
    step: 'idle',
    purpose: null,
    results: null,
    referral: null,
    flowOpen: false,
    greeted: true,
  } satisfies Partial<ConversationState>);
  ctx.state.slots.needs = [];
  ctx.suggest([
    { title: ctx.s.startOverButton, action: { type: 'intent', intent: 'start_over' } },
    { title: ctx.s.helpButton, action: { type: 'intent', intent: 'help' } },
  ]);
}

/**
 * The safety question, with the contacts of the cards the message pointed to: what the person
 * gave (age, district, needs) is kept, and what they asked for is remembered for a clear "no".
 */
function askSafetyQuestion(
  ctx: TurnContext,
  categories: readonly SafetyCategory[],
  u: Understanding,
): void {
  const { config } = ctx.deps;
  ctx.state.greeted = true;
  mergeSlots(ctx, u);
  ctx.state.safetyQuestion = { categories: [...categories], intent: u.intent };
  ctx.crisis(
    crisisCard(categories, ctx.message.userKind, config, ctx.state.language, ctx.s, 'question'),
  );
  ctx.events.push({
    type: 'safety_question_asked',
    category: categories[0]!,
    userKind: ctx.message.userKind,
  });
  ctx.suggest([
    { title: ctx.s.safetyYesButton, action: { type: 'intent', intent: 'yes' } },
    { title: ctx.s.safetyNoButton, action: { type: 'intent', intent: 'no' } },
  ]);
}

/** Intents that, in an answer to the safety question, add nothing to the answer itself. */
const BARE_ANSWERS: ReadonlySet<Intent> = new Set(['no', 'yes', 'unknown', 'greeting', 'thanks']);

function hasEntities(u: Understanding): boolean {
  return u.age !== undefined || u.districtIds.length > 0 || u.needIds.length > 0;
}

function finish(ctx: TurnContext): TurnResult {
  if (ctx.replies.length === 0) ctx.say(ctx.s.notUnderstood);
  const { replies, offered } = ctx.finish();
  ctx.state.offered = offered;
  return { state: ctx.state, replies, events: ctx.events };
}

function sayScrubbed(
  ctx: TurnContext,
  removed: ReturnType<typeof scrubPersonalData>['removed'],
): void {
  const kinds: ('identity' | 'phone' | 'email')[] = [];
  if (removed.identityNumbers > 0) kinds.push('identity');
  if (removed.phoneNumbers > 0) kinds.push('phone');
  if (removed.emailAddresses > 0) kinds.push('email');
  const staffNote = ctx.message.userKind === 'staff' ? ` ${ctx.s.scrubbedStaff}` : '';
  ctx.say(`${ctx.s.scrubbed(kinds)}${staffNote}`);
}

/**
 * Buttons' titles, folded. Titles are the bot's own words (button texts, service and district
 * names; never what a user typed), so the set stays small; it is emptied should it ever grow.
 */
const foldedTitles = new Map<string, string>();
const MAX_FOLDED_TITLES = 4096;

function foldedTitle(title: string): string {
  let folded = foldedTitles.get(title);
  if (folded === undefined) {
    if (foldedTitles.size >= MAX_FOLDED_TITLES) foldedTitles.clear();
    folded = normalizeText(title);
    foldedTitles.set(title, folded);
  }
  return folded;
}

/** A button's title typed (or sent as text by the channel) counts as pressing it. */
function offeredAction(state: ConversationState, text: string): ActionValue | undefined {
  if (state.offered.length === 0) return undefined;
  const typed = normalizeText(text);
  if (!typed) return undefined;
  return state.offered.find((c) => foldedTitle(c.title) === typed)?.action;
}

/**
 * "Visa fler" or "more" typed while results are on show is the "show more" button, whether or not
 * the button is still on offer (a card's button or a side question may have come in between).
 */
function moreRequested(state: ConversationState, text: string): ActionValue | undefined {
  if (!state.results || !asksForMoreResults(normalizeText(text))) return undefined;
  return { type: 'more_results' };
}

function handleAction(ctx: TurnContext, action: ActionValue): void {
  const { slots } = ctx.state;
  switch (action.type) {
    case 'intent':
      handleText(ctx, nothing(action.intent), '');
      return;
    case 'role':
      if (setRole(ctx, action.role)) afterRoleChosen(ctx);
      return;
    case 'set_language':
      changeLanguage(ctx, action.language);
      return;
    case 'family_language':
      slots.familyLanguage = action.language;
      continueSearch(ctx);
      return;
    case 'district':
      if (ctx.deps.catalogue.district(action.districtId)) {
        slots.districtId = action.districtId;
        delete slots.districtCandidates;
      }
      startIfRole(ctx);
      continueSearch(ctx);
      return;
    case 'child_age': {
      // One of several children: the one picked now, the others (and the one before) kept for later.
      const others = [...(slots.childAges ?? []), ...(slots.otherChildAges ?? [])];
      if (slots.age !== undefined) others.push(slots.age);
      slots.age = action.age;
      slots.otherChildAges = [...new Set(others)].filter((a) => a !== action.age).slice(0, 6);
      delete slots.childAges;
      startIfRole(ctx);
      continueSearch(ctx);
      return;
    }
    case 'need':
      if (ctx.deps.catalogue.needs.get(action.needId) && !slots.needs.includes(action.needId)) {
        slots.needs.push(action.needId);
      }
      startIfRole(ctx);
      continueSearch(ctx);
      return;
    case 'refer':
      startReferral(ctx, action.serviceId);
      return;
    case 'contact':
      howToContact(ctx, action.serviceId);
      return;
    case 'consent':
      recordConsent(ctx, action.givenBy);
      return;
    case 'confirm_referral':
      confirmReferral(ctx);
      return;
    case 'cancel_referral':
      cancelReferral(ctx);
      return;
    case 'more_results':
      if (ctx.state.results && searchReady(ctx)) showResults(ctx, ctx.state.results.page + 1);
      else continueSearch(ctx);
      return;
    case 'new_search':
      // A new search forgets the last sent referral too, as typing "ny sökning" does.
      Object.assign(ctx.state, {
        results: null,
        referral: null,
        purpose: null,
        sentReferral: null,
      });
      ctx.state.slots = { needs: [] };
      startIfRole(ctx);
      if (ctx.role === 'staff') showMenu(ctx);
      else continueSearch(ctx);
      return;
  }
}

function searchReady(ctx: TurnContext): boolean {
  const { slots } = ctx.state;
  return slots.age !== undefined && slots.districtId !== undefined;
}

function startIfRole(ctx: TurnContext): void {
  if (ctx.role) ctx.startFlow(ctx.role);
}

/**
 * Sets who an anonymous user is. "Staff" on the web is treated as another concerned adult: staff
 * rights come only from the channel (Teams and an allowed tenant), never from what someone types.
 */
function setRole(ctx: TurnContext, role: Role): boolean {
  if (ctx.message.userKind === 'staff') return true;
  const effective: Role = role === 'staff' ? 'parent' : role;
  if (role === 'staff') ctx.say(ctx.s.anonymousStaffNote);
  if (ctx.state.role !== effective) {
    ctx.state.role = effective;
    ctx.state.flowOpen = false;
  }
  ctx.startFlow(effective);
  return true;
}

/** After the role is known: go on with what the user already said, or show the menu. */
function afterRoleChosen(ctx: TurnContext): void {
  const { slots } = ctx.state;
  if (slots.needs.length > 0 || slots.age !== undefined || slots.districtId !== undefined) {
    continueSearch(ctx);
  } else {
    showMenu(ctx);
  }
}

const ROLE_WORDS: Readonly<Record<string, Role>> = {
  foralder: 'parent',
  foraldrar: 'parent',
  mamma: 'parent',
  pappa: 'parent',
  parent: 'parent',
  mum: 'parent',
  mom: 'parent',
  dad: 'parent',
  vuxen: 'parent',
  adult: 'parent',
  ung: 'young',
  ungdom: 'young',
  tonaring: 'young',
  young: 'young',
  teen: 'young',
  teenager: 'young',
  personal: 'staff',
  staff: 'staff',
  jobbar: 'staff',
  professional: 'staff',
};

/** Who is writing, from the text, the intent, or a bare answer to "who are you?". */
function roleFromText(ctx: TurnContext, u: Understanding, text: string): Role | undefined {
  if (u.role) return u.role;
  if (u.intent === 'own_rights') return 'young';
  if (u.intent === 'parent_support') return 'parent';
  if (ctx.state.step === 'choose_role') {
    const words = normalizeText(text).split(' ');
    if (words.length <= 5) {
      for (const w of words) if (ROLE_WORDS[w]) return ROLE_WORDS[w];
    }
  }
  return undefined;
}

const COMMANDS: ReadonlySet<Intent> = new Set([
  'help',
  'start_over',
  'change_language',
  'what_do_you_know',
  'forget_me',
  'retry_referral',
]);

function handleText(ctx: TurnContext, input: Understanding, text: string): void {
  let u = input;
  // "Engelska" when asked for the family's language is an answer, not a language switch.
  if (
    ctx.state.step === 'ask_language' &&
    u.intent === 'change_language' &&
    u.familyLanguage &&
    !/\b(byt|byta|andra|change|switch)\b/.test(normalizeText(text))
  ) {
    u = { ...u, intent: 'find_support' };
  }
  // "Försök igen" means sending a referral again only to staff, as the channel says (`userKind`),
  // never the state, which an earlier turn may have set; anyone else's goes on as text.
  if (u.intent === 'retry_referral' && ctx.message.userKind !== 'staff') {
    u = { ...u, intent: 'unknown' };
  }
  if (COMMANDS.has(u.intent)) {
    switch (u.intent) {
      case 'help':
        help(ctx);
        return;
      case 'start_over':
        startOver(ctx);
        return;
      case 'change_language':
        changeLanguage(ctx, u.chatLanguage);
        return;
      case 'what_do_you_know':
        whatIKnow(ctx);
        return;
      case 'forget_me':
        forgetMe(ctx);
        return;
      case 'retry_referral':
        retryReferral(ctx);
        return;
    }
  }

  if (ctx.message.userKind === 'anonymous') {
    const hinted = roleFromText(ctx, u, text);
    if (hinted && (hinted !== ctx.state.role || hinted === 'staff')) setRole(ctx, hinted);
    if (!ctx.state.role) {
      // Keep what was said, and ask who is writing: the flows differ for parents and young people.
      sayBackNotUnderstood(ctx, u);
      mergeSlots(ctx, u);
      askRole(ctx);
      return;
    }
    // "Jag är förälder" and nothing else: go on with what is known, or show the role's menu.
    const saysNothingElse =
      !input.needIds.length && input.age === undefined && !input.districtIds.length;
    if (hinted && saysNothingElse && (u.intent === 'unknown' || u.intent === 'greeting')) {
      afterRoleChosen(ctx);
      return;
    }
  }
  routeFlow(ctx, u, text);
}

function bareAge(text: string): number | undefined {
  const words = normalizeText(text)
    .split(' ')
    .filter(
      (w) =>
        w !== ',' && w !== 'ar' && w !== 'years' && w !== 'year' && w !== 'old' && w !== 'gammal',
    );
  if (words.length !== 1) return undefined;
  const w = words[0]!;
  const value = /^\d{1,2}$/.test(w)
    ? Number(w)
    : (SWEDISH_NUMBER_WORDS[w] ?? ENGLISH_NUMBER_WORDS[w]);
  return value !== undefined && value <= 25 ? value : undefined;
}

const SUBSTANTIVE: ReadonlySet<Intent> = new Set([
  'find_support',
  'start_referral',
  'referral_status',
  'about_groups',
  'how_to_contact',
  'parent_support',
  'own_rights',
  'talk_to_person',
]);

/** The slots as one short line: "10 år · Skärholmen · förälder med missbruk". */
function summarizeSlots(ctx: TurnContext): string {
  const { slots } = ctx.state;
  const language = ctx.state.language;
  const { catalogue } = ctx.deps;
  const parts: string[] = [];
  if (slots.age !== undefined)
    parts.push(ctx.s.facts.agesValue(slots.age, slots.age).replace(/^\d+–/, ''));
  if (slots.districtId)
    parts.push(catalogue.district(slots.districtId)?.name[language] ?? slots.districtId);
  if (slots.districtCandidates) {
    parts.push(
      slots.districtCandidates.map((id) => catalogue.district(id)?.name[language] ?? id).join('/'),
    );
  }
  for (const n of slots.needs) parts.push(catalogue.needs.label(n, language).toLowerCase());
  return parts.join(' · ');
}

/** Says back, before anything else, what the bot could not place, so that it is never passed over. */
function sayBackNotUnderstood(ctx: TurnContext, u: Understanding): void {
  if (u.notUnderstood?.length) ctx.say(ctx.s.didNotUnderstand(u.notUnderstood));
}

function routeFlow(ctx: TurnContext, u: Understanding, text: string): void {
  const s = ctx.s;
  const role = ctx.role ?? 'parent';
  const before = JSON.stringify(ctx.state.slots);
  sayBackNotUnderstood(ctx, u);
  mergeSlots(ctx, u);
  if (ctx.state.step === 'ask_age' && u.age === undefined) {
    const age = bareAge(text);
    if (age !== undefined) ctx.state.slots.age = age;
  }
  if (u.familyLanguage && (ctx.state.step === 'ask_language' || u.intent !== 'change_language')) {
    ctx.state.slots.familyLanguage = u.familyLanguage;
  }
  const changed = JSON.stringify(ctx.state.slots) !== before;
  if (SUBSTANTIVE.has(u.intent) || changed) ctx.startFlow(role);
  // Say back what was understood from a rich message, so a misreading is caught at once.
  const named = [u.age !== undefined, u.districtIds.length > 0, u.needIds.length > 0].filter(
    Boolean,
  );
  if (changed && named.length >= 2) ctx.say(s.understood(summarizeSlots(ctx)));

  // Answers to the question the bot just asked.
  switch (ctx.state.step) {
    case 'referral_consent': {
      const consent = consentFromText(text, u);
      if (consent) {
        recordConsent(ctx, consent);
        return;
      }
      break;
    }
    case 'referral_confirm':
      if (u.intent === 'yes') {
        confirmReferral(ctx);
        return;
      }
      if (u.intent === 'no') {
        cancelReferral(ctx);
        return;
      }
      break;
    case 'status_reference':
      if (u.referralId || u.intent === 'unknown') {
        requestStatus(ctx, u.referralId);
        return;
      }
      break;
    case 'ask_language':
      if (u.intent === 'dont_know' || u.intent === 'no') {
        ctx.state.slots.familyLanguage = null;
        continueSearch(ctx);
        return;
      }
      break;
    case 'ask_needs':
      if (u.intent === 'dont_know' && role !== 'staff') {
        ctx.state.slots.needs = [role === 'young' ? 'own-mental-health' : 'parenting-support'];
        continueSearch(ctx);
        return;
      }
      break;
    default:
      break;
  }

  switch (u.intent) {
    case 'referral_status':
      requestStatus(ctx, u.referralId);
      return;
    case 'start_referral':
      if (role !== 'staff') {
        ctx.say(s.staffOnlyReferral);
        ctx.suggest([
          { title: s.menuFindNearby, action: { type: 'intent', intent: 'find_support' } },
        ]);
      } else if (ctx.state.results && !changed) {
        ctx.say(s.pickServiceToRefer);
      } else {
        if (!changed) ctx.say(s.referralNeedsResults);
        continueSearch(ctx);
      }
      return;
    case 'about_groups':
      aboutGroups(ctx);
      return;
    case 'how_to_contact':
      howToContact(ctx);
      return;
    case 'parent_support':
      if (role === 'young') talkToPerson(ctx);
      else parentSupport(ctx);
      return;
    case 'own_rights':
      ownRights(ctx);
      return;
    case 'talk_to_person':
      talkToPerson(ctx);
      return;
    case 'thanks':
      ctx.say(s.thanks);
      return;
    case 'find_support':
      if (!(ctx.state.purpose === 'parent_support' && ctx.state.step.startsWith('ask_'))) {
        ctx.state.purpose = 'find';
      }
      continueSearch(ctx);
      return;
    default:
      break;
  }

  if (changed) {
    continueSearch(ctx);
    return;
  }
  if (u.intent === 'greeting' || u.intent === 'yes' || u.intent === 'no') {
    repeatPrompt(ctx);
    return;
  }
  switch (ctx.state.step) {
    case 'ask_age':
      ctx.say(s.badAge);
      return;
    case 'ask_district':
      ctx.say(s.unknownDistrict);
      return;
    case 'ask_needs':
      ctx.say(s.unknownNeeds);
      ctx.suggest(needChoices(ctx, role));
      return;
    default: {
      ctx.say(
        ctx.message.userKind === 'anonymous'
          ? `${s.notUnderstood} ${s.dangerLine}`
          : s.notUnderstood,
      );
      const step = ctx.state.step;
      if (step === 'menu' || step === 'start' || step === 'idle' || step === 'choose_role') {
        const replies = ctx.replies.length;
        showMenu(ctx);
        // Keep only the suggestions of the menu, not its question, after "I didn't understand".
        ctx.replies.splice(replies);
      }
    }
  }
}
