import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { handleTurn, type TurnResult } from './handle-turn.js';
import type { ActionValue, CrisisCard, IncomingMessage, UserKind } from './messages.js';
import { createInitialState, type ConversationState } from './state.js';

const catalogue = stockholmCatalogue();
const deps = { catalogue, clock: () => new Date('2026-03-16T10:00:00+01:00') };

/** Sends messages one after the other, from a state (a young person's by default). */
function chat(
  messages: readonly (string | ActionValue)[],
  options: { userKind?: UserKind; state?: ConversationState } = {},
): TurnResult[] {
  let state: ConversationState | undefined = options.state ?? {
    ...createInitialState('sv'),
    role: 'young',
  };
  return messages.map((m) => {
    const message: IncomingMessage =
      typeof m === 'string'
        ? { text: m, channel: 'test', userKind: options.userKind ?? 'anonymous' }
        : { action: m, channel: 'test', userKind: options.userKind ?? 'anonymous' };
    const turn = handleTurn(state, message, deps);
    state = turn.state;
    return turn;
  });
}

const crisis = (turn: TurnResult): CrisisCard | undefined =>
  turn.replies.flatMap((r) => (r.type === 'crisis' ? [r.crisis] : []))[0];
const texts = (turn: TurnResult) =>
  turn.replies.map((r) => (r.type === 'text' ? r.text : '')).join('\n');
const events = (turn: TurnResult) => turn.events.map((e) => e.type);

// The phrase lists catch "kommer döda mig"; the classifier reads it as a figure of speech. The floor
// never lets it through, so it gets the safety question.
const UNSURE = 'pappa kommer döda mig när han ser mitt betyg';

describe('the safety question', () => {
  it('asks, calmly and with the crisis contacts, when the check is unsure', () => {
    const [turn] = chat([UNSURE]);
    const card = crisis(turn!);
    expect(card).toMatchObject({
      title: 'Är du eller någon annan i fara just nu?',
      question: true,
    });
    expect(card!.contacts.map((c) => c.phone)).toContain('112');
    expect(card!.reportingDuty).toBeUndefined();
    expect(events(turn!)).toEqual(['safety_question_asked']);
    expect(turn!.state.safetyQuestion).not.toBeNull();
    expect(turn!.replies.at(-1)!.suggestedActions?.map((c) => c.title)).toEqual(['Ja', 'Nej']);
  });

  it('shows the full card after a "yes", typed or pressed', () => {
    for (const yes of ['ja', { type: 'intent', intent: 'yes' } as const]) {
      const [, answer] = chat([UNSURE, yes]);
      expect(crisis(answer!)).toMatchObject({ title: 'Få hjälp nu' });
      expect(crisis(answer!)!.question).toBeUndefined();
      expect(events(answer!)).toEqual(['crisis_card_shown']);
      expect(answer!.state.safetyQuestion).toBeNull();
    }
  });

  it('shows the full card when the next message does not answer the question', () => {
    for (const other of ['vad är gruppstöd?', 'nej men han kommer snart hem', '', 'vet inte']) {
      const [, answer] = chat([UNSURE, other]);
      expect(events(answer!), other).toEqual(['crisis_card_shown']);
    }
  });

  it('goes on after a clear "no", typed or pressed, and asks no more', () => {
    for (const no of ['nej', 'Nej, ingen är i fara', { type: 'intent', intent: 'no' } as const]) {
      const [, answer, next] = chat([UNSURE, no, 'hej']);
      expect(crisis(answer!)).toBeUndefined();
      expect(texts(answer!)).toContain('Tack för att du svarade');
      expect(texts(answer!)).not.toContain('förstod inte');
      expect(answer!.state.safetyQuestion).toBeNull();
      expect(crisis(next!)).toBeUndefined();
    }
  });

  it('goes on with what a "no" adds to it', () => {
    const [, answer] = chat([UNSURE, 'nej, jag är 15 och bor i Farsta']);
    expect(crisis(answer!)).toBeUndefined();
    expect(answer!.state.slots).toMatchObject({ age: 15, districtId: 'farsta' });
  });

  it('goes on with what the person asked for after a clear "no"', () => {
    const state: ConversationState = {
      ...createInitialState('sv'),
      role: 'parent',
      greeted: true,
      slots: { age: 9, districtId: 'bromma', needs: ['parental-substance-abuse'] },
      safetyQuestion: { categories: ['child_abuse'], intent: 'find_support' },
    };
    const [answer] = chat(['nej'], { state });
    expect(crisis(answer!)).toBeUndefined();
    expect(answer!.state.step).toBe('results');
    expect(answer!.replies.some((r) => r.type === 'card')).toBe(true);
    expect(answer!.state.slots.needs).toEqual(['parental-substance-abuse']);
  });

  it('reminds staff of the duty to report with the question too', () => {
    const [turn] = chat([UNSURE], { userKind: 'staff', state: createInitialState('sv') });
    expect(crisis(turn!)).toMatchObject({ question: true });
    expect(crisis(turn!)!.reportingDuty).toContain('anmälningsskyldighet');
  });

  it('still shows the full card at once for what the phrase lists and the classifier agree on', () => {
    const [turn] = chat(['jag vill inte leva längre']);
    expect(crisis(turn!)).toMatchObject({ title: 'Få hjälp nu' });
    expect(turn!.state.safetyQuestion).toBeNull();
  });
});
