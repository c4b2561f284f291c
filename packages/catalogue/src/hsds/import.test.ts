import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccessRouteSchema,
  STANDARD_NEEDS,
  ServiceKindSchema,
  type LocalizedText,
  type ServiceInput,
  LANGUAGE_CODE_PATTERN,
} from '@lotsen/domain';
import { hsdsValidators, reference } from '@lotsen/test-support';
import { z } from 'zod';
import { createCatalogue, type Catalogue } from '../catalogue.js';
import { stockholmCatalogueData } from '../stockholm-data.js';
import { toHsds } from './export.js';
import { hsdsFixtureCatalogue, hsdsFixtureData } from './fixture.test-support.js';
import { fromHsds } from './import.js';

/** Export, serialise as JSON (as a real consumer would), import, and build the catalogue again. */
function roundTrip(catalogue: Catalogue) {
  const imported = fromHsds(JSON.parse(JSON.stringify(toHsds(catalogue))));
  if (!imported.ok) throw new Error(`Import failed: ${imported.error.message}`);
  const rebuilt = createCatalogue(imported.value);
  if (!rebuilt.ok) throw new Error(`Rebuild failed: ${rebuilt.error.message}`);
  return { data: imported.value, catalogue: rebuilt.value };
}

/** A deep copy of the synthetic export as plain JSON, for breaking on purpose with the helpers below. */
function fixtureDocument(): unknown {
  return JSON.parse(JSON.stringify(toHsds(hsdsFixtureCatalogue()))) as unknown;
}

type JsonObject = Record<string, unknown>;

/** The value at a dot path (`services.0.name`), the same notation as the issue paths. */
function get(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as JsonObject)[key], doc);
}

function parentOf(doc: unknown, path: string): { parent: JsonObject; key: string } {
  const keys = path.split('.');
  const key = keys.pop()!;
  return { parent: (keys.length > 0 ? get(doc, keys.join('.')) : doc) as JsonObject, key };
}

function set(doc: unknown, path: string, value: unknown): void {
  const { parent, key } = parentOf(doc, path);
  parent[key] = value;
}

function unset(doc: unknown, path: string): void {
  const { parent, key } = parentOf(doc, path);

  delete parent[key];
}

function push(doc: unknown, path: string, value: unknown): void {
  (get(doc, path) as unknown[]).push(value);
}

function issuesOf(document: unknown) {
  const result = fromHsds(document);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('INVALID_DATA');
  expect(result.error.name).toBe('CatalogueError');
  return result.error.issues;
}

describe('fromHsds round trip', () => {
  it('gives back the synthetic catalogue exactly (every field variant)', () => {
    const catalogue = hsdsFixtureCatalogue();
    const { data, catalogue: rebuilt } = roundTrip(catalogue);
    expect(data).toStrictEqual(catalogue.toData());
    expect(rebuilt.toData()).toStrictEqual(catalogue.toData());
    expect(data.extraNeeds.map((n) => n.id)).toEqual(['gaming-concern', 'gaming-money']);
  });

  it('gives back the Stockholm catalogue exactly', () => {
    const built = createCatalogue(stockholmCatalogueData());
    if (!built.ok)
      throw new Error(`The Stockholm data is invalid (see data.test.ts): ${built.error.message}`);
    const catalogue = built.value;
    expect(roundTrip(catalogue).catalogue.toData()).toStrictEqual(catalogue.toData());
  });

  it('works on the document object itself, not only on parsed JSON', () => {
    const catalogue = hsdsFixtureCatalogue();
    const imported = fromHsds(toHsds(catalogue));
    expect(imported.ok && imported.value).toStrictEqual(catalogue.toData());
  });

  it('ignores what other HSDS tools add: unknown properties and attributes of other taxonomies', () => {
    const doc = fixtureDocument();
    const otherTerm = {
      id: '0bc248fa-dc27-4650-9ba4-8f1a24ef16a2',
      name: 'Barn',
      description: 'Barn och unga',
      taxonomy: 'annan-taxonomi',
    };
    push(doc, 'taxonomy_terms', otherTerm);
    push(doc, 'services.0.attributes', {
      id: '3f7b145d-84af-42d7-8fae-eaca714b02b2',
      taxonomy_term_id: otherTerm.id,
    });
    set(doc, 'services.0.interpretation_services', 'Tolk finns');
    set(doc, 'organizations.0.email', 'info@example.se');
    const imported = fromHsds(doc);
    expect(imported.ok && imported.value).toStrictEqual(hsdsFixtureCatalogue().toData());
  });

  it('reads a single HSDS schedule COUNT as a fixed number of meetings when the extension lacks it', () => {
    const doc = fixtureDocument();
    unset(doc, 'services.2.schedules.0.x_lotsen.session_count');
    set(doc, 'services.2.schedules.0.count', 8);
    const imported = fromHsds(doc);
    expect(imported.ok && imported.value.services[2]?.sessions.count).toEqual({ min: 8, max: 8 });
  });
});

