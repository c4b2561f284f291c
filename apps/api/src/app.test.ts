import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { MatchAnswerOut } from './routes/catalogue.js';

type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;

beforeAll(async () => {
  app = await buildApp();
});
afterAll(async () => {
  await app.close();
});

describe('GET /health', () => {
  it('answers ok', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /v1/services', () => {
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

  it('serves an unfiltered page from the cache with the same content as computed', async () => {
    const first = await app.inject({ method: 'GET', url: '/v1/services?perPage=7&page=3' });
    const again = await app.inject({ method: 'GET', url: '/v1/services?page=3&perPage=7' });
    expect(again.body).toBe(first.body);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    const filtered = await app.inject({
      method: 'GET',
      url: '/v1/services?perPage=7&page=3&access=staff_referral',
    });
    expect(filtered.json().total).toBeLessThan(first.json().total);
    const past = await app.inject({ method: 'GET', url: '/v1/services?page=999' });
    expect(past.json().items).toEqual([]);
  });

  it('pages the list', async () => {
    const first = (
      await app.inject({ method: 'GET', url: '/v1/services?perPage=2&page=1' })
    ).json();
    const second = (
      await app.inject({ method: 'GET', url: '/v1/services?perPage=2&page=2' })
    ).json();
    expect(first.items).toHaveLength(2);
    expect(second.items[0].id).not.toBe(first.items[0].id);
  });

  it('answers 400 with the field path for a bad filter', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/services?age=old&kind=circus' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['age', 'kind']);
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
  it('returns a service with its provider', async () => {
    const list = (await app.inject({ method: 'GET', url: '/v1/services?perPage=1' })).json();
    const id = list.items[0].id;
    const res = await app.inject({ method: 'GET', url: `/v1/services/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().service.id).toBe(id);
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
    const res = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.length).toBeGreaterThan(0);
    body.results.forEach((r: { rank: number; reasons: unknown[] }, i: number) => {
      expect(r.rank).toBe(i + 1);
      expect(r.reasons.length).toBeGreaterThan(0);
    });
  });

  it('answers exactly the documented schema, though the route skips checking it', async () => {
    for (const payload of [
      { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] },
      { age: 15, districtId: 'rinkeby-kista', needs: ['own-mental-health'], recentViolence: true },
      { age: 4, districtId: 'bromma', needs: ['parenting-support'], protectionConcern: false },
    ]) {
      const body = (await app.inject({ method: 'POST', url: '/v1/match', payload })).json();
      expect(body.results.length + body.notices.length).toBeGreaterThan(0);
      // The JSON the route sent is what the schema encodes it to: nothing extra, nothing missing.
      expect(JSON.parse(JSON.stringify(MatchAnswerOut.encode(body)))).toEqual(body);
    }
  });

  it('routes a protection concern to social services with no services', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: {
        age: 7,
        districtId: 'farsta',
        needs: ['domestic-violence'],
        protectionConcern: true,
      },
    });
    expect(res.json().results).toEqual([]);
    expect(res.json().notices[0].code).toBe('protection_route');
  });

  it('answers 400 with the path of every invalid field', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: { age: 'ten', districtId: 'bromma', needs: [] },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['age', 'needs']);
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
  it('is ready when the database answers and every migration is applied', async () => {
    const { openDatabase } = await import('@lotsen/storage');
    const db = await openDatabase({ dataDir: 'memory://' });
    const withDb = await buildApp({ db });
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
    await withDb.close();
  });

  it('is not ready without a database', async () => {
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(503);
  });
});
