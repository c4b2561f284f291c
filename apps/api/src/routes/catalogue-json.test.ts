import {
  matchServices,
  stockholmCatalogue,
  type MatchResult,
  type ServiceAvailability,
} from '@lotsen/catalogue';
import type { LocalizedText } from '@lotsen/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueJson } from './catalogue-json.js';
import { inLanguage, type AnswerLanguage } from './language.js';
import { MatchAnswerOut } from './schemas.js';

const catalogue = stockholmCatalogue();
const json = catalogueJson(catalogue);
const districtIds = catalogue.districts.map((d) => d.id);
const supportNeeds = catalogue.needs.needs.filter((n) => n.kind === 'support').map((n) => n.id);

/** Reasons or notices with their texts in `language`. */
const explained = (
  list: readonly { code: string; text: LocalizedText }[],
  language: AnswerLanguage,
) => list.map((r) => ({ code: r.code, text: inLanguage(r.text, language) }));

/**
 * A result as the schema documents it: compact, its texts in `language`, with whole records (in both
 * languages) only when expanded.
 */
function documented(r: MatchResult, expand: readonly string[], language: AnswerLanguage) {
  const { howTo, ...contact } = r.service.contact;
  return {
    rank: r.rank,
    serviceId: r.service.id,
    name: inLanguage(r.service.name, language),
    kind: r.service.kind,
    providerId: r.provider.id,
    providerName: inLanguage(r.provider.name, language),
    ages: r.service.ages,
    locality: r.locality,
    venueDistrictId: r.service.venueDistrictId,
    accessRoutes: r.service.accessRoutes,
    fit: r.fit,
    forParent: r.forParent,
    contact: howTo ? { ...contact, howTo: inLanguage(howTo, language) } : contact,
    availability: r.availability,
    reasons: explained(r.reasons, language),
    service: expand.includes('service') ? r.service : undefined,
    provider: expand.includes('provider') ? r.provider : undefined,
  };
}

describe('catalogueJson().matchAnswer', () => {
  it('writes exactly what the schema encodes, in each language, with the places and start dates of planned groups', () => {
    // Places and next starts as the coordination team's cohorts give them, for any services.
    const availability = fc
      .uniqueArray(
        fc.tuple(
          fc.constantFrom(...catalogue.services.map((s) => s.id)),
          fc.record(
            {
              placesLeft: fc.integer({ min: 0, max: 12 }),
              nextStart: fc.constantFrom('2026-09-01', '2027-01-15'),
            },
            { requiredKeys: ['placesLeft'] },
          ),
        ),
        { selector: ([id]) => id, maxLength: 80 },
      )
      .map((entries) => new Map<string, ServiceAvailability>(entries));
    fc.assert(
      fc.property(
        fc.record({
          age: fc.integer({ min: 0, max: 25 }),
          districtId: fc.constantFrom(...districtIds),
          needs: fc.uniqueArray(fc.constantFrom(...supportNeeds), { minLength: 1, maxLength: 3 }),
          recentViolence: fc.boolean(),
        }),
        availability,
        fc.subarray(['service', 'provider'] as const),
        fc.constantFrom(undefined, 'sv' as const, 'en' as const),
        (query, places, expand, language) => {
          const answer = matchServices(catalogue, { ...query, limit: 20 }, places);
          if (!answer.ok) throw answer.error;
          const written = JSON.parse(
            json.matchAnswer(answer.value, expand, language).toString('utf8'),
          );
          const expected = JSON.parse(
            JSON.stringify(
              MatchAnswerOut.encode({
                results: answer.value.results.map((r) => documented(r, expand, language)),
                notices: explained(answer.value.notices, language),
                eligibleCount: answer.value.eligibleCount,
              }),
            ),
          );
          expect(written).toEqual(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('writes each compact result with the reasons of its own answer, as they change from one answer to the next', () => {
    // The same services come back with other reasons (another need, district, language or
    // violence flag) in answer after answer: what was written for one answer must never leak
    // into the next.
    const query = fc.record({
      age: fc.integer({ min: 0, max: 20 }),
      districtId: fc.constantFrom(...districtIds),
      needs: fc.uniqueArray(fc.constantFrom(...supportNeeds), { minLength: 1, maxLength: 2 }),
      recentViolence: fc.boolean(),
      language: fc.constantFrom(undefined, 'ar', 'so', 'fi'),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(query, fc.constantFrom(undefined, 'sv' as const, 'en' as const)), {
          minLength: 2,
          maxLength: 6,
        }),
        (answers) => {
          for (const [{ language: spoken, ...asked }, language] of answers) {
            const answer = matchServices(catalogue, {
              ...asked,
              ...(spoken ? { language: spoken } : {}),
              limit: 30,
            });
            if (!answer.ok) throw answer.error;
            const written = JSON.parse(
              json.matchAnswer(answer.value, undefined, language).toString('utf8'),
            );
            expect(written.results.map((r: { reasons: unknown }) => r.reasons)).toEqual(
              answer.value.results.map((r) => explained(r.reasons, language)),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
