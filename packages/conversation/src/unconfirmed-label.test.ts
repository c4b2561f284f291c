import { matchServices, stockholmCatalogue, type MatchResult } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { resultCard } from './cards.js';
import { DEFAULT_CONVERSATION_CONFIG } from './config.js';
import { stringsFor } from './strings.js';

// Parent views say when an offer is known only from a survey and nobody has confirmed it (issue 16).

const catalogue = stockholmCatalogue();
const context = { catalogue, config: DEFAULT_CONVERSATION_CONFIG, districtId: 'farsta' };

function firstResult(): MatchResult {
  const answer = matchServices(catalogue, {
    age: 10,
    districtId: 'farsta',
    needs: ['parental-substance-abuse'],
  });
  if (!answer.ok || answer.value.results.length === 0) throw new Error('no result');
  return answer.value.results[0]!;
}

describe('an unconfirmed offer on a parent card', () => {
  it('is labelled with the survey year in Swedish and English', () => {
    const result = firstResult();
    const year = Math.max(...result.service.sources.flatMap((s) => (s.year ? [s.year] : [])));
    const sv = resultCard(result, 'sv', 'parent', stringsFor('sv'), context);
    expect(sv.text).toContain(
      `Uppgiften kommer från en kartläggning ${year} och har inte bekräftats.`,
    );
    const en = resultCard(result, 'en', 'young', stringsFor('en'), context);
    expect(en.text).toContain(`This comes from a survey in ${year} and has not been confirmed.`);
  });

  it('is not labelled once confirmed, nor on a staff card', () => {
    const result = firstResult();
    const confirmed = { ...result, service: { ...result.service, verifiedOn: '2026-11-30' } };
    expect(resultCard(confirmed, 'sv', 'parent', stringsFor('sv'), context).text).not.toContain(
      'kartläggning',
    );
    expect(resultCard(result, 'sv', 'staff', stringsFor('sv'), context).text ?? '').not.toContain(
      'har inte bekräftats',
    );
  });
});

describe('a staff card', () => {
  it('says when the entry was confirmed, or that it never was', () => {
    const result = firstResult();
    const fact = (r: MatchResult) =>
      resultCard(r, 'sv', 'staff', stringsFor('sv'), context).facts.find(
        (f) => f.label === 'Bekräftad',
      )?.value;
    expect(fact(result)).toMatch(/^Aldrig – uppgiften kommer från en kartläggning/);
    expect(fact({ ...result, service: { ...result.service, verifiedOn: '2026-11-30' } })).toBe(
      '2026-11-30',
    );
  });
});
