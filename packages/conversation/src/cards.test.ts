import { findJargon, matchServices, stockholmCatalogue, type MatchResult } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { resultCard } from './cards.js';
import { DEFAULT_CONVERSATION_CONFIG } from './config.js';
import type { Card, ChatLanguage } from './messages.js';
import { stringsFor } from './strings.js';

// Parent and youth cards over the whole catalogue (issue 14): everyday words, and always a way to
// get in touch. Staff cards may keep the legal basis.

const catalogue = stockholmCatalogue();

/** Every result the catalogue gives, for every need and district, for a young child and a teen. */
function everyResult(): MatchResult[] {
  const seen = new Map<string, MatchResult>();
  for (const district of catalogue.districts) {
    for (const need of catalogue.needs.needs) {
      for (const age of [7, 16]) {
        const answer = matchServices(catalogue, {
          age,
          districtId: district.id,
          needs: [need.id],
        });
        if (!answer.ok) throw new Error(answer.error.message);
        for (const r of answer.value.results) {
          const key = `${r.service.id}|${r.reasons.map((x) => x.code).join(',')}`;
          if (!seen.has(key)) seen.set(key, r);
        }
      }
    }
  }
  return [...seen.values()];
}

// Everything a parent or young person reads on a card, its details behind "more" included: the
// text there is the service's plain summary (or a description already in plain words).
const everything = (card: Card) =>
  [card.title, card.subtitle, card.contact, card.more, card.text, ...card.reasons]
    .concat(card.facts.flatMap((f) => [f.label, f.value]))
    .concat(card.buttons.map((b) => b.title))
    .filter((x): x is string => !!x);

describe('result cards for parents and young people', () => {
  const results = everyResult();

  it('covers the catalogue', () => {
    expect(new Set(results.map((r) => r.service.id)).size).toBeGreaterThan(50);
  });

  it.each<[ChatLanguage, 'parent' | 'young']>([
    ['sv', 'parent'],
    ['sv', 'young'],
    ['en', 'parent'],
    ['en', 'young'],
  ])('speak without jargon and always say how to get in touch (%s, %s)', (language, role) => {
    const s = stringsFor(language);
    for (const result of results) {
      const context = {
        catalogue,
        config: DEFAULT_CONVERSATION_CONFIG,
        districtId: result.service.venueDistrictId ?? 'skarholmen',
      };
      const card = resultCard(result, language, role, s, context);
      for (const text of everything(card)) {
        expect(findJargon(text, language), `${result.service.id}: "${text}"`).toEqual([]);
      }
      // How to get in touch: a number to call or an address, always in view.
      expect(card.contact, result.service.id).toMatch(/\d{2,}[\d -]*\d|https?:\/\//);
      expect(card.more).toBeTruthy();
    }
  });

  it('fall back to the city’s own route, with its source, where the catalogue has no contact', () => {
    const bare = results.find(
      (r) =>
        !r.service.contact.phone &&
        !r.service.contact.url &&
        !r.provider.phone &&
        !r.provider.website,
    )!;
    const card = resultCard(bare, 'sv', 'parent', stringsFor('sv'), {
      catalogue,
      config: DEFAULT_CONVERSATION_CONFIG,
      districtId: 'skarholmen',
    });
    expect(card.contact).toContain('08-508 000 00');
    expect(card.contact).toContain('socialtjänsten i Skärholmen');
    expect(card.contact).toContain('källa: start.stockholm/kontakta-oss');
  });

  it('use the provider’s contact before the city’s', () => {
    const viaProvider = results.find(
      (r) => !r.service.contact.phone && !r.service.contact.url && r.provider.website,
    );
    expect(viaProvider).toBeDefined();
    const card = resultCard(viaProvider!, 'sv', 'parent', stringsFor('sv'), {
      catalogue,
      config: DEFAULT_CONVERSATION_CONFIG,
    });
    expect(card.contact).toContain(viaProvider!.provider.website!);
    expect(card.contact).not.toContain('08-508 000 00');
  });

  it('say an age band inferred from the name or kind as an inference, for staff and families', () => {
    const inferred = results.filter((r) => r.service.agesInferred);
    expect(inferred.length).toBeGreaterThan(3);
    const context = { catalogue, config: DEFAULT_CONVERSATION_CONFIG };
    for (const result of inferred) {
      const { band, from } = result.service.agesInferred!;
      const ages = (language: ChatLanguage, role: 'staff' | 'parent') =>
        resultCard(result, language, role, stringsFor(language), context).facts.find(
          (f) => f.label === stringsFor(language).facts.ages,
        )!.value;
      const span = band.max >= 120 ? `${band.min}` : `${band.min}–${band.max}`;
      for (const role of ['staff', 'parent'] as const) {
        expect(ages('sv', role), result.service.id).toMatch(
          new RegExp(`^troligen ${span}.* \\(av `),
        );
        expect(ages('en', role), result.service.id).toMatch(new RegExp(`^probably ${span}.* \\(`));
        expect(ages('sv', role)).not.toContain('Anges inte');
      }
      if (from === 'kind') expect(ages('sv', 'staff')).toContain('av att det är en tonårsgrupp');
    }
    const teen = inferred.find(
      (r) => r.service.agesInferred!.from === 'name' && r.service.kind === 'teen_group',
    )!;
    expect(resultCard(teen, 'sv', 'staff', stringsFor('sv'), context).facts[0]).toEqual({
      label: 'Ålder',
      value: 'troligen 13–19 år (av gruppens namn)',
    });
    expect(resultCard(teen, 'en', 'staff', stringsFor('en'), context).facts[0]!.value).toBe(
      "probably 13–19 (from the group's name)",
    );
  });

  it('keep the legal basis for staff', () => {
    const aid = results.find((r) => r.reasons.some((x) => x.code === 'access_aid_decision'));
    expect(aid).toBeDefined();
    const card = resultCard(aid!, 'sv', 'staff', stringsFor('sv'), {
      catalogue,
      config: DEFAULT_CONVERSATION_CONFIG,
    });
    expect(card.reasons.join(' ')).toContain('SoL 4 kap. 1 §');
    expect(card.contact).toBeUndefined();
  });
});
