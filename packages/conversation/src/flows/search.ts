import {
  matchServices,
  type MatchNotice,
  type MatchQueryInput,
  type MatchResult,
} from '@lotsen/catalogue';
import type { ServiceKind } from '@lotsen/domain';
import { contactLines, resultCard, type ContactContext } from '../cards.js';
import { MAX_SUGGESTED_ACTIONS, type Choice, type Role } from '../messages.js';
import type { TurnContext } from '../turn-context.js';
import type { Understanding } from '../understand.js';

/** Young people's flow is for 13 and older; younger children are pointed to BRIS and an adult. */
export const YOUNG_MIN_AGE = 13;

const PARENT_SUPPORT_KINDS: readonly ServiceKind[] = [
  'parent_group',
  'parallel_groups',
  'advice_support_talks',
  'parenting_programme',
  'counselling',
];

/** Puts what a message said into the slots: new values replace old ones, a negated need is removed. */
export function mergeSlots(ctx: TurnContext, u: Understanding): void {
  const slots = ctx.state.slots;
  if (u.childAges && u.childAges.length > 1 && ctx.role !== 'young') {
    // Several children: none is searched for until the user picks one, and none is dropped.
    slots.childAges = [...u.childAges];
    delete slots.age;
    delete slots.otherChildAges;
  } else if (u.otherChild && slots.otherChildAges?.length) {
    const [next, ...rest] = slots.otherChildAges;
    slots.otherChildAges = slots.age !== undefined ? [...rest, slots.age] : rest;
    slots.age = next!;
  } else if (u.age !== undefined) slots.age = u.age;
  if (u.startWindow) slots.startWindow = { ...u.startWindow };
  if (u.districtIds.length === 1) {
    slots.districtId = u.districtIds[0]!;
    delete slots.districtCandidates;
  } else if (u.districtIds.length > 1) {
    delete slots.districtId;
    slots.districtCandidates = [...u.districtIds];
  }
  const needs = slots.needs.filter((n) => !u.negatedNeedIds.includes(n));
  for (const n of u.needIds) if (!needs.includes(n)) needs.push(n);
  slots.needs = needs.slice(0, 20);
}

/** Whether a known need is a protection concern: those are routed, never matched. */
function hasProtectionNeed(ctx: TurnContext): boolean {
  return ctx.state.slots.needs.some((n) => ctx.deps.catalogue.needs.isProtection(n));
}

/** Violence at home, whether the child witnessed it, lived with it or it is not said which. */
function isViolenceNeed(needId: string): boolean {
  return needId.startsWith('domestic-violence');
}

function hasViolenceNeed(ctx: TurnContext): boolean {
  return ctx.state.slots.needs.some(isViolenceNeed);
}

/**
 * Staff who name violence at home are told first that the child needs individual crisis support
 * and social services' own assessment of protection, with the duty to report; whether the violence
 * is recent does not matter. Said in the turn the need enters the conversation, not again.
 */
function sayViolenceFirst(ctx: TurnContext): void {
  if (ctx.role !== 'staff') return;
  const added = ctx.state.slots.needs.filter(
    (n) => isViolenceNeed(n) && !ctx.needsAtStart.includes(n),
  );
  if (added.length === 0 || ctx.needsAtStart.some(isViolenceNeed)) return;
  ctx.say(`${ctx.s.violenceFirst}\n\n${ctx.deps.config.reportingDuty[ctx.state.language]}`);
}

// Group kinds: for violence at home they come after individual support, once protection is assessed.
const GROUP_KINDS: ReadonlySet<ServiceKind> = new Set([
  'children_group',
  'teen_group',
  'parent_group',
  'parallel_groups',
]);

/**
 * For violence at home: individual talks first, then other support, groups last, each part in the
 * catalogue's order (for parents and young people within what they can contact themselves). No
 * group leads an answer that may be a protection question.
 */
