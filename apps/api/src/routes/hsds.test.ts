import { stockholmCatalogue, toHsdsService } from '@lotsen/catalogue';
import { hsdsValidators, reference } from '@lotsen/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;
// The official HSDS schemas come from outside the repository (LOTSEN_REFERENCE_DIR): the checks
// against them are skipped where they are missing, and the run says so.
const officialSchemas = reference('hsdsSchema');
const validators = hsdsValidators();

beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => {
  await app.close();
});

describe('the HSDS API (Open Referral 3.0 API reference)', () => {
  it('GET /hsds/ names the version, the profile and the OpenAPI document', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/hsds/',
      headers: { host: 'lotsen.example' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      version: '3.0',
      profile: expect.stringContaining('http'),
      openapi_url: 'http://lotsen.example/openapi.json',
    });
  });

  it('GET /hsds/services returns a page of services', async () => {
    const res = await app.inject({ method: 'GET', url: '/hsds/services?per_page=25&page=2' });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.page_number).toBe(2);
    expect(page.size).toBe(25);
    expect(page.contents).toHaveLength(25);
    expect(page.total_items).toBeGreaterThan(100);
  });

  it('filters by search text, organization and taxonomy term, all together', async () => {
    const all = (await app.inject({ method: 'GET', url: '/hsds/services?search=origo' })).json();
    expect(all.total_items).toBeGreaterThan(0);
    expect(JSON.stringify(all.contents)).toMatch(/Origo/i);
    const origo = all.contents[0];
    const org = (
      await app.inject({
        method: 'GET',
        url: `/hsds/services?organization_id=${origo.organization_id}&per_page=500`,
      })
    ).json();
    expect(
      org.contents.every(
        (s: { organization_id: string }) => s.organization_id === origo.organization_id,
      ),
    ).toBe(true);
    const none = (
      await app.inject({
        method: 'GET',
        url: `/hsds/services?search=origo&organization_id=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
      })
    ).json();
    expect(none.total_items).toBe(0);
    expect(none.empty).toBe(true);
  });

  it('GET /hsds/services/{id} returns the fully nested service, by HSDS UUID or by Lotsen id', async () => {
    const list = (await app.inject({ method: 'GET', url: '/hsds/services?per_page=1' })).json();
    const byUuid = await app.inject({
      method: 'GET',
      url: `/hsds/services/${list.contents[0].id}`,
    });
    expect(byUuid.statusCode).toBe(200);
    // The catalogue's export, whose shape its own tests check against the Lotsen profile.
    const exported = toHsdsService(stockholmCatalogue(), list.contents[0].id);
    expect(exported.ok && byUuid.json()).toEqual(
      exported.ok && JSON.parse(JSON.stringify(exported.value)),
    );
    const bySlug = await app.inject({
      method: 'GET',
      url: '/hsds/services/origo-stod-och-radgivning',
    });
    expect(bySlug.statusCode).toBe(200);
    expect(bySlug.json().minimum_age).toBe(13);
  });

  it.skipIf(!officialSchemas.present)(
    'answers a page and a service that validate against the official HSDS OpenAPI and compiled service schemas',
    async () => {
      const page = await app.inject({ method: 'GET', url: '/hsds/services?per_page=25&page=2' });
      expect(validators.servicesPage(page.json())).toEqual([]);
      const id: string = page.json().contents[0].id;
      const service = await app.inject({ method: 'GET', url: `/hsds/services/${id}` });
      expect(validators.compiledService(service.json())).toEqual([]);
    },
  );

  it('answers 404 for an unknown service and 400 for a bad page', async () => {
    expect((await app.inject({ method: 'GET', url: '/hsds/services/no-such' })).statusCode).toBe(
      404,
    );
    const bad = await app.inject({ method: 'GET', url: '/hsds/services?page=0&per_page=abc' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['page', 'per_page']);
  });

  it('lets clients and shared caches keep successful reads for five minutes, never a problem', async () => {
    for (const url of ['/hsds/services?per_page=5', '/hsds/services/origo-stod-och-radgivning']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('public, max-age=300');
    }
    // The root names the OpenAPI document by the request's host: a shared cache must not keep it.
    for (const url of ['/hsds/', '/hsds/services/no-such', '/hsds/services?page=0']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('is open to other sites (CORS), as the reference asks', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/hsds/services',
      headers: { origin: 'https://example.org' },
    });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});
