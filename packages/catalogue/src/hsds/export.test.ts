import { describe, expect, it } from 'vitest';
import { createCatalogue, type Catalogue } from '../catalogue.js';
import { stockholmCatalogueData } from '../stockholm-data.js';
import { hsdsPage, toHsds, toHsdsService, toHsdsServiceListItem } from './export.js';
import { hsdsFixtureCatalogue } from './fixture.test-support.js';
import { hsdsId } from './ids.js';
import { hsdsValidators, reference, type SchemaErrors } from '@lotsen/test-support';
import { fromHsds } from './import.js';
import type { HsdsPublication, HsdsService } from './types.js';

// The official HSDS schemas are a reference input from outside the repository: the tests against
// them are skipped where they are missing (the run says so). The Lotsen profile, the project's own
// schema of the export (what fromHsds reads), is checked always.
const officialSchemas = reference('hsdsSchema');
const noOfficialSchemas = !officialSchemas.present;
const validators = hsdsValidators();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function stockholm(): Catalogue {
  const result = createCatalogue(stockholmCatalogueData());
  if (!result.ok)
    throw new Error(`The Stockholm data is invalid (see data.test.ts): ${result.error.message}`);
  return result.value;
}

/** Every schema error in a publication, each with where it is, so a failure names the record. */
function schemaErrors(doc: HsdsPublication): { at: string; errors: SchemaErrors }[] {
  const found: { at: string; errors: SchemaErrors }[] = [];
  const check = (at: string, errors: SchemaErrors) => {
    if (errors.length > 0) found.push({ at, errors });
  };
  doc.organizations.forEach((o, i) => {
    check(`organizations.${i}`, validators.object('organization.json', o));
    o.services.forEach((s, j) =>
      check(`organizations.${i}.services.${j}`, validators.serviceListItem(s)),
    );
  });
  doc.services.forEach((s, i) => {
    check(`services.${i} (service.json)`, validators.object('service.json', s));
    check(`services.${i} (service_with_definitions.json)`, validators.compiledService(s));
  });
  doc.locations.forEach((l, i) => check(`locations.${i}`, validators.object('location.json', l)));
  doc.service_at_locations.forEach((l, i) =>
    check(`service_at_locations.${i}`, validators.object('service_at_location.json', l)),
  );
  doc.taxonomies.forEach((t, i) => check(`taxonomies.${i}`, validators.object('taxonomy.json', t)));
  doc.taxonomy_terms.forEach((t, i) =>
    check(`taxonomy_terms.${i}`, validators.object('taxonomy_term.json', t)),
  );
  return found;
}

/** The ids of every object the document defines (not the copies nested for convenience). */
function definedIds(doc: HsdsPublication): string[] {
  const child = (s: HsdsService) => [
    ...s.phones,
    ...s.contacts,
    ...s.contacts.flatMap((c) => c.phones),
    ...s.schedules,
    ...s.service_areas,
    ...s.languages,
    ...s.cost_options,
    ...s.attributes,
  ];
  return [
    ...doc.organizations,
    ...doc.organizations.flatMap((o) => o.phones),
    ...doc.services,
    ...doc.services.flatMap(child),
    ...doc.locations,
    ...doc.service_at_locations,
    ...doc.taxonomies,
    ...doc.taxonomy_terms,
  ].map((o) => o.id);
}