function individualSupportFirst(results: readonly MatchResult[]): MatchResult[] {
  const rank = (r: MatchResult) =>
    r.service.kind === 'individual_talks' ? 0 : GROUP_KINDS.has(r.service.kind) ? 2 : 1;
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** The suggested needs for a role: the three the city's reports name most. */
export function needChoices(ctx: TurnContext, role: Role): Choice[] {
  const ids =
    role === 'young'
      ? ['parental-substance-abuse', 'parental-mental-illness', 'own-mental-health']
      : role === 'parent'
        ? ['parental-substance-abuse', 'parental-mental-illness', 'parental-separation']
        : ['parental-substance-abuse', 'parental-mental-illness', 'domestic-violence-witnessed'];
  return ids.map((id) => ({
    title: ctx.deps.catalogue.needs.label(id, ctx.state.language),
    action: { type: 'need', needId: id },
  }));
}

/** Asks for the next missing slot, or shows the results when nothing is missing. */
export function continueSearch(ctx: TurnContext): void {
  const role = ctx.role ?? 'parent';
  const { slots } = ctx.state;
  const s = ctx.s;
  ctx.state.purpose ??= 'find';
  const purpose = ctx.state.purpose;

  if (hasProtectionNeed(ctx)) {
    protectionRoute(ctx);
    return;
  }
  sayViolenceFirst(ctx);
  if (role === 'young' && slots.age !== undefined && slots.age < YOUNG_MIN_AGE) {
    ctx.say(s.under13);
    ctx.finishFlow('under_13');
    ctx.state.step = 'idle';
    ctx.suggest([{ title: s.helpButton, action: { type: 'intent', intent: 'help' } }]);
    return;
  }
  const order: ('needs' | 'age' | 'district' | 'language')[] =
    purpose === 'parent_support'
      ? ['age', 'district']
      : role === 'young'
        ? ['age', 'needs', 'district']
        : role === 'staff'
          ? ['needs', 'age', 'district', 'language']
          : ['needs', 'age', 'district'];
  if (slots.childAges && slots.age !== undefined) {
    slots.otherChildAges = slots.childAges.filter((a) => a !== slots.age);
    delete slots.childAges;
  }
  for (const slot of order) {
    if (slot === 'age' && slots.age === undefined && slots.childAges) {
      ctx.state.step = 'ask_age';
      ctx.say(s.whichChildFirst(slots.childAges));
      ctx.suggest(
        slots.childAges.map((age) => ({
          title: s.childButton(age),
          action: { type: 'child_age', age },
        })),
      );
      return;
    }
    if (slot === 'needs' && slots.needs.length === 0) {
      ctx.state.step = 'ask_needs';
      ctx.say(s.askNeeds(role));
      ctx.suggest(needChoices(ctx, role));
      return;
    }
    if (slot === 'age' && slots.age === undefined) {
      ctx.state.step = 'ask_age';
      ctx.say(s.askAge(role));
      return;
    }
    if (slot === 'district' && slots.districtId === undefined) {
      ctx.state.step = 'ask_district';
      const candidates = slots.districtCandidates ?? [];
      if (candidates.length > 1) {
        const name = (id: string) =>
          ctx.deps.catalogue.district(id)?.name[ctx.state.language] ?? id;
        // An area such as Söderort spans more districts than there are buttons: name them all.
        ctx.say(
          candidates.length > MAX_SUGGESTED_ACTIONS
            ? `${s.pickDistrict}\n${candidates.map(name).join(', ')}`
            : s.pickDistrict,
        );
        ctx.suggest(
          candidates.map((id) => ({
            title: name(id),
            action: { type: 'district', districtId: id },
          })),
        );
      } else {
        ctx.say(s.askDistrict(role));
      }
      return;
    }
    if (slot === 'language' && slots.familyLanguage === undefined) {
      ctx.state.step = 'ask_language';
      ctx.say(s.askFamilyLanguage);
      ctx.suggest([
        { title: s.familyLanguageSwedish, action: { type: 'family_language', language: 'sv' } },
        { title: s.familyLanguageSkip, action: { type: 'family_language', language: null } },
      ]);
      return;
    }
  }
  showResults(ctx, 0);
}

/** Routes a protection concern to social services: no services, ever, and for staff the duty to report. */
export function protectionRoute(ctx: TurnContext): void {
  const s = ctx.s;
  ctx.say(s.protectionRoute);
  if (ctx.role === 'staff') ctx.say(ctx.deps.config.reportingDuty[ctx.state.language]);
  ctx.finishFlow('protection_route');
  ctx.state.step = 'idle';
  ctx.state.results = null;
  ctx.suggest([
    { title: s.startOverButton, action: { type: 'intent', intent: 'start_over' } },
    { title: s.helpButton, action: { type: 'intent', intent: 'help' } },
  ]);
}

interface Search {
  readonly results: readonly MatchResult[];
  readonly notices: readonly MatchNotice[];
}

function match(ctx: TurnContext, query: MatchQueryInput): Search {
  const answer = matchServices(ctx.deps.catalogue, query, ctx.deps.availability);
  return answer.ok ? answer.value : { results: [], notices: [] };
}

/**
 * Runs the match for the role: staff see everything ranked by the catalogue; parents see what they can
 * contact themselves (direct intake, self-referral) first and the rest after; young people see only what
 * they can contact themselves.
 */
function search(ctx: TurnContext): Search {
  const { slots } = ctx.state;
  const role = ctx.role ?? 'parent';
  const needs =
    ctx.state.purpose === 'parent_support'
      ? [...new Set([...slots.needs, 'parenting-support'])]
      : slots.needs;
  const base: MatchQueryInput = {
    age: slots.age!,
    districtId: slots.districtId!,
    needs,
    date: ctx.deps.now.toISOString().slice(0, 10),
    limit: 200,
    ...(slots.familyLanguage ? { language: slots.familyLanguage } : {}),
    ...(ctx.state.purpose === 'parent_support' ? { kinds: [...PARENT_SUPPORT_KINDS] } : {}),
  };
  const ordered = (found: Search): Search =>
    hasViolenceNeed(ctx) ? { ...found, results: individualSupportFirst(found.results) } : found;
  if (role === 'staff') return byStart(ctx, ordered(match(ctx, base)));
  const selfContact = ordered(
    match(ctx, { ...base, accessRoutes: ['direct_intake', 'self_referral'] }),
  );
  if (role === 'young') return byStart(ctx, selfContact);
  const all = ordered(match(ctx, base));
  const seen = new Set(selfContact.results.map((r) => r.service.id));
  const results = [...selfContact.results, ...all.results.filter((r) => !seen.has(r.service.id))];
  return byStart(ctx, {
    // Support only for the adults never ranks above one for the child (issue 14), not even when
    // the parent can contact it themselves; unless support for the parent is what was asked for.
    results:
      ctx.state.purpose === 'parent_support'
        ? results
        : [...results.filter((r) => !r.forParent), ...results.filter((r) => r.forParent)],
    notices: all.notices,
  });
}

/** Whether a result's next start falls in the window: `undefined` when no start date is known. */
export function startsIn(
  result: MatchResult,
  window: { readonly from: string; readonly to: string },
): boolean | undefined {
  const start = result.availability?.nextStart;
  if (!start) return undefined;
  return start >= window.from && start <= window.to;
}

/**
 * Narrows to cohorts starting when the person asked ("till våren"): groups starting then first, then
 * those whose next start is not known, in the match's order; a group whose next start is known and
 * outside the window is left out, since it does not start then.
 */
function byStart(ctx: TurnContext, found: Search): Search {
  const window = ctx.state.slots.startWindow;
  if (!window) return found;
  const inWindow = found.results.filter((r) => startsIn(r, window) === true);
  const unknown = found.results.filter((r) => startsIn(r, window) === undefined);
  return { results: [...inWindow, ...unknown], notices: found.notices };
}

/** The youth clinic of the young person's district, which always takes them on their own. */
function youthClinic(ctx: TurnContext): MatchResult | undefined {
  const { slots } = ctx.state;
  const answer = match(ctx, {
    age: slots.age!,
    districtId: slots.districtId!,
    needs: ['own-mental-health'],
    kinds: ['counselling'],
    accessRoutes: ['self_referral'],
    date: ctx.deps.now.toISOString().slice(0, 10),
    limit: 1,
  });
  const first = answer.results[0];
  return first && first.locality === 'own_district' ? first : undefined;
}

// Creating an Intl.DateTimeFormat costs far more than using one, and this runs on every search turn.
const officeHourFormats = new Map<string, Intl.DateTimeFormat>();

function officeHourFormat(timeZone: string): Intl.DateTimeFormat {
  let format = officeHourFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: 'numeric',
      hourCycle: 'h23',
    });
    officeHourFormats.set(timeZone, format);
  }
  return format;
}

