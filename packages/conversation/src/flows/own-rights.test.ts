import { stockholmCatalogue } from '@lotsen/catalogue';
import { AGE_OF_INDEPENDENT_CONSENT } from '@lotsen/domain';
import { describe, expect, it } from 'vitest';
import { handleTurn, type TurnResult } from '../handle-turn.js';
import type { ChatLanguage } from '../messages.js';
import { stringsFor } from '../strings.js';

const catalogue = stockholmCatalogue();
const clock = () => new Date('2026-03-16T10:00:00+01:00');

function ask(language: ChatLanguage, text: string): TurnResult {
  return handleTurn(
    undefined,
    { text, channel: 'web', userKind: 'anonymous', locale: `${language}-SE` },
    { catalogue, clock },
  );
}

const said = (turn: TurnResult) =>
  turn.replies.flatMap((r) => (r.type === 'text' ? [r.text] : [])).join('\n');

/** What every answer names, whatever the age: things a young person can use alone. */
const ALWAYS = {
  sv: [
    'BRIS på 116 111',
    'Skolkuratorn',
    'skolsköterskan',
    'Ungdomsmottagningen',
    'SoL 3 kap. 6 a §',
  ],
  en: [
    'BRIS on 116 111',
    'school counsellor',
    'school nurse',
    'Youth clinic',
    'Social Services Act 3:6 a',
  ],
} as const;

const QUESTIONS = {
  sv: [
    { text: 'kan jag gå dit utan att mina föräldrar vet?', age: undefined },
    { text: 'jag är 14, kan jag gå dit utan att mina föräldrar vet?', age: 14 },
    { text: 'jag är 16 år. måste mina föräldrar veta?', age: 16 },
  ],
  en: [
    { text: 'can I go without my parents knowing', age: undefined },
    { text: "I'm 14, can I go without my parents knowing?", age: 14 },
    { text: 'I am 15. Do my parents have to know?', age: 15 },
  ],
} as const;

const cases = (['sv', 'en'] as const).flatMap((language) =>
  QUESTIONS[language].map((q) => ({ language, ...q })),
);

describe('a young person asking what they can do without their parents knowing', () => {
  it.each(cases)(
    'gets an honest answer for their age ($language: $text)',
    ({ language, text, age }) => {
      const turn = ask(language, text);
      const answer = said(turn);
      expect(turn.state.role).toBe('young');
      expect(turn.replies.some((r) => r.type === 'crisis')).toBe(false);
      for (const part of ALWAYS[language]) expect(answer).toContain(part);
      const under = language === 'sv' ? 'innan du fyller 15' : 'before you turn 15';
      const over = language === 'sv' ? 'eftersom du är 15 eller äldre' : 'as you are 15 or older';
      if (age === undefined) {
        expect(answer).not.toContain(under);
        expect(answer).not.toContain(over);
        expect(answer).toContain(language === 'sv' ? 'från 15 år' : 'from 15');
      } else if (age < AGE_OF_INDEPENDENT_CONSENT) {
        expect(answer).toContain(under);
        expect(answer).not.toContain(over);
      } else {
        expect(answer).toContain(over);
        expect(answer).not.toContain(under);
      }
      // Honest about what is not secret: adults who work with children must tell social services.
      expect(answer).toContain(
        language === 'sv' ? 'måste hen säga till socialtjänsten' : 'they must tell social services',
      );
      expect(turn.replies.at(-1)!.suggestedActions?.length).toBeGreaterThan(0);
    },
  );

  it.each(['sv', 'en'] as const)(
    'is short: a few lines a teenager can read on a phone (%s)',
    (language) => {
      for (const age of [undefined, 13, 14, 15, 17]) {
        const text = stringsFor(language).ownRights(age);
        const lines = text.split('\n');
        expect(lines.length).toBeLessThanOrEqual(6);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(260);
        expect(text).not.toMatch(/vårdnadshavar|guardian/i);
      }
    },
  );

  it.each(['sv', 'en'] as const)(
    'does not offer the youth clinic past its age limit (%s)',
    (language) => {
      const s = stringsFor(language);
      expect(s.ownRights(22)).toMatch(/Ungdomsmottagningen|Youth clinic/);
      expect(s.ownRights(23)).not.toMatch(/Ungdomsmottagningen|Youth clinic/);
    },
  );
});