describe.each([
  ['the synthetic catalogue', hsdsFixtureCatalogue],
  ['the Stockholm catalogue', stockholm],
])('toHsds on %s', (_, build) => {
  const catalogue = build();
  const doc = toHsds(catalogue);

  it.skipIf(noOfficialSchemas)(
    'validates against the official HSDS 3.0 schemas with zero errors',
    () => {
      expect(schemaErrors(doc)).toEqual([]);
    },
  );

  it('matches the Lotsen profile, the project’s own schema of the export, with no issues', () => {
    const read = fromHsds(JSON.parse(JSON.stringify(doc)));
    expect(read.ok ? [] : read.error.issues).toEqual([]);
  });

  it('lists each organization’s services as the one-to-one fields of its full services', () => {
    for (const o of doc.organizations) {
      for (const item of o.services) {
        const full = doc.services.find((s) => s.id === item.id)!;
        expect(full.organization_id).toBe(o.id);
        for (const [key, value] of Object.entries(item)) {
          expect((full as unknown as Record<string, unknown>)[key], key).toEqual(value);
        }
      }
    }
  });

  it('gives every object a unique RFC 4122 UUID', () => {
    const ids = definedIds(doc);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one organization per provider and one full service per service, in catalogue order', () => {
    expect(doc.organizations.map((o) => o.x_lotsen.id)).toEqual(
      catalogue.providers.map((p) => p.id),
    );
    expect(doc.services.map((s) => s.x_lotsen.id)).toEqual(catalogue.services.map((s) => s.id));
    expect(doc.organizations.flatMap((o) => o.services.map((s) => s.id)).sort()).toEqual(
      doc.services.map((s) => s.id).sort(),
    );
  });

  it('is the same document every time (stable ids, no timestamps)', () => {
    expect(JSON.stringify(toHsds(catalogue))).toBe(JSON.stringify(doc));
  });

  it('never exports a confidential venue with an address, coordinates or a shared location', () => {
    const linked = doc.services.flatMap((s) => s.service_at_locations.map((l) => ({ s, l })));
    for (const { s, l } of linked) {
      const location = doc.locations.find((x) => x.id === l.location_id);
      expect(location).toBeDefined();
      expect(l.location).toEqual(location);
      expect(location).not.toHaveProperty('addresses');
      expect(location).not.toHaveProperty('latitude');
      expect(location).not.toHaveProperty('longitude');
      if (s.x_lotsen.confidential_location) {
        expect(location!.x_lotsen.confidential).toBe(true);
        expect(location!.name).toBe('Skyddad adress');
        expect(linked.filter((x) => x.l.location_id === location!.id)).toHaveLength(1);
      }
    }
  });

  it('links every need attribute to a term of the lotsen-needs taxonomy', () => {
    const terms = new Map(doc.taxonomy_terms.map((t) => [t.id, t]));
    expect(doc.taxonomies.map((t) => t.name)).toEqual(['lotsen-needs']);
    for (const s of doc.services) {
      for (const a of s.attributes) {
        expect(terms.get(a.taxonomy_term_id)).toEqual(a.taxonomy_term);
        expect(a.taxonomy_term.taxonomy_id).toBe(doc.taxonomies[0]!.id);
        expect(a.link_id).toBe(s.id);
      }
    }
  });
});

