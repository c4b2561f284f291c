import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { matchServices, stockholmCatalogue } from '@lotsen/catalogue';
import fc from 'fast-check';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import {
  MatchAnswerOut,
  ProviderOut,
  ServiceListOut,
  ServiceOut,
  ServiceSummaryOut,
} from './routes/schemas.js';

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;

beforeAll(async () => {
  // The properties here make hundreds of anonymous calls a minute; the limit has its own test
  // (auth.test.ts).
  app = await buildApp({ anonymousRateLimit: 1_000_000 });
});
afterAll(async () => {
  await app.close();
});

/** What JSON a schema writes for a value: equal to the value only if nothing is extra or missing. */
const asDocumented = (schema: { encode(value: unknown): unknown }, value: unknown): unknown =>
  JSON.parse(JSON.stringify(schema.encode(value)));

const catalogue = stockholmCatalogue();
const districtIds = catalogue.districts.map((d) => d.id);
const supportNeeds = catalogue.needs.needs.filter((n) => n.kind === 'support').map((n) => n.id);

/** Match queries as a caller might send them: any district, age and one to three needs. */
const matchQueries = fc.record(
  {
    age: fc.integer({ min: 0, max: 25 }),
    districtId: fc.constantFrom(...districtIds),
    needs: fc.uniqueArray(fc.constantFrom(...supportNeeds), { minLength: 1, maxLength: 3 }),
    recentViolence: fc.boolean(),
    language: fc.constantFrom('ar', 'so', 'fi'),
  },
  { requiredKeys: ['age', 'districtId', 'needs'] },
);