/** The ISO weekday and hour of the last minute asked for, per time zone. */
const lastLocalHour = new Map<string, { minute: number; isoDay: number; hour: number }>();

/**
 * The ISO weekday (1–7) and hour in a time zone. Formatting a date is a tenth of a search's work,
 * and both stay the same for the whole minute (time zones today are offset by whole minutes),
 * so the last minute's answer is kept.
 */
function localHour(timeZone: string, now: Date): { isoDay: number; hour: number } {
  const minute = Math.floor(now.getTime() / 60_000);
  const known = lastLocalHour.get(timeZone);
  if (known?.minute === minute) return known;
  const parts = officeHourFormat(timeZone).formatToParts(now);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? '12');
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(
    parts.find((p) => p.type === 'weekday')?.value ?? 'Mon',
  );
  const found = { minute, isoDay: weekday + 1, hour };
  lastLocalHour.set(timeZone, found);
  return found;
}

/** True outside the configured office hours, in the configured time zone. */
export function outsideOfficeHours(ctx: TurnContext): boolean {
  const { timeZone, officeHours } = ctx.deps.config;
  const { isoDay, hour } = localHour(timeZone, ctx.deps.now);
  return (
    !officeHours.weekdays.includes(isoDay) ||
    hour < officeHours.startHour ||
    hour >= officeHours.endHour
  );
}

