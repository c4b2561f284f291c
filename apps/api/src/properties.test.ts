import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  B,
  cohortBody,
  createWorld,
  digest,
  leaderBody,
  referralBody,
  type Caller,
  type World,
} from './test-support.js';

/*
 * Property-based tests: random and malformed bodies at every write route. The answer is always a
 * 4xx problem (never a 500, never a success), and the database is byte for byte unchanged.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

let w: World;
let submitted: string;
let enrolled: string;
let accepted: string;
let snapshot: Record<string, string>;

interface WriteRoute {
  readonly name: string;
  readonly method: 'POST' | 'PUT';
  readonly url: () => string;
  readonly caller: Caller;
  /** A body this route accepts. */
  readonly valid: () => Json;
  /** Unknown fields are refused (strict schemas); others drop them. */
  readonly strict: boolean;
}

const ROUTES: readonly WriteRoute[] = [
  {
    name: 'POST /v1/referrals',
    method: 'POST',
    url: () => '/v1/referrals',
    caller: 'coordinator',
    valid: () => ({ ...referralBody('A', 'FA-PROP-1'), protectionConcern: false, submit: true }),
    strict: true,
  },
  {
    name: 'POST /v1/referrals/{id}/events',
    method: 'POST',
    url: () => `/v1/referrals/${accepted}/events`,
    caller: 'coordinator',
    valid: () => ({
      type: 'WAITLIST',
      waitBand: '1_to_3_months',
      motivatorRole: 'district_social_worker',
    }),
    strict: true,
  },
  {
    name: 'POST /v1/referrals/{id}/outcomes',
    method: 'POST',
    url: () => `/v1/referrals/${enrolled}/outcomes`,
    caller: 'leaderA',
    valid: () => ({
      instrument: 'CORS',
      session: 2,
      date: '2026-03-01',
      rater: 'child',
      respondentId: 'child-1',
      phase: 'during',
      items: [3, 4, 5, 4],
    }),
    strict: true,
  },
  {
    name: 'POST /v1/cohorts',
    method: 'POST',
    url: () => '/v1/cohorts',
    caller: 'coordinator',
    valid: () => cohortBody('B', { id: 'prop-new-cohort' }) as Json,
    strict: false,
  },
  {
    name: 'PUT /v1/cohorts/{id}',
    method: 'PUT',
    url: () => `/v1/cohorts/${B.cohort}`,
    caller: 'coordinator',
    valid: () => cohortBody('B', { leaderIds: ['exp-1', 'exp-2'], status: 'open' }) as Json,
    strict: false,
  },
  {
    name: 'PUT /v1/cohorts/{id}/leaders',
    method: 'PUT',
    url: () => `/v1/cohorts/${B.cohort}/leaders`,
    caller: 'coordinator',
    valid: () => ({ leaderIds: ['exp-2', 'exp-1'] }),
    strict: true,
  },
  {
    name: 'POST /v1/cohorts/{id}/attendance',
    method: 'POST',
    url: () => `/v1/cohorts/${A.cohort}/attendance`,
    caller: 'leaderA',
    valid: () => ({
      session: 1,
      date: '2026-09-01',
      records: [{ referralId: enrolled, status: 'present' }],
    }),
    strict: true,
  },
  {
    name: 'POST /v1/leaders',
    method: 'POST',
    url: () => '/v1/leaders',
    caller: 'coordinator',
    valid: () => leaderBody('prop-leader'),
    strict: false,
  },
  {
    name: 'POST /v1/formation/decisions',
    method: 'POST',
    url: () => '/v1/formation/decisions',
    caller: 'coordinator',
    valid: () => ({
      placements: [{ referralId: accepted, cohortId: A.cohort }],
      replyBy: '2026-03-20T00:00:00Z',
      mayTravel: 'neighbours',
    }),
    strict: true,
  },
];

/** Every path into a JSON value, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function at(value: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((v, key) => (v as Record<string, Json>)[key as string]!, value);
}

function replaced(value: Json, path: (string | number)[], next: Json): Json {
  if (path.length === 0) return next;
  const copy = structuredClone(value);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = next;
  return copy;
}

/** A value of another JSON type than `value`: never valid where `value` was expected. */
function otherType(value: Json): fc.Arbitrary<Json> {
  const str = fc.string({ maxLength: 20 });
  const num = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const arr = fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }) as fc.Arbitrary<Json>;
  const obj = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), {
    maxKeys: 3,
  }) as fc.Arbitrary<Json>;
  if (typeof value === 'string') return fc.oneof(num, fc.boolean(), arr, obj);
  if (typeof value === 'number') return fc.oneof(str, fc.boolean(), arr, obj);
  if (typeof value === 'boolean') return fc.oneof(str, num, arr, obj);
  if (Array.isArray(value)) return fc.oneof(str, num, fc.boolean(), obj);
  if (value === null) return fc.oneof(str, num, fc.boolean(), arr);
  return fc.oneof(str, num, fc.boolean(), arr);
}

/** A valid body with one value changed to another type (which no schema accepts). */
function mutated(valid: Json): fc.Arbitrary<Json> {
  const all = paths(valid);
  return fc
    .integer({ min: 0, max: all.length - 1 })
    .chain((i) => otherType(at(valid, all[i]!)).map((next) => replaced(valid, all[i]!, next)));
}

