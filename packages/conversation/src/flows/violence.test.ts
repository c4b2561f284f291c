import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_CONFIG } from '../config.js';
import type { TurnResult } from '../handle-turn.js';
import { converse } from './converse.test-support.js';
import { stringsFor } from '../strings.js';

const catalogue = stockholmCatalogue();
const GROUP_KINDS = new Set(['children_group', 'teen_group', 'parent_group', 'parallel_groups']);

const texts = (turn: TurnResult) =>
  turn.replies.flatMap((r) => (r.type === 'text' ? [r.text] : []));
const cards = (turn: TurnResult) => turn.replies.filter((r) => r.type === 'card');

/** The staff's question in steps, as a new social worker asks it, and the answers to the bot's questions. */
const ASKED = {
  sv: [
    ['Vart remitterar jag ett barn som bevittnat våld hemma?', '9', 'Farsta', 'svenska'],
    ['Barnet har sett våld i hemmet för några år sedan, vad finns?', '11', 'Södermalm', 'svenska'],
  ],
  en: [
    ['Where do I refer a child who witnessed violence at home?', '9', 'Farsta', 'Swedish'],
    ['A 10-year-old in Södermalm has seen violence at home, what is there?', 'Swedish'],
  ],
} as const;

const REPORTING = { sv: 'SoL 14 kap. 1 §', en: 'chapter 14, section 1' } as const;

describe('staff asking about a child who witnessed violence at home', () => {
  const cases = (['sv', 'en'] as const).flatMap((language) =>
    ASKED[language].map((steps) => ({ language, steps })),
  );

  it.each(cases)(
    'leads with individual crisis support, protection assessed by social services and the duty to report ($language: $steps.0)',
    ({ language, steps }) => {
      const s = stringsFor(language);
      const turns = converse('staff', language, steps);
      const first = texts(turns[0]!);
      const notice = first.findIndex((t) => t.includes(s.violenceFirst));
      expect(notice, first.join('\n')).toBeGreaterThan(-1);
      expect(first[notice]).toContain(REPORTING[language]);
      expect(first[notice]).toContain(DEFAULT_CONVERSATION_CONFIG.reportingDuty[language]);
      // It comes before the bot's next question, and is not repeated on later turns.
      expect(notice).toBeLessThan(first.length - 1);
      for (const turn of turns.slice(1)) {
        expect(texts(turn).join('\n')).not.toContain(s.violenceFirst);
      }
    },
  );

  it.each(cases)(
    'shows individual support before any group, and says why ($language: $steps.0)',
    ({ language, steps }) => {
      const s = stringsFor(language);
      const last = converse('staff', language, steps).at(-1)!;
      expect(cards(last).length).toBeGreaterThan(0);
      expect(texts(last).join('\n')).toContain(s.violenceResultsLead);
      const kinds = last.state.results!.serviceIds.map((id) => catalogue.service(id)!.kind);
      expect(kinds[0]).toBe('individual_talks');
      const firstGroup = kinds.findIndex((k) => GROUP_KINDS.has(k));
      const lastOther = kinds.findLastIndex((k) => !GROUP_KINDS.has(k));
      if (firstGroup >= 0) expect(firstGroup).toBeGreaterThan(lastOther);
    },
  );

  it.each(['sv', 'en'] as const)(
    'says it when the need is chosen with a button too (%s)',
    (language) => {
      const s = stringsFor(language);
      const turns = converse('staff', language, [
        language === 'sv' ? 'jag behöver hitta stöd' : 'I need to find support',
        { type: 'need', needId: 'domestic-violence-witnessed' },
      ]);
      expect(texts(turns[1]!).join('\n')).toContain(s.violenceFirst);
    },
  );

  it.each(['sv', 'en'] as const)(
    'a parent gets individual support first too, without the staff texts (%s)',
    (language) => {
      const s = stringsFor(language);
      const turns = converse('anonymous', language, [
        language === 'sv'
          ? 'Jag är mamma, min dotter är 9 och har sett våld hemma, vi bor i Farsta'
          : "I'm a mum, my daughter is 9 and has seen violence at home, we live in Farsta",
      ]);
      const said = turns.flatMap(texts).join('\n');
      expect(said).not.toContain(s.violenceFirst);
      expect(said).not.toContain(REPORTING[language]);
      const kinds = turns[0]!.state.results!.serviceIds.map((id) => catalogue.service(id)!.kind);
      expect(kinds[0]).toBe('individual_talks');
      expect(cards(turns[0]!).length).toBeGreaterThan(0);
    },
  );

  it('does not change a staff search for another need', () => {
    const turns = converse('staff', 'sv', ['10-åring i Farsta, pappa dricker', 'svenska']);
    const said = turns.flatMap(texts).join('\n');
    expect(said).not.toContain(stringsFor('sv').violenceFirst);
    expect(said).not.toContain(stringsFor('sv').violenceResultsLead);
  });
});