async function match(payload: object) {
  const res = await app.inject({ method: 'POST', url: '/v1/match', payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/**
 * `Accept-Language` headers as browsers and HTTP libraries send them, with the language RFC 9110's
 * weights give (undefined: no preference between Swedish and English, or neither, so both).
 */
const ACCEPT_LANGUAGE: readonly (readonly [string, 'sv' | 'en' | undefined])[] = [
  ['sv', 'sv'],
  ['en', 'en'],
  ['sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'sv'],
  ['en-GB,en;q=0.9,sv;q=0.8', 'en'],
  ['fi, en;q=0.3, sv;q=0.2', 'en'],
  ['*', undefined],
  ['sv, en', undefined],
  ['fr', undefined],
];

/** A bilingual answer with every Swedish-and-English text cut to `language`. */
function onlyIn(value: unknown, language: 'sv' | 'en'): unknown {
  if (Array.isArray(value)) return value.map((v) => onlyIn(v, language));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && 'sv' in record && 'en' in record) {
    return { [language]: record[language] };
  }
  return Object.fromEntries(keys.map((k) => [k, onlyIn(record[k], language)]));
}

describe('GET /health', () => {
  it('answers ok', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /v1/services', () => {
  /** Every service in list order, whole (two pages of the largest size). */
  async function everyService() {
    const items = [];
    for (let page = 1; ; page++) {
      const body = (
        await app.inject({ method: 'GET', url: `/v1/services?view=full&perPage=200&page=${page}` })
      ).json();
      items.push(...body.items);
      if (items.length >= body.total) return items;
    }
  }

  it('lists services with every filter applied together', async () => {
    const all = (await app.inject({ method: 'GET', url: '/v1/services?perPage=200' })).json();
    expect(all.total).toBeGreaterThan(0);
    const res = await app.inject({
      method: 'GET',
      url: '/v1/services?age=10&district=bromma&need=parental-substance-abuse&perPage=200',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeLessThan(all.total);
    for (const s of body.items) {
      if (s.ages !== 'unknown') expect(10).toBeGreaterThanOrEqual(s.ages.min);
      if (s.catchment.kind === 'districts') expect(s.catchment.districtIds).toContain('bromma');
    }
  });

  it('answers pages of 20 compact services by default, each what its whole record says', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/services' });
    const body = res.json();
    expect(body).toMatchObject({ page: 1, perPage: 20, total: catalogue.services.length });
    expect(body.items).toHaveLength(20);
    expect(asDocumented(ServiceListOut, body)).toEqual(body);
    const whole = (await everyService()).slice(0, 20);
    body.items.forEach((item: { id: string }, i: number) => {
      const service = whole[i];
      const provider = catalogue.provider(service.providerId)!;
      // The summary is the whole record's fields, as the schema documents them, and nothing else.
      expect(item).toEqual(
        asDocumented(ServiceSummaryOut, { ...service, providerName: provider.name }),
      );
    });
  });

  it('lists whole services with view=full, as the catalogue has them', async () => {
    const body = (
      await app.inject({ method: 'GET', url: '/v1/services?view=full&perPage=3' })
    ).json();
    expect(body.items).toHaveLength(3);
    for (const item of body.items) {
      expect(item).toEqual(asDocumented(ServiceOut, catalogue.service(item.id)));
    }
  });

  it('pages through the whole list with any page size, filtered or not', async () => {
    const all = (await everyService()).map((s) => s.id);
    expect(new Set(all).size).toBe(catalogue.services.length);
    const filtered = (
      await app.inject({ method: 'GET', url: '/v1/services?access=staff_referral&perPage=200' })
    ).json();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        async (perPage, page, withFilter) => {
          const url = `/v1/services?perPage=${perPage}&page=${page}${withFilter ? '&access=staff_referral' : ''}`;
          const body = (await app.inject({ method: 'GET', url })).json();
          const ids = withFilter ? filtered.items.map((s: { id: string }) => s.id) : all;
          expect(body).toMatchObject({ page, perPage, total: ids.length });
          expect(body.items.map((s: { id: string }) => s.id)).toEqual(
            ids.slice((page - 1) * perPage, page * perPage),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('serves an unfiltered page again with the very same bytes', async () => {
    const first = await app.inject({ method: 'GET', url: '/v1/services?perPage=7&page=3' });
    const again = await app.inject({ method: 'GET', url: '/v1/services?page=3&perPage=7' });
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    const past = await app.inject({ method: 'GET', url: '/v1/services?page=999' });
    expect(past.json().items).toEqual([]);
  });

  it('compresses an unfiltered page for a client that accepts it, and only then', async () => {
    const plain = await app.inject({ method: 'GET', url: '/v1/services?perPage=50' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    const cases = [
      { accept: 'gzip, deflate, br', coding: 'br' },
      { accept: 'gzip', coding: 'gzip' },
      { accept: 'br;q=0.5, gzip;q=0.9', coding: 'gzip' },
      { accept: 'br;q=0, *', coding: 'gzip' },
      { accept: 'deflate', coding: undefined },
      { accept: 'gzip;q=0, br;q=0', coding: undefined },
    ];
    for (const { accept, coding } of cases) {
      const res = await app.inject({
        method: 'GET',
        url: '/v1/services?perPage=50',
        headers: { 'accept-encoding': accept },
      });
      expect(res.headers['content-encoding'], accept).toBe(coding);
      const body =
        coding === 'br'
          ? brotliDecompressSync(res.rawPayload)
          : coding === 'gzip'
            ? gunzipSync(res.rawPayload)
            : res.rawPayload;
      expect(body.toString('utf8'), accept).toBe(plain.body);
      if (coding) expect(res.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    }
  });

  it('names compact services in the language Accept-Language prefers, in both without one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ACCEPT_LANGUAGE),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('', '&access=staff_referral', '&age=9&district=bromma'),
        async ([acceptLanguage, language], perPage, page, filter) => {
          const url = `/v1/services?perPage=${perPage}&page=${page}${filter}`;
          const both = await app.inject({ method: 'GET', url });
          const res = await app.inject({
            method: 'GET',
            url,
            headers: { 'accept-language': acceptLanguage },
          });
          expect(res.statusCode).toBe(200);
          expect(res.headers.vary).toBe('accept-encoding, accept-language');
          expect(both.headers.vary).toBe('accept-encoding, accept-language');
          expect(res.headers['content-language']).toBe(language);
          expect(both.headers['content-language']).toBeUndefined();
          const body = res.json();
          // The bilingual page with the other language's text taken out, and nothing else changed.
          expect(body).toEqual(language ? onlyIn(both.json(), language) : both.json());
          expect(asDocumented(ServiceListOut, body)).toEqual(body);
        },
      ),
      { numRuns: 40 },
    );
    // Whole records are as the catalogue has them: in both languages, whatever the caller reads.
    const full = '/v1/services?view=full&perPage=5';
    const sv = await app.inject({ method: 'GET', url: full, headers: { 'accept-language': 'sv' } });
    expect(sv.body).toBe((await app.inject({ method: 'GET', url: full })).body);
    expect(sv.headers['content-language']).toBeUndefined();
    expect(sv.json().items[0].name).toEqual(catalogue.service(sv.json().items[0].id)!.name);
  });

  it('answers 400 with the field path for a bad filter, page size or view', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/v1/services?age=old&kind=circus&perPage=201&view=everything',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['age', 'kind', 'perPage', 'view']);
    const zero = await app.inject({ method: 'GET', url: '/v1/services?perPage=0&page=0' });
    expect(
      zero
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['page', 'perPage']);
  });

  it('answers 400, not an empty list, for an unknown district', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/services?district=atlantis' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'district', message: 'Unknown district "atlantis"' },
    ]);
  });
});

describe('GET /v1/services/:id', () => {
  it('returns the whole service with its whole provider', async () => {
    const list = (await app.inject({ method: 'GET', url: '/v1/services?perPage=1' })).json();
    const id = list.items[0].id;
    const res = await app.inject({ method: 'GET', url: `/v1/services/${id}` });
    expect(res.statusCode).toBe(200);
    const service = catalogue.service(id)!;
    expect(res.json()).toEqual({
      service: asDocumented(ServiceOut, service),
      provider: asDocumented(ProviderOut, catalogue.provider(service.providerId)),
    });
    expect(res.json().provider.id).toBe(list.items[0].providerId);
  });

  it('answers 404 as problem details for an unknown id', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/services/no-such-service' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      status: 404,
      title: 'Not found',
      instance: '/v1/services/no-such-service',
    });
  });
});

describe('POST /v1/match', () => {
  it('answers a social worker with ranked services and reasons', async () => {
    const body = await match({
      age: 10,
      districtId: 'skarholmen',
      needs: ['parental-substance-abuse'],
    });
    expect(body.results.length).toBeGreaterThan(0);
    body.results.forEach((r: { rank: number; reasons: unknown[] }, i: number) => {
      expect(r.rank).toBe(i + 1);
      expect(r.reasons.length).toBeGreaterThan(0);
    });
  });

  it("says how sure each result's age fit is, and which are support for the parent (issue 14)", async () => {
    // A 15-year-old whose parent drinks, in Rinkeby-Kista: a teen programme with a stated band,
    // then a teen group whose band its kind implies, then groups of unknown ages, and last support
    // for the parent, which says so.
    const body = await match({
      age: 15,
      districtId: 'rinkeby-kista',
      needs: ['parental-substance-abuse'],
      limit: 200,
    });
    type Result = {
      serviceId: string;
      fit: string;
      forParent: boolean;
      reasons: { code: string }[];
    };
    const results = body.results as Result[];
    expect(results.slice(0, 2).map((r) => r.fit)).toEqual(['stated', 'inferred']);
    for (const r of results) {
      const service = catalogue.service(r.serviceId)!;
      expect(r.fit, r.serviceId).toBe(
        service.ages !== 'unknown' ? 'stated' : service.agesInferred ? 'inferred' : 'unknown',
      );
      expect(r.forParent, r.serviceId).toBe(service.participants.every((p) => p === 'parent'));
      if (r.forParent) expect(r.reasons[0]!.code).toBe('for_parent');
    }
    // Every service for the child ranks above every one for the parent.
    const firstForParent = results.findIndex((r) => r.forParent);
    expect(firstForParent).toBeGreaterThan(0);
    expect(results.slice(firstForParent).every((r) => r.forParent)).toBe(true);
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const schema = doc.components.schemas.MatchResult;
    expect(schema.properties.fit.enum).toEqual(['stated', 'inferred', 'unknown']);
    expect(schema.properties.forParent.type).toBe('boolean');
    expect(schema.required).toEqual(expect.arrayContaining(['fit', 'forParent']));
  });

  it('answers compact results: exactly the documented schema, with what the catalogue says', async () => {
    await fc.assert(
      fc.asyncProperty(matchQueries, async (query) => {
        const body = await match(query);
        expect(asDocumented(MatchAnswerOut, body)).toEqual(body);
        const expected = matchServices(catalogue, { ...query, limit: 10 });
        if (!expected.ok) throw expected.error;
        expect(body.eligibleCount).toBe(expected.value.eligibleCount);
        expect(body.notices).toEqual(expected.value.notices);
        expect(body.results).toEqual(
          expected.value.results.map((r) => ({
            rank: r.rank,
            serviceId: r.service.id,
            name: r.service.name,
            kind: r.service.kind,
            providerId: r.provider.id,
            providerName: r.provider.name,
            ages: r.service.ages,
            locality: r.locality,
            ...(r.service.venueDistrictId ? { venueDistrictId: r.service.venueDistrictId } : {}),
            accessRoutes: r.service.accessRoutes,
            fit: r.fit,
            forParent: r.forParent,
            contact: r.service.contact,
            reasons: r.reasons,
          })),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("answers in the caller's language (Accept-Language), and in both without a preference", async () => {
    await fc.assert(
      fc.asyncProperty(
        matchQueries,
        fc.constantFrom(...ACCEPT_LANGUAGE),
        async (query, [acceptLanguage, language]) => {
          const both = await app.inject({ method: 'POST', url: '/v1/match', payload: query });
          const res = await app.inject({
            method: 'POST',
            url: '/v1/match',
            payload: query,
            headers: { 'accept-language': acceptLanguage },
          });
          expect(res.statusCode).toBe(200);
          expect(res.headers.vary).toBe('accept-language');
          expect(both.headers.vary).toBe('accept-language');
          expect(res.headers['content-language']).toBe(language);
          expect(both.headers['content-language']).toBeUndefined();
          const body = res.json();
          // Names, contact, reasons and notices in one language: the bilingual answer with the
          // other language's text taken out, and nothing else changed.
          expect(body).toEqual(language ? onlyIn(both.json(), language) : both.json());
          expect(asDocumented(MatchAnswerOut, body)).toEqual(body);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps expanded records in both languages when the rest of the answer is in one', async () => {
    const query = { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] };
    const expand = ['service', 'provider'];
    const sv = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { ...query, expand },
      headers: { 'accept-language': 'sv-SE' },
    });
    expect(sv.headers['content-language']).toBe('sv');
    const compact = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: query,
      headers: { 'accept-language': 'sv-SE' },
    });
    const body = sv.json();
    expect(asDocumented(MatchAnswerOut, body)).toEqual(body);
    expect(body.results.length).toBeGreaterThan(0);
    body.results.forEach(
      (r: { serviceId: string; service: unknown; provider: unknown }, i: number) => {
        const service = catalogue.service(r.serviceId)!;
        expect(r.service).toEqual(asDocumented(ServiceOut, service));
        expect(r.provider).toEqual(
          asDocumented(ProviderOut, catalogue.provider(service.providerId)),
        );
        const { service: _s, provider: _p, ...rest } = r;
        expect(rest).toEqual(compact.json().results[i]);
      },
    );
  });

  it('answers the best 10 unless limit asks for more or fewer, up to 200', async () => {
    // A broad query that many services fit.
    const query = { age: 12, districtId: 'sodermalm', needs: ['parenting-support'] };
    const all = await match({ ...query, limit: 200 });
    expect(all.eligibleCount).toBeGreaterThan(10);
    const ids = (body: { results: { serviceId: string }[] }) =>
      body.results.map((r) => r.serviceId);
    expect(ids(await match(query))).toEqual(ids(all).slice(0, 10));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), async (limit) => {
        const body = await match({ ...query, limit });
        expect(ids(body)).toEqual(ids(all).slice(0, limit));
        expect(body.eligibleCount).toBe(all.eligibleCount);
      }),
      { numRuns: 20 },
    );
  });

  it('adds the whole service and provider records when expand asks for them', async () => {
    const query = { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] };
    const compact = await match(query);
    const both = await match({ ...query, expand: ['service', 'provider'] });
    expect(asDocumented(MatchAnswerOut, both)).toEqual(both);
    both.results.forEach(
      (r: { serviceId: string; service: unknown; provider: unknown }, i: number) => {
        const service = catalogue.service(r.serviceId)!;
        expect(r.service).toEqual(asDocumented(ServiceOut, service));
        expect(r.provider).toEqual(
          asDocumented(ProviderOut, catalogue.provider(service.providerId)),
        );
        // Otherwise the very same result.
        const { service: _s, provider: _p, ...rest } = r;
        expect(rest).toEqual(compact.results[i]);
      },
    );
    const providerOnly = await match({ ...query, expand: ['provider'] });
    expect(providerOnly.results[0].provider).toBeDefined();
    expect(providerOnly.results[0].service).toBeUndefined();
    expect(compact.results[0].service).toBeUndefined();
    expect(compact.results[0].provider).toBeUndefined();
  });

  it('routes a protection concern to social services with no services', async () => {
    const body = await match({
      age: 7,
      districtId: 'farsta',
      needs: ['domestic-violence'],
      protectionConcern: true,
    });
    expect(body.results).toEqual([]);
    expect(body.notices[0].code).toBe('protection_route');
  });

  it('answers 400 with the path of every invalid field', async () => {
    const paths = async (payload: object) => {
      const res = await app.inject({ method: 'POST', url: '/v1/match', payload });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort();
    };
    expect(await paths({ age: 'ten', districtId: 'bromma', needs: [] })).toEqual(['age', 'needs']);
    expect(
      await paths({
        age: 10,
        districtId: 'bromma',
        needs: ['parenting-support'],
        limit: 201,
        expand: ['service', 'everything'],
      }),
    ).toEqual(['expand.1', 'limit']);
    expect(
      await paths({ age: 10, districtId: 'bromma', needs: ['parenting-support'], limit: 0 }),
    ).toEqual(['limit']);
    // Checked against the catalogue after the schema: unknown district and needs, by path.
    expect(
      await paths({ age: 10, districtId: 'atlantis', needs: ['parenting-support', 'dragons'] }),
    ).toEqual(['districtId', 'needs.1']);
  });

  it('refuses a name in the body rather than accepting personal data', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: {
        age: 10,
        districtId: 'bromma',
        needs: ['parenting-support'],
        name: 'Alva Svensson',
      },
    });
    expect(res.statusCode).toBe(400);
  });

  it('answers 400 for malformed JSON and 413 for an oversized body', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/v1/match',
      headers: { 'content-type': 'application/json' },
      payload: '{"age":',
    });
    expect(bad.statusCode).toBe(400);
    const big = await app.inject({
      method: 'POST',
      url: '/v1/match',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ pad: 'x'.repeat(100_000) }),
    });
    expect(big.statusCode).toBe(413);
  });
});

