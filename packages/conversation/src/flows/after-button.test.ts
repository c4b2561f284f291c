import { describe, expect, it } from 'vitest';
import type { TurnResult } from '../handle-turn.js';
import { converse } from './converse.test-support.js';
import type { ActionValue, UserKind } from '../messages.js';
import { asksForMoreResults } from './search.js';
import { normalizeText } from '../normalize.js';

const suggestionsOf = (turn: TurnResult) =>
  turn.replies.flatMap((r) => r.suggestedActions ?? []).map((c) => c.action.type);
const cardTitles = (turn: TurnResult) =>
  turn.replies.flatMap((r) => (r.type === 'card' ? [r.card.title] : []));

const SEARCH = {
  parent: {
    sv: 'Jag är förälder, min son är 10 och pappa dricker, vi bor i Farsta',
    en: "I'm a parent, my son is 10 and his dad drinks, we live in Farsta",
  },
  young: {
    sv: 'Jag är 16 och mamma mår psykiskt dåligt, jag bor i Farsta',
    en: "I'm 16 and my mum has mental illness, I live in Farsta",
  },
  staff: {
    sv: '10-åring i Farsta, pappa dricker, familjen talar svenska',
    en: '10-year-old in Farsta, dad drinks, the family speaks Swedish',
  },
} as const;

const MORE = { sv: ['visa fler', 'Fler!'], en: ['show more', 'more'] } as const;

const cases = (['parent', 'young', 'staff'] as const).flatMap((role) =>
  (['sv', 'en'] as const).map((language) => ({ role, language })),
);

describe('after a card button is tapped', () => {
  it.each(cases)(
    'the $role ($language) still has suggestions, and typed "more" shows the next page',
    ({ role, language }) => {
      const userKind: UserKind = role === 'staff' ? 'staff' : 'anonymous';
      const [first] = converse(userKind, language, [SEARCH[role][language]]);
      const firstCards = cardTitles(first!);
      expect(firstCards.length, 'the search shows cards').toBeGreaterThan(0);
      const button = first!.replies
        .flatMap((r) => (r.type === 'card' ? r.card.buttons : []))
        .find((b) => b.action.type === (role === 'staff' ? 'refer' : 'contact'));
      expect(button, 'a card has a button').toBeDefined();
      // Staff tap "Starta remiss" and then cancel it; parents and young people tap "how to contact".
      const taps: ActionValue[] =
        role === 'staff' ? [button!.action, { type: 'cancel_referral' }] : [button!.action];
      for (const typed of MORE[language]) {
        const turns = converse(userKind, language, [SEARCH[role][language], ...taps, typed]);
        const afterTap = turns[taps.length]!;
        // The tap answers, and the conversation offers its next steps, "show more" first.
        expect(suggestionsOf(afterTap)[0]).toBe('more_results');
        expect(afterTap.state.step).toBe('results');
        const next = cardTitles(turns[taps.length + 1]!);
        expect(next.length, `"${typed}" after the tap shows cards`).toBeGreaterThan(0);
        expect(next.some((t) => firstCards.includes(t))).toBe(false);
      }
    },
  );

  it.each(['sv', 'en'] as const)(
    'after a side question from a suggestion, typed "more" still shows the next page (%s)',
    (language) => {
      const turns = converse('anonymous', language, [
        SEARCH.parent[language],
        { type: 'intent', intent: 'about_groups' },
        MORE[language][0],
      ]);
      expect(suggestionsOf(turns[1]!).length).toBeGreaterThan(0);
      expect(cardTitles(turns[2]!).length).toBeGreaterThan(0);
    },
  );

  it.each(['sv', 'en'] as const)(
    'staff who tap "Starta remiss" can still type "more" for the next page (%s)',
    (language) => {
      const [first] = converse('staff', language, [SEARCH.staff[language]]);
      const refer = first!.replies
        .flatMap((r) => (r.type === 'card' ? r.card.buttons : []))
        .find((b) => b.action.type === 'refer')!;
      const turns = converse('staff', language, [
        SEARCH.staff[language],
        refer.action,
        MORE[language][0],
      ]);
      const next = cardTitles(turns[2]!);
      expect(next.length).toBeGreaterThan(0);
      expect(next.some((t) => cardTitles(first!).includes(t))).toBe(false);
    },
  );

  it('does not read "fler" as "show more" when no results are on show', () => {
    const [turn] = converse('anonymous', 'sv', ['fler']);
    expect(cardTitles(turn!)).toEqual([]);
    expect(turn!.state.results).toBeNull();
  });
});

describe('asksForMoreResults', () => {
  it.each(['visa fler', 'Fler.', 'mer', 'Show more!', 'more', 'more results'])(
    'reads "%s" as a request for more',
    (text) => expect(asksForMoreResults(normalizeText(text))).toBe(true),
  );
  it.each(['fler grupper i Farsta', 'more about BRIS', 'flera barn', 'nej'])(
    'does not read "%s" as one',
    (text) => expect(asksForMoreResults(normalizeText(text))).toBe(false),
  );
});
