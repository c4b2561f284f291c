import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The HSDS schema validators are test support of the catalogue package (they need Ajv, a dev tool).
import { hsdsValidators } from '../../../../packages/catalogue/src/hsds/validate.test-support.js';
import { buildApp } from '../app.js';

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;
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

  it('GET /hsds/services returns a Page that validates against the HSDS OpenAPI response schema', async () => {
    const res = await app.inject({ method: 'GET', url: '/hsds/services?per_page=25&page=2' });
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(validators.servicesPage(page)).toEqual([]);
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
    expect(validators.compiledService(byUuid.json())).toEqual([]);
    const bySlug = await app.inject({
      method: 'GET',
      url: '/hsds/services/origo-stod-och-radgivning',
    });
    expect(bySlug.statusCode).toBe(200);
    expect(bySlug.json().minimum_age).toBe(13);
  });

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