describe('caching', () => {
  it('lets public catalogue reads be kept for five minutes, and nothing else', async () => {
    const id = catalogue.services[0]!.id;
    const cacheControl = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const res = await app.inject({
        method,
        url,
        headers: { 'accept-encoding': 'br', 'accept-language': 'en' },
        ...(payload ? { payload } : {}),
      });
      return [res.statusCode, res.headers['cache-control']];
    };
    const catalogueRead = [200, 'public, max-age=300'];
    const stored = (status: number) => [status, 'no-store'];
    expect(await cacheControl('GET', '/v1/services')).toEqual(catalogueRead);
    expect(await cacheControl('GET', '/v1/services?age=9&view=full')).toEqual(catalogueRead);
    expect(await cacheControl('GET', `/v1/services/${id}`)).toEqual(catalogueRead);
    expect(await cacheControl('GET', '/v1/districts')).toEqual(catalogueRead);
    expect(await cacheControl('GET', '/v1/needs')).toEqual(catalogueRead);
    // A match is about one child; problems are not kept either.
    const query = { age: 9, districtId: 'bromma', needs: ['parenting-support'] };
    expect(await cacheControl('POST', '/v1/match', query)).toEqual(stored(200));
    expect(await cacheControl('POST', '/v1/match', { ...query, age: -1 })).toEqual(stored(400));
    expect(await cacheControl('GET', '/v1/services?district=atlantis')).toEqual(stored(400));
    expect(await cacheControl('GET', '/v1/services/no-such-service')).toEqual(stored(404));
    expect(await cacheControl('GET', '/health')).toEqual(stored(200));
  });
});

describe('the OpenAPI document', () => {
  it('lists every route, and each listed GET route answers with a status it documents', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/health', '/v1/services', '/v1/services/{id}', '/v1/match']),
    );
    for (const path of paths) {
      if (!doc.paths[path].get || path.includes('{')) continue;
      const res = await app.inject({ method: 'GET', url: path });
      expect(Object.keys(doc.paths[path].get.responses), path).toContain(String(res.statusCode));
    }
  });
});

describe('GET /ready', () => {
  // Opening PGlite (initdb in WebAssembly) and building the app are set-up, under set-up's timeout:
  // on a busy machine they take most of the time, and the test is about what /ready answers.
  let db: Database;
  let withDb: App;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory://' });
    withDb = await buildApp({ db });
  });
  afterAll(async () => {
    await withDb.close();
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const res = await withDb.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      database: 'pglite',
      reachable: true,
      pendingMigrations: 0,
    });
    await db.close();
    const closed = await withDb.inject({ method: 'GET', url: '/ready' });
    expect(closed.statusCode).toBe(503);
    expect(closed.json().status).toBe('not_ready');
  });

  it('is not ready without a database', async () => {
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(503);
  });
});
