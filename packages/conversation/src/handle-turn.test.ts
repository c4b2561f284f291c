import { stockholmCatalogue } from '@lotsen/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_CONFIG, createConversationConfig } from './config.js';
import { REFERRAL_REQUEST_FAILURES, type ConversationEvent } from './events.js';
import { describeReferralFailure, describeReferralStatus } from './flows/referral.js';
import { handleTurn, type ConversationDeps, type TurnResult } from './handle-turn.js';
import {
  MAX_SUGGESTED_ACTIONS,
  type ActionValue,
  type IncomingMessage,
  type OutgoingMessage,
  type UserKind,
} from './messages.js';
import { REFERRAL_RETRY_MINUTES, parseConversationState, type ConversationState } from './state.js';

const catalogue = stockholmCatalogue();
const START = Date.parse('2026-03-16T10:00:00+01:00'); // a Monday morning

/** Runs a conversation, one message a minute, and returns every turn. */
function converse(
  userKind: UserKind,
  messages: readonly (string | ActionValue)[],
  options: {
    start?: number;
    deps?: Partial<ConversationDeps>;
    state?: ConversationState;
    /** Give each message an id, as Teams does: `message-<its index>`. */
    ids?: boolean;
    /** Who writes every message (the bot app's hash of the Teams user). */
    sender?: string;
    minutesApart?: number;
  } = {},
): TurnResult[] {
  let state = options.state;
  let at = options.start ?? START;
  const turns: TurnResult[] = [];
  for (const [i, m] of messages.entries()) {
    const id = {
      ...(options.ids ? { id: `message-${i}` } : {}),
      ...(options.sender ? { sender: options.sender } : {}),
    };
    const message: IncomingMessage =
      typeof m === 'string'
        ? { text: m, channel: 'test', userKind, ...id }
        : { action: m, channel: 'test', userKind, ...id };
    const now = at;
    const turn = handleTurn(state, message, {
      catalogue,
      clock: () => new Date(now),
      ...options.deps,
    });
    turns.push(turn);
    state = turn.state;
    at += (options.minutesApart ?? 1) * 60_000;
  }
  return turns;
}

const last = <T>(list: readonly T[]): T => list[list.length - 1]!;
const texts = (turn: TurnResult) =>
  turn.replies
    .map((r) =>
      r.type === 'text'
        ? r.text
        : r.type === 'card'
          ? [
              r.card.title,
              r.card.text,
              ...r.card.facts.map((f) => `${f.label}: ${f.value}`),
              ...r.card.reasons,
            ].join('\n')
          : [
              r.crisis.text,
              ...r.crisis.contacts.map((c) => `${c.name} ${c.phone ?? ''}`),
              r.crisis.reportingDuty,
            ].join('\n'),
    )
    .join('\n');
const cards = (turn: TurnResult) => turn.replies.filter((r) => r.type === 'card');