/** A valid body with a field no schema knows; only strict schemas refuse it. */
function withUnknownField(valid: Json): fc.Arbitrary<Json> {
  return fc
    .tuple(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }))
    .map(([key, v]) => ({ ...(valid as Record<string, Json>), [`x_${key}`]: v as Json }));
}

async function send(route: WriteRoute, payload: string, contentType = 'application/json') {
  return w.app.inject({
    method: route.method,
    url: route.url(),
    payload,
    headers: { ...w.headers(route.caller), 'content-type': contentType },
  });
}

function expectRefused(res: {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
}

beforeAll(async () => {
  w = await createWorld();
  const ok = async (
    method: 'POST' | 'PUT',
    url: string,
    payload: unknown,
    caller: Caller = 'coordinator',
  ) => {
    const res = await w.app.inject({
      method,
      url,
      payload: payload as object,
      headers: w.headers(caller),
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  for (const id of ['exp-1', 'exp-2']) await ok('POST', '/v1/leaders', leaderBody(id));
  for (const which of ['A', 'B'] as const)
    await ok(
      'POST',
      '/v1/cohorts',
      cohortBody(which, { leaderIds: ['exp-1', 'exp-2'], status: 'open' }),
    );
  submitted = (await ok('POST', '/v1/referrals', referralBody('A', 'FA-P-1'))).id;
  accepted = (await ok('POST', '/v1/referrals', referralBody('A', 'FA-P-2'))).id;
  await ok('POST', `/v1/referrals/${accepted}/events`, { type: 'ACCEPT' });
  enrolled = (await ok('POST', '/v1/referrals', referralBody('A', 'FA-P-3'))).id;
  for (const e of [
    { type: 'ACCEPT' },
    { type: 'OFFER', cohortId: A.cohort, startDate: '2026-09-01', replyBy: '2026-03-20T00:00:00Z' },
    { type: 'ACCEPT_OFFER' },
    { type: 'ENROL' },
  ])
    await ok('POST', `/v1/referrals/${enrolled}/events`, e);
  snapshot = await digest(w.db);
});

afterAll(async () => {
  await w.close();
});

describe('random and malformed bodies at every write route', () => {
  for (const route of ROUTES) {
    describe(route.name, () => {
      it('refuses every body with one value of the wrong type', async () => {
        await fc.assert(
          fc.asyncProperty(mutated(route.valid()), async (body) => {
            expectRefused(await send(route, JSON.stringify(body)));
          }),
          { numRuns: 40 },
        );
        expect(await digest(w.db)).toEqual(snapshot);
      });

      it('refuses arbitrary JSON, arbitrary text and other content types', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(
              fc
                .jsonValue({ maxDepth: 3 })
                .map((v) => ({ text: JSON.stringify(v), type: 'application/json' })),
              fc.string({ maxLength: 200 }).map((s) => ({ text: s, type: 'application/json' })),
              fc.string({ maxLength: 50 }).map((s) => ({ text: s, type: 'text/plain' })),
            ),
            async ({ text, type }) => {
              expectRefused(await send(route, text, type));
            },
          ),
          { numRuns: 40 },
        );
        expect(await digest(w.db)).toEqual(snapshot);
      });

      if (route.strict) {
        it('refuses a field the schema does not know', async () => {
          await fc.assert(
            fc.asyncProperty(withUnknownField(route.valid()), async (body) => {
              expectRefused(await send(route, JSON.stringify(body)));
            }),
            { numRuns: 15 },
          );
          expect(await digest(w.db)).toEqual(snapshot);
        });
      }

      it('refuses a body over the size limit', async () => {
        const big = JSON.stringify({ ...(route.valid() as object), pad: 'x'.repeat(70_000) });
        const res = await send(route, big);
        expect(res.statusCode).toBe(413);
        expect(await digest(w.db)).toEqual(snapshot);
      });
    });
  }

  it('refuses random ids and If-Match headers on the routes that take them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ maxLength: 12 }),
        async (id, ifMatch) => {
          const safeId = encodeURIComponent(id);
          const event = await w.app.inject({
            method: 'POST',
            url: `/v1/referrals/${safeId}/events`,
            payload: { type: 'WITHDRAW' },
            headers: w.headers('coordinator'),
          });
          expectRefused(event);
          if (!/^(W\/)?"?\d{1,9}"?$/.test(ifMatch)) {
            const stale = await w.app.inject({
              method: 'POST',
              url: `/v1/referrals/${submitted}/events`,
              payload: { type: 'WITHDRAW' },
              headers: { ...w.headers('coordinator'), 'if-match': ifMatch },
            });
            expectRefused(stale);
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(await digest(w.db)).toEqual(snapshot);
  });

  it('the valid bodies themselves are accepted (so the properties test what they claim)', async () => {
    // Run last: each valid body writes. A body the route refuses would make the properties above
    // prove nothing, because every mutation of it would be refused for the same reason.
    for (const route of ROUTES) {
      const res = await send(route, JSON.stringify(route.valid()));
      expect(res.statusCode, `${route.name}: ${res.body}`).toBeLessThan(300);
    }
    expect(await digest(w.db)).not.toEqual(snapshot);
  });
});
