import {
  matchServices,
  stockholmCatalogue,
  type MatchResult,
  type ServiceAvailability,
} from '@lotsen/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueJson } from './catalogue-json.js';
import { MatchAnswerOut } from './schemas.js';

const catalogue = stockholmCatalogue();
const json = catalogueJson(catalogue);
const districtIds = catalogue.districts.map((d) => d.id);
const supportNeeds = catalogue.needs.needs.filter((n) => n.kind === 'support').map((n) => n.id);

/** A result as the schema documents it: compact, with whole records only when expanded. */
function documented(r: MatchResult, expand: readonly string[]) {
  return {
    rank: r.rank,
    serviceId: r.service.id,
    name: r.service.name,
    kind: r.service.kind,
    providerId: r.provider.id,
    providerName: r.provider.name,
    ages: r.service.ages,
    locality: r.locality,
    venueDistrictId: r.service.venueDistrictId,
    accessRoutes: r.service.accessRoutes,
    contact: r.service.contact,
    availability: r.availability,
    reasons: r.reasons,
    service: expand.includes('service') ? r.service : undefined,
    provider: expand.includes('provider') ? r.provider : undefined,
  };
}

describe('catalogueJson().matchAnswer', () => {
  it('writes exactly what the schema encodes, with the places and start dates of planned groups', () => {
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
        (query, places, expand) => {
          const answer = matchServices(catalogue, { ...query, limit: 20 }, places);
          if (!answer.ok) throw answer.error;
          const written = JSON.parse(json.matchAnswer(answer.value, expand).toString('utf8'));
          const expected = JSON.parse(
            JSON.stringify(
              MatchAnswerOut.encode({
                results: answer.value.results.map((r) => documented(r, expand)),
                notices: answer.value.notices,
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
});