/** What a family card needs to say how to get in touch: the catalogue, the config, the district. */
export function contactContext(ctx: TurnContext): ContactContext {
  return {
    catalogue: ctx.deps.catalogue,
    config: ctx.deps.config,
    ...(ctx.state.slots.districtId ? { districtId: ctx.state.slots.districtId } : {}),
  };
}

/** Shows one page of results as cards, with the answer's notices and the next steps. */
export function showResults(ctx: TurnContext, page: number): void {
  const s = ctx.s;
  const role = ctx.role ?? 'parent';
  const found = search(ctx);
  if (found.notices.some((n) => n.code === 'protection_route')) {
    protectionRoute(ctx);
    return;
  }
  const size = ctx.deps.config.resultsPerPage;
  const shown = found.results.slice(page * size, (page + 1) * size);
  const language = ctx.state.language;
  ctx.state.step = 'results';
  ctx.state.results = {
    serviceIds: found.results.map((r) => r.service.id).slice(0, 200),
    page,
  };
  if (page > 0 && shown.length === 0) {
    ctx.say(s.noMoreResults);
  } else {
    const lines: string[] = [];
    if (shown.length > 0) {
      lines.push(
        s.resultsIntro(Math.min((page + 1) * size, found.results.length), found.results.length),
      );
    }
    if (page === 0) {
      // "No local group" speaks of groups for the child; it would mislead in a search for the parent.
      const notices = found.notices.filter(
        (n) =>
          n.code !== 'no_local_group' ||
          // Staff asking about violence at home: groups come last, after social services'
          // assessment, so pointing to the nearest group would present one as the answer.
          !(ctx.state.purpose === 'parent_support' || (role === 'staff' && hasViolenceNeed(ctx))),
      );
      if (role === 'staff' && hasViolenceNeed(ctx) && shown.length > 0) {
        lines.push(s.violenceResultsLead);
      }
      for (const notice of notices) lines.push(notice.text[language]);
      const window = ctx.state.slots.startWindow;
      if (window) {
        const startingThen = found.results.filter((r) => startsIn(r, window) === true).length;
        lines.push(s.startWindowResults(window.from, window.to, startingThen));
      }
      if (role !== 'staff' && shown.length > 0) lines.push(s.resultsIntroSelfContact(role));
    }
    if (lines.length > 0) ctx.say(lines.join('\n\n'));
    const contact = contactContext(ctx);
    for (const result of shown) ctx.card(resultCard(result, language, role, s, contact));
    if (page === 0 && role === 'young') {
      const clinic = youthClinic(ctx);
      if (clinic && !shown.some((r) => r.service.id === clinic.service.id)) {
        ctx.say(s.youthClinicIntro);
        ctx.card(resultCard(clinic, language, role, s, contact));
      }
    }
    if (
      page === 0 &&
      role === 'parent' &&
      hasViolenceNeed(ctx) &&
      ctx.deps.config.crisisContacts.kvinnofridslinjen
    ) {
      ctx.say(
        `${s.ownSafety}\n${contactLines(['kvinnofridslinjen'], ctx.deps.config, language)}\n${s.dangerLine}`,
      );
    }
    if (page === 0 && role !== 'staff' && !ctx.state.toldOfficesClosed && outsideOfficeHours(ctx)) {
      const jour = ctx.deps.config.crisisContacts.socialjouren;
      if (jour?.phone) {
        ctx.say(s.outsideOfficeHours(jour.phone));
        ctx.state.toldOfficesClosed = true;
      }
    }
  }
  ctx.finishFlow(found.results.length > 0 ? 'results' : 'no_results');
  const others = ctx.state.slots.otherChildAges ?? [];
  if (page === 0 && others.length > 0) ctx.say(s.otherChildOffer(others));
  ctx.suggest(resultsChoices(ctx));
}

