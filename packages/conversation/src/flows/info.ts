import { ACCESS_REASON_CODES, contactLines, familyContact } from '../cards.js';
import type { Choice } from '../messages.js';
import type { TurnContext } from '../turn-context.js';
import { contactContext, continueSearch } from './search.js';

/** The menu for the role, or the staff introduction. */
export function showMenu(ctx: TurnContext): void {
  const s = ctx.s;
  const role = ctx.role;
  if (role === 'staff') {
    ctx.state.step = 'start';
    ctx.say(s.staffIntro);
    ctx.suggest([
      { title: s.checkReferral, action: { type: 'intent', intent: 'referral_status' } },
      { title: s.helpButton, action: { type: 'intent', intent: 'help' } },
    ]);
    return;
  }
  if (role === null) {
    askRole(ctx);
    return;
  }
  ctx.state.step = 'menu';
  if (role === 'young') {
    ctx.say(s.youngMenu);
    ctx.suggest([
      { title: s.menuOwnRights, action: { type: 'intent', intent: 'own_rights' } },
      { title: s.menuFindYoung, action: { type: 'intent', intent: 'find_support' } },
      { title: s.menuTalkNow, action: { type: 'intent', intent: 'talk_to_person' } },
    ]);
  } else {
    ctx.say(s.parentMenu);
    ctx.suggest([
      { title: s.menuAboutGroups, action: { type: 'intent', intent: 'about_groups' } },
      { title: s.menuFindNearby, action: { type: 'intent', intent: 'find_support' } },
      { title: s.menuParentSupport, action: { type: 'intent', intent: 'parent_support' } },
    ]);
  }
}

/** Asks an anonymous user who they are. */
export function askRole(ctx: TurnContext): void {
  const s = ctx.s;
  ctx.state.step = 'choose_role';
  ctx.say(s.askRole);
  const roles: Choice[] = [
    { title: s.roleParent, action: { type: 'role', role: 'parent' } },
    { title: s.roleYoung, action: { type: 'role', role: 'young' } },
    { title: s.roleStaff, action: { type: 'role', role: 'staff' } },
  ];
  ctx.suggest(roles);
}

/** Asks again what the current step is waiting for (after a language switch or a greeting). */
export function repeatPrompt(ctx: TurnContext): void {
  switch (ctx.state.step) {
    case 'choose_role':
      askRole(ctx);
      return;
    case 'ask_age':
    case 'ask_district':
    case 'ask_needs':
    case 'ask_language':
      continueSearch(ctx);
      return;
    case 'status_reference':
      ctx.say(ctx.s.askReference);
      return;
    case 'referral_consent':
    case 'referral_confirm': {
      const service = ctx.deps.catalogue.service(ctx.state.referral?.serviceId ?? '');
      if (service) ctx.say(ctx.s.askConsent(service.name[ctx.state.language]));
      ctx.state.step = 'referral_consent';
      return;
    }
    default:
      showMenu(ctx);
  }
}

/** What group support is and is not. */
export function aboutGroups(ctx: TurnContext): void {
  const s = ctx.s;
  ctx.say(s.aboutGroups);
  ctx.finishFlow('information');
  if (ctx.role === 'staff') return;
  ctx.suggest(
    ctx.role === 'young'
      ? [
          { title: s.menuFindYoung, action: { type: 'intent', intent: 'find_support' } },
          { title: s.menuOwnRights, action: { type: 'intent', intent: 'own_rights' } },
        ]
      : [
          { title: s.menuFindNearby, action: { type: 'intent', intent: 'find_support' } },
          { title: s.menuParentSupport, action: { type: 'intent', intent: 'parent_support' } },
        ],
  );
}

/** How to get in touch: with one service when a card's button was pressed, otherwise in general. */
export function howToContact(ctx: TurnContext, serviceId?: string): void {
  const s = ctx.s;
  const language = ctx.state.language;
  const service = serviceId ? ctx.deps.catalogue.service(serviceId) : undefined;
  if (!service) {
    ctx.say(s.howToContactGeneral);
    ctx.finishFlow('information');
    return;
  }
  const lines = [s.howToContactService(service.name[language])];
  if (service.contact.howTo) lines.push(service.contact.howTo[language]);
  // Parents and young people ask this (staff cards have no such button): everyday words only.
  const who = ctx.role === 'young' ? 'young' : 'parent';
  const ways = new Set(
    service.accessRoutes.map((r) => s.family.reason(ACCESS_REASON_CODES[r], who)).filter(Boolean),
  );
  lines.push(...[...ways].map((w) => `• ${w}`));
  const context = contactContext(ctx);
  const provider = ctx.deps.catalogue.provider(service.providerId);
  lines.push(
    familyContact(service, provider, context, language, s, who),
    s.family.noNameNeeded(who),
  );
  ctx.say(lines.join('\n'));
  ctx.finishFlow('information');
}

/** What a young person can do on their own, and the 15+ consent rule. */
export function ownRights(ctx: TurnContext): void {
  const s = ctx.s;
  if (ctx.role === 'young') {
    ctx.say(s.ownRights(ctx.state.slots.age));
    ctx.suggest([
      { title: s.menuFindYoung, action: { type: 'intent', intent: 'find_support' } },
      { title: s.menuTalkNow, action: { type: 'intent', intent: 'talk_to_person' } },
    ]);
  } else {
    ctx.say(`${s.consentRuleForParents} ${s.howToContactGeneral}`);
  }
  ctx.finishFlow('information');
}

/** The bot is not a person: who to talk to instead. */
export function talkToPerson(ctx: TurnContext): void {
  const s = ctx.s;
  const { config } = ctx.deps;
  const language = ctx.state.language;
  if (ctx.role === 'staff') {
    ctx.say(s.staffTalkToPerson);
  } else {
    const ids = ctx.role === 'young' ? config.youngPersonContacts : config.parentSupportContacts;
    ctx.say(`${s.talkToPerson}\n${contactLines(ids, config, language)}\n${s.dangerLine}`);
  }
  ctx.finishFlow('information');
}