describe('fromHsds on a broken document', () => {
  it('refuses what is not a document', () => {
    for (const value of [null, 'text', [], 42]) expect(issuesOf(value)[0]?.path).toBe('');
  });

  it('reports HSDS violations with their paths: no name, a bad status, an id that is no UUID', () => {
    const doc = fixtureDocument();
    unset(doc, 'services.0.name');
    set(doc, 'services.0.status', 'open');
    set(doc, 'services.0.id', 'not-a-uuid');
    expect(
      issuesOf(doc)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['services.0.id', 'services.0.name', 'services.0.status']);
  });

  it('asks for the English text of every Swedish field, and the other way round', () => {
    const doc = fixtureDocument();
    unset(doc, 'services.0.x_lotsen.en.eligibility_description');
    unset(doc, 'services.0.fees_description');
    unset(doc, 'services.0.schedules.0.x_lotsen.en.notes');
    expect(issuesOf(doc)).toEqual([
      {
        path: 'services.0.x_lotsen.en.eligibility_description',
        message: 'English text is required',
      },
      { path: 'services.0.fees_description', message: 'Swedish text is required' },
      { path: 'services.0.schedules.0.x_lotsen.en.notes', message: 'English text is required' },
    ]);
  });

  it('reports links it cannot follow: organization, taxonomy term, location', () => {
    const doc = fixtureDocument();
    set(doc, 'services.0.organization_id', '00000000-0000-4000-8000-000000000000');
    set(doc, 'services.0.attributes.1.taxonomy_term_id', '00000000-0000-4000-8000-000000000001');
    unset(doc, 'services.0.attributes.1.taxonomy_term');
    unset(doc, 'services.0.service_at_locations.0.location');
    set(
      doc,
      'services.0.service_at_locations.0.location_id',
      '00000000-0000-4000-8000-000000000002',
    );
    expect(issuesOf(doc).map((i) => i.path)).toEqual([
      'services.0.organization_id',
      'services.0.service_at_locations.0.location_id',
      'services.0.attributes.1.taxonomy_term_id',
    ]);
  });

  it('locates catalogue-level problems in the document: an unknown district, a repeated id', () => {
    const doc = fixtureDocument();
    set(doc, 'services.0.service_areas.1.x_lotsen.district_id', 'atlantis');
    set(doc, 'services.3.x_lotsen.id', get(doc, 'services.4.x_lotsen.id'));
    const paths = issuesOf(doc).map((i) => i.path);
    expect(paths).toEqual(['services.4.x_lotsen.id']);
    // Duplicates are found before references; fix it and the district shows up.
    set(doc, 'services.3.x_lotsen.id', 'minimal');
    expect(issuesOf(doc)).toEqual([
      {
        path: 'services.0.service_areas.1.x_lotsen.district_id',
        message: 'Unknown district "atlantis" (catalogue field services.0.catchment.districtIds.1)',
      },
    ]);
  });

  it('refuses a confidential venue that carries an address', () => {
    const doc = fixtureDocument();
    set(doc, 'services.1.service_at_locations.0.location.addresses', [
      { id: '74706e5c-0000-4000-8000-000000000000', address_1: 'Gatan 1' },
    ]);
    expect(issuesOf(doc)).toEqual([
      {
        path: 'services.1.service_at_locations.0.location',
        message: 'A confidential location must not carry an address or coordinates',
      },
    ]);
  });

  it('refuses half an age band, ages both "unknown" and given, and a city area mixed with districts', () => {
    const doc = fixtureDocument();
    unset(doc, 'services.0.maximum_age');
    set(doc, 'services.1.minimum_age', 4);
    set(doc, 'services.1.maximum_age', 9);
    push(doc, 'services.3.service_areas', get(doc, 'services.1.service_areas.0'));
    expect(issuesOf(doc).map((i) => i.path)).toEqual([
      'services.0.maximum_age',
      'services.1.x_lotsen.ages',
      'services.3.service_areas',
    ]);
  });

  it('refuses a service with no need', () => {
    const doc = fixtureDocument();
    set(doc, 'services.3.attributes', []);
    expect(issuesOf(doc)).toEqual([
      {
        path: 'services.3.attributes',
        message: 'Link at least one term of the "lotsen-needs" taxonomy',
      },
    ]);
  });

  it('refuses an extra need whose parent is missing', () => {
    const doc = fixtureDocument();
    const index = (get(doc, 'taxonomy_terms') as { code: string }[]).findIndex(
      (t) => t.code === 'gaming-money',
    );
    set(doc, `taxonomy_terms.${index}.parent_id`, '00000000-0000-4000-8000-000000000003');
    expect(issuesOf(doc)).toEqual([
      {
        path: `taxonomy_terms.${index}.parent_id`,
        message: 'Unknown parent term "00000000-0000-4000-8000-000000000003"',
      },
    ]);
  });

  it('refuses a document without the Lotsen extension', () => {
    const doc = fixtureDocument();
    unset(doc, 'x_lotsen');
    unset(doc, 'services.0.x_lotsen');
    expect(issuesOf(doc).map((i) => i.path)).toEqual(['services.0.x_lotsen', 'x_lotsen']);
  });
});