/** Whether the results on show have a page after the current one. */
function hasMoreResults(ctx: TurnContext): boolean {
  const results = ctx.state.results;
  const size = ctx.deps.config.resultsPerPage;
  return results !== null && (results.page + 1) * size < results.serviceIds.length;
}

/** The next steps under a page of results: "show more" while there is more, then the role's own. */
function resultsChoices(ctx: TurnContext): Choice[] {
  const s = ctx.s;
  const role = ctx.role ?? 'parent';
  const next: Choice[] = [];
  // The other children of the message ("7 och 12 år") stay one tap away under every page.
  const others = ctx.state.slots.otherChildAges ?? [];
  if (others.length > 0) {
    next.push({ title: s.childButton(others[0]!), action: { type: 'child_age', age: others[0]! } });
  }
  if (hasMoreResults(ctx)) next.push({ title: s.moreResults, action: { type: 'more_results' } });
  if (role === 'staff') {
    next.push({ title: s.newSearch, action: { type: 'new_search' } });
    next.push({ title: s.checkReferral, action: { type: 'intent', intent: 'referral_status' } });
  } else if (role === 'young') {
    next.push({ title: s.menuOwnRights, action: { type: 'intent', intent: 'own_rights' } });
    next.push({ title: s.menuTalkNow, action: { type: 'intent', intent: 'talk_to_person' } });
  } else {
    next.push({ title: s.menuParentSupport, action: { type: 'intent', intent: 'parent_support' } });
    next.push({ title: s.menuAboutGroups, action: { type: 'intent', intent: 'about_groups' } });
  }
  return next;
}

/**
 * Keeps the conversation going while results are on show: a turn that answered a card's button
 * ("how do we get in touch?", or a referral cancelled) would otherwise end with no suggested
 * actions at all, and the conversation would stall. A turn that set its own next steps (a side
 * question, a referral sent) keeps them; "visa fler" typed works either way.
 */
export function keepResultsChoices(ctx: TurnContext): void {
  if (ctx.state.step !== 'results' || !ctx.state.results) return;
  if (ctx.suggested.length === 0) ctx.suggest(resultsChoices(ctx));
}

// "Visa fler" typed, or said in other words, asks for the next page as the button does.
const MORE_REQUESTS: ReadonlySet<string> = new Set([
  'fler',
  'mer',
  'visa fler',
  'visa mer',
  'fler traffar',
  'visa fler traffar',
  'fler forslag',
  'kan du visa fler',
  'more',
  'show more',
  'more results',
  'show more results',
  'see more',
  'next',
  'next page',
]);

/** Whether a message asks for more results ("visa fler", "fler", "more", "show more"). */
export function asksForMoreResults(normalized: string): boolean {
  return MORE_REQUESTS.has(normalized.replace(/[\s,]+/g, ' ').trim());
}

/** Support for the parent themself: anonymous lines from the configuration, then services if the place is known. */
export function parentSupport(ctx: TurnContext): void {
  const s = ctx.s;
  const { config } = ctx.deps;
  ctx.say(
    `${s.parentSupportIntro}\n${contactLines(config.parentSupportContacts, config, ctx.state.language)}`,
  );
  ctx.state.purpose = 'parent_support';
  continueSearch(ctx);
}
