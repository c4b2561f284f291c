import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchServices } from './match.js';
import { FAMILY_JARGON, familySummary, findJargon } from './plain-language.js';
import { stockholmCatalogue } from './stockholm.js';

const catalogue = stockholmCatalogue();
const LANGUAGES = ['sv', 'en'] as const;

/** Every service some match shows a parent or young person: any district, need and age. */
function shownToFamilies(): Set<string> {
  const shown = new Set<string>();
  for (const district of catalogue.districts) {
    for (const need of catalogue.needs.needs) {
      for (const age of [0, 3, 7, 10, 13, 16, 19, 25]) {
        const answer = matchServices(catalogue, {
          age,
          districtId: district.id,
          needs: [need.id],
          limit: 200,
        });
        if (answer.ok) for (const r of answer.value.results) shown.add(r.service.id);
      }
    }
  }
  return shown;
}

describe('plain summaries for families (issue 14)', () => {
  it('carry no jargon, in one or two short sentences', () => {
    const summarised = catalogue.services.filter((s) => s.plainSummary);
    expect(summarised.length).toBeGreaterThan(100);
    for (const service of summarised) {
      for (const language of LANGUAGES) {
        const text = service.plainSummary![language];
        expect(findJargon(text, language), `${service.id} (${language}): ${text}`).toEqual([]);
        // A sentence ends in a full stop, question or exclamation mark followed by a space or the end.
        const sentences = text.split(/[.!?](?:\s|$)/).filter((x) => x.trim() !== '');
        expect(sentences.length, `${service.id} (${language})`).toBeLessThanOrEqual(2);
        // Shown whole on a card (cards shorten text past 280 characters).
        expect(text.length, `${service.id} (${language})`).toBeLessThanOrEqual(280);
      }
    }
  });

  it('exist for every service a family can be shown whose description is not plain', () => {
    const shown = shownToFamilies();
    expect(shown.size).toBeGreaterThan(200);
    const notPlain = catalogue.services
      .filter((s) => shown.has(s.id))
      .flatMap((s) =>
        LANGUAGES.flatMap((language) => {
          const jargon = findJargon(familySummary(s, language), language);
          return jargon.length > 0 ? [`${s.id} (${language}): ${jargon.join(', ')}`] : [];
        }),
      );
    expect(notPlain).toEqual([]);
  });

  it('are what families read; the description stays for staff', () => {
    const service = catalogue.service('spanga-tensta-gruppverksamhet-bmm-bvc')!;
    expect(findJargon(service.description.sv, 'sv')).not.toEqual([]);
    expect(familySummary(service, 'sv')).toBe(service.plainSummary!.sv);
    expect(familySummary(service, 'en')).toBe(service.plainSummary!.en);
    const plain = catalogue.services.find((s) => !s.plainSummary)!;
    expect(familySummary(plain, 'sv')).toBe(plain.description.sv);
  });
});

describe('findJargon', () => {
  it('finds the report’s and the social services’ terms, inside compounds too', () => {
    expect(findJargon('Ges som biståndsbedömd insats enligt SoL 4 kap. 1 §', 'sv')).toEqual(
      expect.arrayContaining([FAMILY_JARGON.sv[0]!.source]),
    );
    expect(findJargon('Rapporten säger inte vilka barn', 'sv')).not.toEqual([]);
    expect(findJargon('Anges inte i källan', 'sv')).not.toEqual([]);
    expect(
      findJargon('Granted as aid after an investigation; the report does not say', 'en'),
    ).toHaveLength(2);
  });

  it('lets plain words through, and names such as Källan', () => {
    expect(
      findJargon('Stödgrupper vid Källan för barn som har en förälder som är psykiskt sjuk', 'sv'),
    ).toEqual([]);
    expect(findJargon('She said the group is free; ask the provider about ages', 'en')).toEqual([]);
    expect(findJargon('Ni kan höra av er direkt, utan remiss', 'sv')).toEqual([]);
  });

  it('finds a jargon term wherever it stands in a text', () => {
    const terms = {
      sv: ['biståndsbeslut', 'öppenvården', 'målgruppen'],
      en: ['open care', 'target group', 'aid'],
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGUAGES),
        fc.nat(2),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', ',') }),
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', ',') }),
        (language, i, before, after) => {
          const text = `${before} ${terms[language][i]!} ${after}`;
          expect(findJargon(text, language)).not.toEqual([]);
        },
      ),
    );
  });
});