// Property tests: any valid service survives export and import, and its export is valid HSDS (the
// official schemas are a reference input from outside the repository; where they are missing, that
// test is skipped and the run says so).
describe('fromHsds(toHsds(catalogue)) on generated services', () => {
  const fixture = hsdsFixtureData();
  const officialSchemas = reference('hsdsSchema');
  const validators = hsdsValidators();
  const supportNeeds = [
    ...STANDARD_NEEDS.filter((n) => n.kind === 'support').map((n) => n.id),
    'gaming-money',
  ];
  const districtIds = fixture.districts.map((d) => d.id);

  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const localized: fc.Arbitrary<LocalizedText> = fc.record({ sv: text, en: text });
  const band = fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }))
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
  const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?$/);
  const email = fc
    .tuple(fc.stringMatching(/^[a-z0-9]+([._+-][a-z0-9]+)*$/), label)
    .map(([l, d]) => `${l}@${d}.se`);
  const url = fc
    .oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.webUrl(), text).map(([u, t]) => `${u}/${t}`),
    )
    .filter((u) => z.url().safeParse(u).success);

  const service = (id: string): fc.Arbitrary<ServiceInput> =>
    fc.record(
      {
        id: fc.constant(id),
        providerId: fc.constantFrom(...fixture.providers.map((p) => p.id)),
        name: localized,
        description: localized,
        kind: fc.constantFrom(...ServiceKindSchema.options),
        needs: fc.uniqueArray(fc.constantFrom(...supportNeeds), { minLength: 1, maxLength: 4 }),
        ages: fc.oneof(fc.constant('unknown' as const), band),
        participants: fc.uniqueArray(
          fc.constantFrom('child' as const, 'parent' as const, 'young_adult' as const),
          {
            minLength: 1,
          },
        ),
        accessRoutes: fc.uniqueArray(fc.constantFrom(...AccessRouteSchema.options), {
          minLength: 1,
        }),
        catchment: fc.oneof(
          fc
            .uniqueArray(fc.constantFrom(...districtIds), { minLength: 1 })
            .map((ids) => ({ kind: 'districts' as const, districtIds: ids })),
          fc.constant({ kind: 'city' as const }),
          fc.constant({ kind: 'county' as const }),
        ),
        sessions: fc.record(
          {
            count: band.filter((b) => b.min > 0),
            cap: fc.integer({ min: 1, max: 50 }),
            note: localized,
          },
          { requiredKeys: [] },
        ),
        languages: fc.uniqueArray(fc.stringMatching(LANGUAGE_CODE_PATTERN), { maxLength: 4 }),
        cost: fc.record(
          {
            kind: fc.constantFrom('free' as const, 'fee' as const, 'unknown' as const),
            note: localized,
          },
          { requiredKeys: ['kind'] },
        ),
        contact: fc.record(
          { phone: fc.string({ minLength: 3, maxLength: 20 }), email, url, howTo: localized },
          { requiredKeys: [] },
        ),
        venueDistrictId: fc.constantFrom(...districtIds),
        confidentialLocation: fc.boolean(),
        method: fc.string({ minLength: 1, maxLength: 10 }),
        eligibilityNote: localized,
        status: fc.constantFrom(
          'active' as const,
          'inactive' as const,
          'defunct' as const,
          'temporarily_closed' as const,
        ),
        sources: fc.constant(fixture.services[0]!.sources),
      },
      {
        requiredKeys: [
          'id',
          'providerId',
          'name',
          'description',
          'kind',
          'needs',
          'ages',
          'participants',
          'accessRoutes',
          'catchment',
          'languages',
          'cost',
          'sources',
        ],
      },
    );

  const services = fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => service(`generated-${i}`))));

  const catalogues = services.map((generated) => {
    const built = createCatalogue({ ...fixture, services: generated });
    if (!built.ok) throw new Error(`Generated an invalid catalogue: ${built.error.message}`);
    return built.value;
  });

  it('round-trips through the Lotsen profile', () => {
    fc.assert(
      fc.property(catalogues, (catalogue) => {
        expect(roundTrip(catalogue).data).toStrictEqual(catalogue.toData());
      }),
      { numRuns: 150 },
    );
  });

  it.skipIf(!officialSchemas.present)('validates against the official HSDS schemas', () => {
    fc.assert(
      fc.property(catalogues, (catalogue) => {
        const doc = toHsds(catalogue);
        for (const s of doc.services) expect(validators.compiledService(s)).toEqual([]);
        for (const o of doc.organizations)
          expect(validators.object('organization.json', o)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