describe('toHsds on the synthetic catalogue', () => {
  const catalogue = hsdsFixtureCatalogue();
  const doc = toHsds(catalogue);
  const service = (slug: string) => doc.services.find((s) => s.x_lotsen.id === slug)!;

  it('writes Swedish in the HSDS fields and English in x_lotsen.en', () => {
    const s = service('norr-barngrupp');
    expect(s).toMatchObject({
      name: 'Barngruppen Komet',
      eligibility_description: 'Barnet ska veta om förälderns missbruk.',
      fees_description: 'Ingen avgift.',
      application_process: 'Ring och boka ett första samtal.',
      x_lotsen: {
        en: {
          name: 'The Comet children’s group',
          eligibility_description: 'The child should know about the parent’s substance use.',
          fees_description: 'No fee.',
          application_process: 'Call to book a first talk.',
        },
      },
    });
    expect(s.languages.map((l) => [l.code, l.name])).toEqual([
      ['sv', 'svenska'],
      ['ar', 'arabiska'],
      ['fa', 'persiska'],
    ]);
  });

  it('names one service area per catchment district, or the city, or the county', () => {
    expect(service('norr-barngrupp').service_areas.map((a) => a.name)).toEqual(['Norr', 'Mitt']);
    expect(service('skyddad-grupp').service_areas.map((a) => [a.name, a.x_lotsen.area])).toEqual([
      ['Stockholms stad', 'city'],
    ]);
    expect(service('lan-radgivning').service_areas.map((a) => [a.name, a.x_lotsen.area])).toEqual([
      ['Stockholms län', 'county'],
    ]);
  });

  it('gives known ages as minimum_age/maximum_age and says "unknown" outright', () => {
    expect(service('norr-barngrupp')).toMatchObject({ minimum_age: 7, maximum_age: 12 });
    const unknown = service('skyddad-grupp');
    expect(unknown).not.toHaveProperty('minimum_age');
    expect(unknown).not.toHaveProperty('maximum_age');
    expect(unknown.x_lotsen.ages).toBe('unknown');
    expect(service('norr-barngrupp').x_lotsen).not.toHaveProperty('ages');
  });

  it('writes a schedule only when there are session facts, with COUNT only for a fixed number', () => {
    expect(service('norr-barngrupp').schedules).toMatchObject([
      {
        description: '12–15 träffar. Högst 20 tillfällen.',
        notes: 'Träffas på kvällstid.',
        x_lotsen: {
          session_count: { min: 12, max: 15 },
          session_cap: 20,
          en: { notes: 'Meets in the evening.' },
        },
      },
    ]);
    expect(service('norr-barngrupp').schedules[0]).not.toHaveProperty('count');
    expect(service('lan-radgivning').schedules).toMatchObject([
      { count: 1, description: '1 träff.' },
    ]);
    expect(service('minimal').schedules).toEqual([]);
  });

  it('writes free as a 0 SEK cost option, a fee without an amount, and nothing when unknown', () => {
    expect(service('norr-barngrupp').cost_options).toMatchObject([
      { option: 'Kostnadsfritt', amount: 0, currency: 'SEK' },
    ]);
    expect(service('lan-radgivning').cost_options).toMatchObject([{ option: 'Avgift' }]);
    expect(service('lan-radgivning').cost_options[0]).not.toHaveProperty('amount');
    expect(service('minimal').cost_options).toEqual([]);
  });

  it('maps the status "temporarily_closed" to HSDS "temporarily closed"', () => {
    expect(service('skyddad-grupp').status).toBe('temporarily closed');
  });

  it('shares one location per district venue and keeps a confidential venue apart', () => {
    expect(doc.locations.map((l) => [l.name, l.x_lotsen])).toEqual([
      ['Norr', expect.objectContaining({ district_id: 'norr', confidential: false })],
      ['Skyddad adress', expect.objectContaining({ district_id: 'syd', confidential: true })],
      ['Mitt', expect.objectContaining({ district_id: 'mitt', confidential: false })],
    ]);
    expect(service('lan-radgivning').service_at_locations).toEqual([]);
    expect(service('lan-radgivning').x_lotsen.confidential_location).toBe(true);
  });

  it('percent-encodes URLs that are not plain URIs and keeps the value as written', () => {
    const s = service('iri-tjanst');
    expect(s.url).toBe(
      'https://exempel.se/f%C3%B6r%C3%A4ldrast%C3%B6d?fr%C3%A5ga=ja%20och%20nej%7Ckanske#del%202',
    );
    expect(s.x_lotsen.url_as_written).toBe(
      'https://exempel.se/föräldrastöd?fråga=ja och nej|kanske#del 2',
    );
    expect(service('norr-barngrupp').x_lotsen).not.toHaveProperty('url_as_written');
  });

  it('puts the needs taxonomy, extra needs included, in taxonomy_terms with parents as UUIDs', () => {
    const gaming = doc.taxonomy_terms.find((t) => t.code === 'gaming-money')!;
    expect(gaming.parent_id).toBe(hsdsId('taxonomy_term', 'gaming-concern'));
    expect(doc.taxonomy_terms).toHaveLength(catalogue.needs.needs.length);
  });

  it('stamps generated_at and a custom profile only when asked', () => {
    expect(doc.x_lotsen).not.toHaveProperty('generated_at');
    const stamped = toHsds(catalogue, {
      generatedAt: '2026-11-23T12:00:00Z',
      profile: 'https://example.se/profile',
    });
    expect(stamped.x_lotsen.generated_at).toBe('2026-11-23T12:00:00Z');
    expect(stamped.profile).toBe('https://example.se/profile');
  });
});

