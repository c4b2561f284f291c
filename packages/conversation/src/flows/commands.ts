import type { ChatLanguage } from '../messages.js';
import { REFERRAL_RETRY_MINUTES, createInitialState } from '../state.js';
import { languageName } from '../strings.js';
import type { TurnContext } from '../turn-context.js';
import { repeatPrompt, showMenu } from './info.js';

/** "hjälp" / "help": what the bot is (a guide, not a person) and the commands that always work. */
export function help(ctx: TurnContext): void {
  const s = ctx.s;
  ctx.say(s.help(ctx.role));
  ctx.suggest([
    { title: s.startOverButton, action: { type: 'intent', intent: 'start_over' } },
    {
      title: s.otherLanguageButton,
      action: { type: 'set_language', language: ctx.state.language === 'sv' ? 'en' : 'sv' },
    },
    { title: s.whatIKnowButton, action: { type: 'intent', intent: 'what_do_you_know' } },
  ]);
}

/** "börja om" / "start over": forgets the search but keeps who the user is and the chat language. */
export function startOver(ctx: TurnContext): void {
  const previous = ctx.state;
  ctx.state = {
    ...createInitialState(previous.language),
    languageChosen: previous.languageChosen,
    lastActivity: previous.lastActivity,
    greeted: true,
    role: previous.role,
    // Still the same conversation: what was said once is not said again.
    toldOfficesClosed: previous.toldOfficesClosed,
  };
  ctx.say(ctx.s.startedOver);
  if (ctx.role) ctx.startFlow(ctx.role);
  showMenu(ctx);
}

/** "byt språk" / "English": switches, or asks which language when none was named. */
export function changeLanguage(ctx: TurnContext, language: ChatLanguage | undefined): void {
  if (!language) {
    ctx.say(ctx.s.askChatLanguage);
    ctx.suggest([
      { title: 'Svenska', action: { type: 'set_language', language: 'sv' } },
      { title: 'English', action: { type: 'set_language', language: 'en' } },
    ]);
    return;
  }
  ctx.state.language = language;
  ctx.state.languageChosen = true;
  ctx.say(ctx.s.languageSwitched);
  repeatPrompt(ctx);
}

/** "vad vet du om mig" / "what do you know about me": exactly the slots in the state, nothing else. */
export function whatIKnow(ctx: TurnContext): void {
  const s = ctx.s;
  const { catalogue } = ctx.deps;
  const language = ctx.state.language;
  const { slots, referral } = ctx.state;
  const lines: string[] = [];
  if (ctx.state.role) lines.push(s.knownRole(ctx.state.role));
  if (slots.age !== undefined) lines.push(s.knownAge(slots.age));
  if (slots.districtId) {
    lines.push(
      s.knownDistrict(catalogue.district(slots.districtId)?.name[language] ?? slots.districtId),
    );
  }
  if (slots.districtCandidates && slots.districtCandidates.length > 0) {
    lines.push(
      s.knownDistrictCandidates(
        slots.districtCandidates
          .map((id) => catalogue.district(id)?.name[language] ?? id)
          .join(', '),
      ),
    );
  }
  if (slots.needs.length > 0) {
    lines.push(s.knownNeeds(slots.needs.map((n) => catalogue.needs.label(n, language)).join(', ')));
  }
  if (slots.familyLanguage)
    lines.push(s.knownFamilyLanguage(languageName(slots.familyLanguage, language)));
  if (slots.familyLanguage === null) lines.push(s.knownFamilyLanguageSkipped);
  if (referral) {
    lines.push(
      s.knownReferral(catalogue.service(referral.serviceId)?.name[language] ?? referral.serviceId),
    );
  }
  const sent = ctx.state.sentReferral;
  if (sent) {
    const { serviceId, child, needs } = sent.draft;
    lines.push(
      s.knownSentReferral(
        catalogue.service(serviceId)?.name[language] ?? serviceId,
        child.age,
        catalogue.district(child.districtId)?.name[language] ?? child.districtId,
        needs.map((n) => catalogue.needs.label(n, language)).join(', '),
        REFERRAL_RETRY_MINUTES,
      ),
    );
  }
  const footer = s.whatIKnowFooter(ctx.deps.config.idleTimeoutMinutes);
  if (lines.length === 0) {
    ctx.say(`${s.whatIKnowNothing} ${s.knownChatLanguage}. ${footer}`);
  } else {
    ctx.say(
      `${s.whatIKnowIntro}\n${[...lines, s.knownChatLanguage].map((l) => `• ${l}`).join('\n')}\n${footer}`,
    );
  }
  ctx.suggest([{ title: s.startOverButton, action: { type: 'intent', intent: 'start_over' } }]);
}

/** "glöm mig" / "forget me": a fresh state; only the chat language stays, so the reply is readable. */
export function forgetMe(ctx: TurnContext): void {
  const language = ctx.state.language;
  const chosen = ctx.state.languageChosen;
  ctx.state = {
    ...createInitialState(language),
    languageChosen: chosen,
    lastActivity: ctx.state.lastActivity,
    greeted: true,
  };
  ctx.say(ctx.s.forgotten);
  showMenu(ctx);
}