describe('handleTurn: the staff flow', () => {
  it('fills the slots from one message and shows explained results after the language question', () => {
    const [first, second] = converse('staff', [
      'Var kan jag remittera en 10-åring i Skärholmen vars pappa dricker?',
      'spelar ingen roll',
    ]);
    expect(first!.state.slots).toEqual({
      age: 10,
      districtId: 'skarholmen',
      needs: ['parental-substance-abuse'],
    });
    expect(first!.state.step).toBe('ask_language');
    expect(cards(second!)).toHaveLength(3);
    expect(texts(second!)).toContain('Skärholmen har ingen gruppverksamhet');
    const vagen = cards(second!)[0]!;
    expect(vagen.type === 'card' && vagen.card.reasons).toContain(
      'Riktar sig till förälder med missbruk',
    );
    // Vågen needs an aid decision: no referral button on it.
    expect(vagen.type === 'card' && vagen.card.buttons).toEqual([]);
  });

  it('asks for what is missing, one slot at a time, with at most three suggestions', () => {
    const turns = converse('staff', ['hej', 'pappan dricker', '9', 'Bredäng']);
    expect(turns.map((t) => t.state.step)).toEqual([
      'start',
      'ask_age',
      'ask_district',
      'ask_language',
    ]);
    for (const turn of turns) {
      for (const reply of turn.replies) {
        expect((reply.suggestedActions ?? []).length).toBeLessThanOrEqual(MAX_SUGGESTED_ACTIONS);
      }
    }
  });

  it('asks which district an area means when it spans two', () => {
    const [turn] = converse('staff', ['12-åring i Järva, mamma är deprimerad']);
    expect(texts(turn!)).toContain('Vilken menar du?');
    expect(last(turn!.replies).suggestedActions?.map((c) => c.title)).toEqual([
      'Rinkeby-Kista',
      'Spånga-Tensta',
    ]);
  });

  it('drafts a referral with no name, identity number or free text, and checks the 15+ rule', () => {
    const turns = converse('staff', [
      'Pojke 12 år i Farsta, pappa dricker',
      { type: 'family_language', language: 'sv' },
      { type: 'refer', serviceId: 'enskede-arsta-vantor-barngrupper' },
      { type: 'consent', givenBy: 'young_person' },
      { type: 'consent', givenBy: 'guardians' },
      { type: 'confirm_referral' },
    ]);
    expect(texts(turns[3]!)).toContain('under 15 år');
    const draft = last(turns).events.find((e) => e.type === 'referral_draft_ready');
    expect(draft).toEqual({
      type: 'referral_draft_ready',
      draft: {
        serviceId: 'enskede-arsta-vantor-barngrupper',
        needs: ['parental-substance-abuse'],
        child: { age: 12, districtId: 'farsta', languages: ['sv'] },
        consent: { givenBy: 'guardians', scope: 'referral', recordedOn: '2026-03-16' },
      },
      // The channel gave no message id: a request id of its own.
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  const TO_CONFIRMATION: (string | ActionValue)[] = [
    'Pojke 12 år i Farsta, pappa dricker',
    { type: 'family_language', language: 'sv' },
    { type: 'refer', serviceId: 'enskede-arsta-vantor-barngrupper' },
    { type: 'consent', givenBy: 'guardians' },
    { type: 'confirm_referral' },
  ];
  const drafts = (turn: TurnResult) => turn.events.filter((e) => e.type === 'referral_draft_ready');

  it('sends a referral under the id of the message that confirmed it, and again under the same id', () => {
    const turns = converse('staff', [...TO_CONFIRMATION, 'Försök igen', 'try again'], {
      ids: true,
    });
    const [first] = drafts(turns[4]!);
    expect(first).toMatchObject({ requestId: 'message-4' });
    expect(turns[4]!.state.sentReferral).toEqual({
      draft: first!.draft,
      requestId: 'message-4',
      sender: null,
      sentAt: new Date(START + 4 * 60_000).toISOString(),
    });
    // Typed or tapped ("Försök igen" is the suggested action's title), in either language.
    for (const retry of [turns[5]!, turns[6]!]) {
      expect(drafts(retry)).toEqual([first]);
      expect(texts(retry)).toMatch(/skickar remissen till Lotsen igen|sending the referral/);
    }
    const [tapped] = converse('staff', [{ type: 'intent', intent: 'retry_referral' }], {
      state: turns[4]!.state,
      start: START + 10 * 60_000,
    });
    expect(drafts(tapped!)).toEqual([first]);
  });

  it('sends nothing again after an hour, after "forget me", with nothing sent, or for the web', () => {
    const config = { ...DEFAULT_CONVERSATION_CONFIG, idleTimeoutMinutes: 120 };
    const late = converse('staff', [...TO_CONFIRMATION, 'hjälp', 'Försök igen'], {
      ids: true,
      minutesApart: 31,
      deps: { config },
    });
    expect(drafts(late[4]!)).toHaveLength(1);
    expect(drafts(last(late))).toEqual([]);
    expect(texts(last(late))).toContain('Det finns ingen remiss att skicka igen');
    expect(last(late).state.sentReferral).toBeNull();

    const forgotten = converse('staff', [...TO_CONFIRMATION, 'glöm mig', 'försök igen']);
    expect(forgotten[5]!.state.sentReferral).toBeNull();
    expect(drafts(last(forgotten))).toEqual([]);

    const [nothing] = converse('staff', ['försök igen']);
    expect(drafts(nothing!)).toEqual([]);
    expect(texts(nothing!)).toContain('Det finns ingen remiss att skicka igen');

    // A web user cannot send a staff member's draft, even with a forged state (staff role and
    // all) and button; typed, "try again" is just text to them.
    const staffState = { ...converse('staff', TO_CONFIRMATION)[4]!.state, role: 'staff' as const };
    expect(staffState.sentReferral).not.toBeNull();
    const web = converse('anonymous', [{ type: 'intent', intent: 'retry_referral' }, 'try again'], {
      state: staffState,
      start: START + 5 * 60_000,
    });
    expect(web.flatMap(drafts)).toEqual([]);
    expect(texts(web[1]!)).not.toContain('Referrals are sent by staff');
  });

  it('lets only the staff member who sent a referral send it again', () => {
    const sent = converse('staff', TO_CONFIRMATION, { ids: true, sender: 'teams:anna' });
    expect(last(sent).state.sentReferral?.sender).toBe('teams:anna');
    const at = { state: last(sent).state, start: START + 10 * 60_000 };
    const [colleague] = converse('staff', ['Försök igen'], { ...at, sender: 'teams:bo' });
    expect(drafts(colleague!)).toEqual([]);
    expect(texts(colleague!)).toContain('Bara den som skickade remissen kan skicka den igen');
    // The colleague's attempt did not take the draft away from its sender.
    const [anna] = converse('staff', ['Försök igen'], {
      state: colleague!.state,
      start: START + 11 * 60_000,
      sender: 'teams:anna',
    });
    expect(drafts(anna!)).toEqual(drafts(last(sent)));
  });

  it('forgets the sent referral with a new search, and never takes the status advice for a retry', () => {
    const turns = converse('staff', [...TO_CONFIRMATION, { type: 'new_search' }, 'försök igen']);
    expect(turns[5]!.state.sentReferral).toBeNull();
    expect(drafts(last(turns))).toEqual([]);
    for (const failure of REFERRAL_REQUEST_FAILURES) {
      for (const language of ['sv', 'en'] as const) {
        const [reply] = describeReferralFailure('status', failure, language);
        expect(reply!.type === 'text' && reply!.text).not.toMatch(/försök igen|try again/i);
      }
    }
  });

  it('tells the staff member about a sent referral it keeps for sending again', () => {
    const turns = converse('staff', [...TO_CONFIRMATION, 'vad vet du om mig']);
    expect(texts(last(turns))).toContain(
      `Skickad remiss till: Barngrupper med Skarpnäck och Farsta, för ett barn på 12 år i Farsta (Förälder med missbruk); sparas i samtalet, högst ${REFERRAL_RETRY_MINUTES} minuter`,
    );
  });

  it('offers to send again only when the answer did not come or nothing could be sent', () => {
    const retry = { title: 'Försök igen', action: { type: 'intent', intent: 'retry_referral' } };
    for (const failure of REFERRAL_REQUEST_FAILURES) {
      const [reply] = describeReferralFailure('create', failure, 'sv');
      const offered = failure === 'uncertain' || failure === 'unavailable';
      expect(reply!.suggestedActions).toEqual(offered ? [retry] : undefined);
      expect(describeReferralFailure('status', failure, 'sv')[0]!.suggestedActions).toBeUndefined();
    }
    const [english] = describeReferralFailure('create', 'uncertain', 'en');
    expect(english!.suggestedActions?.[0]?.title).toBe('Try again');
  });

  it('hands a referral status lookup to the app, and words the answer', () => {
    const [turn] = converse('staff', ['status för remiss 3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f']);
    expect(turn!.events).toContainEqual({
      type: 'referral_status_requested',
      referralId: '3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
    });
    expect(
      describeReferralStatus('3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f', 'waitlisted', 'sv'),
    ).toEqual([{ type: 'text', text: 'Remiss 3f2a9c1e: På väntelista.' }]);
    expect(describeReferralStatus('3f2a9c1e', 'not_found', 'en')[0]).toMatchObject({
      text: expect.stringContaining("can't find a referral 3f2a9c1e"),
    });
  });

  it('shows places left and next start when the app knows them', () => {
    const availability = new Map([
      ['ersta-vandpunkten-barngrupper', { placesLeft: 2, nextStart: '2026-04-01' }],
    ]);
    const turns = converse('staff', ['10-åring i Skärholmen, pappa dricker', 'svenska'], {
      deps: { availability },
    });
    expect(texts(last(turns))).toContain('Platser kvar: 2');
    expect(texts(last(turns))).toContain('Nästa start: 2026-04-01');
  });
});

describe('handleTurn: start times and several children', () => {
  const availability = new Map([
    ['kallan-barngrupper', { placesLeft: 4, nextStart: '2026-09-07' }],
    ['enskede-arsta-vantor-barngrupper', { placesLeft: 3, nextStart: '2026-04-10' }],
  ]);
  const ask = 'Jag är förälder, min son är 10 och mamma mår psykiskt dåligt, vi bor i Farsta';

  it('puts groups starting when asked first and leaves out those known to start outside it', () => {
    const plain = last(converse('anonymous', [ask], { deps: { availability } }));
    expect(plain.state.results!.serviceIds).toContain('enskede-arsta-vantor-barngrupper');
    const autumn = last(
      converse('anonymous', [`${ask}. Helst i höst.`], { deps: { availability } }),
    );
    const ids = autumn.state.results!.serviceIds;
    expect(ids[0]).toBe('kallan-barngrupper');
    expect(ids).not.toContain('enskede-arsta-vantor-barngrupper');
    // Those with no known start are kept, after the one starting then.
    expect(ids.length).toBeGreaterThan(1);
    expect(autumn.state.slots.startWindow).toEqual({ from: '2026-09-01', to: '2026-11-30' });
  });

  it('says back a place it could not place, also before the writer has said who they are', () => {
    const first = last(converse('anonymous', ['Hej, vi bor i Blåbärsby']));
    expect(texts(first)).toContain('Jag förstod inte ”Blåbärsby”.');
    const later = last(converse('anonymous', ['Jag är förälder', 'we live in Narnia']));
    expect(texts(later)).toContain('Narnia');
  });

  it('asks which child first, drops none, and goes on to the other on "the other one"', () => {
    const turns = converse('anonymous', [
      "I'm a parent. My kids are 6 and 15, their mum is depressed. We live in Farsta.",
      { type: 'child_age', age: 15 },
      'the other one',
    ]);
    expect(turns[0]!.state.slots.age).toBeUndefined();
    expect(turns[0]!.state.slots.childAges).toEqual([6, 15]);
    expect(cards(turns[0]!)).toEqual([]);
    expect(turns[1]!.state.slots).toMatchObject({ age: 15, otherChildAges: [6] });
    expect(cards(turns[1]!).length).toBeGreaterThan(0);
    expect(turns[2]!.state.slots).toMatchObject({ age: 6, otherChildAges: [15] });
    expect(cards(turns[2]!).length).toBeGreaterThan(0);
  });
});

describe('handleTurn: safety before everything', () => {
  it('stops the flow with a crisis card, whatever step it is in, and keeps no need', () => {
    const turns = converse('staff', [
      '10-åring i Skärholmen, pappa dricker',
      'hon säger att pappa slår henne',
    ]);
    const crisis = last(turns);
    expect(crisis.replies[0]!.type).toBe('crisis');
    expect(cards(crisis)).toEqual([]);
    expect(crisis.state.step).toBe('idle');
    expect(crisis.state.slots.needs).toEqual([]);
    expect(crisis.events).toEqual([
      { type: 'crisis_card_shown', category: 'child_abuse', userKind: 'staff' },
    ]);
    const card = crisis.replies[0]!;
    expect(card.type === 'crisis' && card.crisis.reportingDuty).toContain('SoL 14 kap. 1 §');
  });

  it('shows no reporting duty to anonymous users', () => {
    const [turn] = converse('anonymous', ['jag vill dö']);
    const card = turn!.replies[0]!;
    expect(card.type === 'crisis' && card.crisis.reportingDuty).toBeUndefined();
    expect(card.type === 'crisis' && card.crisis.contacts.map((c) => c.phone)).toEqual([
      '112',
      '90101',
      '1177',
      '116 111',
    ]);
  });

  it('takes the contacts from the configuration, not from the flows', () => {
    const config = createConversationConfig({
      crisisContacts: {
        socialjouren: {
          ...DEFAULT_CONVERSATION_CONFIG.crisisContacts.socialjouren!,
          phone: '08-999 99 99',
        },
      },
    });
    if (!config.ok) throw config.error;
    const [turn] = converse('anonymous', ['jag vågar inte gå hem'], {
      deps: { config: config.value },
    });
    expect(texts(turn!)).toContain('08-999 99 99');
    expect(texts(turn!)).not.toContain('08-508 40 000');
  });

  it('never answers a protection concern with services, even from a forged button', () => {
    const turns = converse('staff', [
      '8-åring i Farsta',
      { type: 'need', needId: 'protection-concern' },
      { type: 'more_results' },
    ]);
    for (const turn of turns) expect(cards(turn)).toEqual([]);
    expect(texts(turns[1]!)).toContain('aldrig med en grupp');
    expect(turns[1]!.events).toContainEqual({
      type: 'flow_finished',
      flow: 'staff',
      outcome: 'protection_route',
    });
  });
});

describe('handleTurn: anonymous users', () => {
  it('asks who is writing, keeping what was said', () => {
    const [first, second] = converse('anonymous', [
      'pappa dricker och vi bor i Farsta',
      { type: 'role', role: 'parent' },
    ]);
    expect(first!.state.step).toBe('choose_role');
    expect(first!.state.slots.districtId).toBe('farsta');
    expect(second!.state.step).toBe('ask_age');
  });

  it('never gives web users staff rights: no referral, no status, even with forged buttons', () => {
    const turns = converse('anonymous', [
      'Jag jobbar som socialsekreterare',
      'Pojke 12 år i Farsta, pappa dricker',
      { type: 'refer', serviceId: 'enskede-arsta-vantor-barngrupper' },
      { type: 'consent', givenBy: 'guardians' },
      { type: 'confirm_referral' },
      'status 3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
    ]);
    const events = turns.flatMap((t) => t.events);
    expect(
      events.some(
        (e) => e.type === 'referral_draft_ready' || e.type === 'referral_status_requested',
      ),
    ).toBe(false);
    expect(turns[0]!.state.role).toBe('parent');
    expect(texts(turns[2]!)).toContain('Remisser skickas av personal');
  });

  it('lets a typed button title count as pressing it', () => {
    const [, second] = converse('anonymous', ['hej', 'Jag är ung, 13 år eller äldre']);
    expect(second!.state.role).toBe('young');
  });

  it('mentions the out-of-hours service at night, not in office hours', () => {
    const message = 'min son är 12, hans pappa dricker, vi bor i Bredäng';
    const day = converse('anonymous', [message]);
    const night = converse('anonymous', [message], {
      start: Date.parse('2026-03-17T02:15:00+01:00'),
    });
    expect(texts(day[0]!)).not.toContain('Socialtjänstens kontor är stängda');
    expect(texts(night[0]!)).toContain('Socialtjänstens kontor är stängda');
  });

  it('says the offices are closed once per conversation, not with every search', () => {
    const turns = converse(
      'anonymous',
      [
        'min son är 12, hans pappa dricker, vi bor i Bredäng',
        'ny sökning',
        'min dotter är 9, hennes mamma mår psykiskt dåligt, vi bor i Farsta',
      ],
      { start: Date.parse('2026-03-17T02:15:00+01:00') },
    );
    const told = turns.filter((t) => texts(t).includes('Socialtjänstens kontor är stängda'));
    expect(told).toHaveLength(1);
    expect(cards(turns[2]!).length).toBeGreaterThan(0);
  });
});

describe('handleTurn: global commands at any point', () => {
  const steps: (string | ActionValue)[][] = [
    ['hej'],
    ['pappan dricker'],
    ['pappan dricker', '9'],
    ['pappan dricker', '9', 'Bredäng'],
    ['pappan dricker', '9', 'Bredäng', 'svenska'],
    [
      'pappan dricker',
      '9',
      'Farsta',
      'svenska',
      { type: 'refer', serviceId: 'enskede-arsta-vantor-barngrupper' },
    ],
    ['kolla status på remiss'],
  ];

  it.each(steps.map((s) => [s.length, s] as const))('work after %i turns', (_, before) => {
    const base = converse('staff', before);
    const state = last(base).state;
    const after = (text: string) =>
      handleTurn(
        state,
        { text, channel: 'test', userKind: 'staff' },
        { catalogue, clock: () => new Date(START + 3_600_000 / 4) },
      );
    expect(texts(after('hjälp'))).toContain('automatisk guide');
    expect(after('börja om').state.slots).toEqual({ needs: [] });
    // "English" alone answers the family-language question there; the explicit command always switches.
    expect(after('byt språk till engelska').state.language).toBe('en');
    expect(texts(after('glöm mig'))).toContain('glömt allt');
    expect(after('glöm mig').state.slots).toEqual({ needs: [] });
    expect(after('glöm mig').state.results).toBeNull();
    const known = texts(after('vad vet du om mig'));
    if (state.slots.age !== undefined) expect(known).toContain(`Ålder: ${state.slots.age} år`);
    else expect(known).not.toContain('Ålder');
  });

  it('lists exactly the slots stored, nothing else', () => {
    const turns = converse('anonymous', [
      'Jag är förälder. Min dotter är 9 och vi bor i Bromma.',
      'vad vet du om mig',
    ]);
    const lines = texts(last(turns))
      .split('\n')
      .filter((l) => l.startsWith('• '));
    expect(lines).toEqual([
      '• Du är: förälder eller annan vuxen',
      '• Ålder: 9 år',
      '• Stadsdel: Bromma',
      '• Språk i chatten: svenska',
    ]);
  });
});

describe('handleTurn: privacy and expiry', () => {
  it('forgets an idle state after 30 minutes and says so', () => {
    const [first] = converse('anonymous', ['Jag är förälder. Barnet är 8.']);
    const later = handleTurn(
      first!.state,
      { text: 'hej', channel: 'web', userKind: 'anonymous' },
      {
        catalogue,
        clock: () => new Date(START + 31 * 60_000),
      },
    );
    expect(texts(later)).toContain('mer än 30 minuter');
    expect(later.state.slots).toEqual({ needs: [] });
    expect(later.state.role).toBeNull();
  });

  it('keeps no text the user typed in the state, only slots', () => {
    const turns = converse('staff', [
      'Jag vill remittera en 11-åring i Vällingby, pappan sitter i fängelse och mamma heter Karin, 20160315-1232',
      'mamma dricker',
    ]);
    const stored = JSON.stringify(last(turns).state);
    for (const word of ['fängelse', 'karin', '20160315', '1232', 'heter', 'dricker']) {
      expect(stored.toLowerCase()).not.toContain(word);
    }
    expect(parseConversationState(JSON.parse(stored)).ok).toBe(true);
  });

  it('emits only counters with no text, and the two requests the app carries out', () => {
    const turns = converse('anonymous', [
      'Min son är 12 och hans pappa dricker, vi bor i Farsta',
      'jag vill inte leva',
    ]);
    const events: ConversationEvent[] = turns.flatMap((t) => t.events);
    expect(events.map((e) => e.type)).toEqual([
      'flow_started',
      'flow_finished',
      'crisis_card_shown',
    ]);
    const serialised = JSON.stringify(events);
    for (const word of ['pappa', 'dricker', 'leva', 'farsta'])
      expect(serialised).not.toContain(word);
  });

  it('picks the language from the first message, else the channel locale', () => {
    const english = handleTurn(
      undefined,
      { text: 'Hi, my son drinks', channel: 'web', userKind: 'anonymous', locale: 'sv-SE' },
      { catalogue, clock: () => new Date(START) },
    );
    expect(english.state.language).toBe('en');
    const locale = handleTurn(
      undefined,
      { text: 'Farsta', channel: 'web', userKind: 'anonymous', locale: 'en-GB' },
      { catalogue, clock: () => new Date(START) },
    );
    expect(locale.state.language).toBe('en');
    const empty = handleTurn(
      undefined,
      { channel: 'web', userKind: 'anonymous' },
      { catalogue, clock: () => new Date(START) },
    );
    expect(empty.state.language).toBe('sv');
    expect(texts(empty)).toContain('automatisk guide');
  });

  it('greets once, and leaves the notice out where the page has shown it', () => {
    const deps = { catalogue, clock: () => new Date(START) };
    const message = { text: 'Jag är förälder', channel: 'web', userKind: 'anonymous' } as const;
    const plain = handleTurn(undefined, message, deps);
    expect(texts(plain)).toContain('skriv inte namn eller personnummer');
    const shown = handleTurn(undefined, { ...message, noticeShown: true }, deps);
    expect(texts(shown)).not.toContain('automatisk guide');
    expect(texts(shown)).not.toContain('personnummer');
    expect(texts(shown)).toContain('Vad vill du veta?');
    // Said once per conversation either way: the next turn does not say it.
    const next = handleTurn(plain.state, { ...message, text: 'Stöd nära oss' }, deps);
    expect(texts(next)).not.toContain('personnummer');
  });

  it('does not touch the state object it is given', () => {
    const [first] = converse('staff', ['10-åring i Skärholmen']);
    const frozen = JSON.stringify(first!.state);
    handleTurn(
      first!.state,
      { text: 'glöm mig', channel: 'test', userKind: 'staff' },
      { catalogue, clock: () => new Date(START) },
    );
    expect(JSON.stringify(first!.state)).toBe(frozen);
  });
});

describe('handleTurn: properties', () => {
  const pool = [
    'hej',
    'hjälp',
    'börja om',
    'English',
    'svenska',
    'vad vet du om mig',
    'glöm mig',
    'ja',
    'nej',
    'vet inte',
    'Jag är förälder',
    'jag är 16',
    'pappa dricker',
    '10',
    'Farsta',
    'Järva',
    'min son på 12 mår dåligt',
    'vad är gruppstöd?',
    'hur kontaktar vi?',
    'stöd för mig som förälder',
    'måste mina föräldrar veta?',
    'kolla status',
    'starta remiss',
    'Visa fler',
    'Starta remiss',
    'Vårdnadshavarna',
    'Skicka remissen',
    'jag vill dö',
    'far illa',
    '20160315-1232',
    'Spelar ingen roll',
  ];
  const actions: ActionValue[] = [
    { type: 'more_results' },
    { type: 'new_search' },
    { type: 'refer', serviceId: 'ersta-vandpunkten-barngrupper' },
    { type: 'refer', serviceId: 'no-such-service' },
    { type: 'contact', serviceId: 'origo-stod-och-radgivning' },
    { type: 'consent', givenBy: 'guardians' },
    { type: 'confirm_referral' },
    { type: 'cancel_referral' },
    { type: 'district', districtId: 'bromma' },
    { type: 'need', needId: 'parental-mental-illness' },
    { type: 'role', role: 'young' },
    { type: 'family_language', language: null },
    { type: 'set_language', language: 'en' },
    { type: 'intent', intent: 'own_rights' },
  ];
  const message = fc.oneof(
    fc.constantFrom(...pool),
    fc.constantFrom(...actions),
    fc.string({ maxLength: 80 }),
  );

  it('never throws, always answers, keeps suggestions to three and the state valid, and never asks for a name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<UserKind>('staff', 'anonymous'),
        fc.array(message, { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 8, maxLength: 8 }),
        (userKind, messages, gaps) => {
          let state: ConversationState | undefined;
          let at = START;
          messages.forEach((m, i) => {
            at += gaps[i]! * 60_000;
            const now = at;
            const incoming: IncomingMessage =
              typeof m === 'string'
                ? { text: m, channel: 'test', userKind }
                : { action: m, channel: 'test', userKind };
            const turn = handleTurn(state, incoming, { catalogue, clock: () => new Date(now) });
            expect(turn.replies.length).toBeGreaterThan(0);
            turn.replies.forEach((r: OutgoingMessage, j) => {
              if (j < turn.replies.length - 1) expect(r.suggestedActions).toBeUndefined();
              expect((r.suggestedActions ?? []).length).toBeLessThanOrEqual(MAX_SUGGESTED_ACTIONS);
            });
            const said = texts(turn).toLowerCase();
            expect(said).not.toMatch(
              /vad heter|what is your name|ditt personnummer\?|your identity number\?/,
            );
            expect(said).not.toContain('20160315');
            if (userKind === 'anonymous') {
              expect(turn.events.some((e) => e.type === 'referral_draft_ready')).toBe(false);
            }
            expect(parseConversationState(JSON.parse(JSON.stringify(turn.state))).ok).toBe(true);
            state = turn.state;
          });
        },
      ),
      { numRuns: 250 },
    );
  }, 60_000);
});