describe('toHsdsService', () => {
  const catalogue = hsdsFixtureCatalogue();

  it('finds a service by slug or by HSDS UUID, nested as the compiled service schema expects', () => {
    const bySlug = toHsdsService(catalogue, 'norr-barngrupp');
    const byUuid = toHsdsService(catalogue, hsdsId('service', 'norr-barngrupp'));
    expect(bySlug.ok && byUuid.ok).toBe(true);
    if (!bySlug.ok || !byUuid.ok) return;
    expect(byUuid.value).toEqual(bySlug.value);
    expect(bySlug.value.organization.name).toBe('Norrs stadsdelsförvaltning');
    expect(bySlug.value.service_at_locations[0]?.location?.name).toBe('Norr');
    expect(bySlug.value).toEqual(toHsds(catalogue).services[0]);
  });

  it.skipIf(noOfficialSchemas)('is valid against the official compiled service schema', () => {
    const service = toHsdsService(catalogue, 'norr-barngrupp');
    expect(service.ok && validators.compiledService(service.value)).toEqual([]);
  });

  it('says NOT_FOUND for an unknown id', () => {
    const result = toHsdsService(catalogue, 'finns-inte');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_FOUND');
  });
});

describe('toHsdsServiceListItem', () => {
  const catalogue = hsdsFixtureCatalogue();
  const item = toHsdsServiceListItem(catalogue, catalogue.service('minimal')!);

  it('gives the one-to-one fields and the organization', () => {
    expect(item).not.toHaveProperty('phones');
    expect(item.organization.id).toBe(hsdsId('organization', 'sdf-syd'));
  });

  it.skipIf(noOfficialSchemas)('is valid as an official service_list item', () => {
    expect(validators.serviceListItem(item)).toEqual([]);
  });
});

describe('hsdsPage', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it.skipIf(noOfficialSchemas)(
    'uses exactly the Page properties of the HSDS openapi.json, plus contents',
    () => {
      const page = hsdsPage(items, 1, 2);
      expect(page.ok).toBe(true);
      if (page.ok)
        expect(Object.keys(page.value).sort()).toEqual(
          [...validators.pageProperties, 'contents'].sort(),
        );
    },
  );

  it('pages through a list', () => {
    expect(hsdsPage(items, 1, 2)).toEqual({
      ok: true,
      value: {
        total_items: 5,
        total_pages: 3,
        page_number: 1,
        size: 2,
        first_page: true,
        last_page: false,
        empty: false,
        contents: ['a', 'b'],
      },
    });
    expect(hsdsPage(items, 3, 2)).toMatchObject({
      value: { size: 1, first_page: false, last_page: true, contents: ['e'] },
    });
  });

  it('marks a page past the end, and an empty list, as empty', () => {
    expect(hsdsPage(items, 4, 2)).toMatchObject({
      value: { size: 0, last_page: true, empty: true, contents: [] },
    });
    expect(hsdsPage([], 1, 50)).toMatchObject({
      value: { total_items: 0, total_pages: 0, first_page: true, last_page: true, empty: true },
    });
  });

  it('refuses a page or page length that is not a positive whole number, with the parameter names', () => {
    const result = hsdsPage(items, 0, 1.5);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_QUERY');
      expect(result.error.issues.map((i) => i.path)).toEqual(['page', 'per_page']);
    }
  });

  it.skipIf(noOfficialSchemas)(
    'validates against the GET /services response schema of openapi.json with service list items',
    () => {
      const catalogue = hsdsFixtureCatalogue();
      const page = hsdsPage(
        catalogue.services.map((s) => toHsdsServiceListItem(catalogue, s)),
        1,
        2,
      );
      expect(page.ok).toBe(true);
      if (page.ok) expect(validators.servicesPage(page.value)).toEqual([]);
    },
  );

  it.skipIf(noOfficialSchemas)(
    'is caught by the envelope schema when a field has the wrong type',
    () => {
      expect(validators.servicesPage({ total_items: '5', contents: [{ id: 'x' }] })).not.toEqual(
        [],
      );
    },
  );
});
