import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import {
  A,
  B,
  CALLERS,
  cohortBody,
  createWorld,
  leaderBody,
  rawRequest,
  referralBody,
  type Answer,
  type Caller,
  type World,
} from './test-support.js';

/*
 * The contract: every role on every route (the role matrix), and the OpenAPI document, which must
 * list exactly the routes the matrix calls.
 */

let w: World;
/** The OpenAPI document the app serves. */
let doc: OpenApiDocument;
let rA: string;
let rB: string;
let serviceId: string;
let counter = 0;

type Method = 'GET' | 'POST' | 'PUT';
interface Call {
  readonly url: string;
  readonly payload?: unknown;
}
interface Case {
  readonly method: Method;
  /** The path as the OpenAPI document writes it. */
  readonly path: string;
  /** Builds the request; runs once per caller, so a write never sees another caller's change. */
  readonly prepare: () => Promise<Call> | Call;
  readonly expected: Readonly<Record<Caller, number>>;
}

function inject(method: Method, caller: Caller, url: string, payload?: unknown) {
  return w.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: w.headers(caller),
  });
}

async function ok(method: Method, url: string, payload?: unknown) {
  const res = await inject(method, 'coordinator', url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

const unique = (prefix: string) => `${prefix}-${++counter}`;

async function freshReferral(which: 'A' | 'B', events: Record<string, unknown>[] = []) {
  const created = await ok('POST', '/v1/referrals', referralBody(which, unique('RM')));
  for (const event of events) await ok('POST', `/v1/referrals/${created.id}/events`, event);
  return created.id as string;
}

const OFFER_A = {
  type: 'OFFER',
  cohortId: A.cohort,
  startDate: '2026-09-01',
  replyBy: '2026-03-20T00:00:00Z',
};

/** Everyone, anonymous callers included, gets `status`. */
const everyone = (status: number): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number>;

/** The named callers get their status; anonymous 401; every other known caller 403. */
const only = (allowed: Partial<Record<Caller, number>>): Record<Caller, number> =>
  Object.fromEntries(
    CALLERS.map((c) => [c, allowed[c] ?? (c === 'anonymous' ? 401 : 403)]),
  ) as Record<Caller, number>;

// A referral of district A seen by: coordinator, its district's social worker; B's gets a 404.
const referralReaders = (status: number) =>
  only({ coordinator: status, socialWorkerA: status, socialWorkerB: 404 });
// Outcomes: also the group leader of the cohort the child is in; the other leader gets a 404.
const outcomeUsers = (status: number) =>
  only({
    coordinator: status,
    socialWorkerA: status,
    socialWorkerB: 404,
    leaderA: status,
    leaderB: 404,
  });

const CASES: readonly Case[] = [
  { method: 'GET', path: '/health', prepare: () => ({ url: '/health' }), expected: everyone(200) },
  { method: 'GET', path: '/ready', prepare: () => ({ url: '/ready' }), expected: everyone(200) },
  { method: 'GET', path: '/v1/me', prepare: () => ({ url: '/v1/me' }), expected: everyone(200) },
  {
    method: 'GET',
    path: '/v1/services',
    prepare: () => ({ url: '/v1/services?perPage=5' }),
    expected: everyone(200),
  },
  {
    method: 'GET',
    path: '/v1/services/{id}',
    prepare: () => ({ url: `/v1/services/${serviceId}` }),
    expected: everyone(200),
  },
  {
    method: 'POST',
    path: '/v1/match',
    prepare: () => ({
      url: '/v1/match',
      payload: { age: 9, districtId: A.district, needs: ['parental-substance-abuse'] },
    }),
    expected: everyone(200),
  },
  {
    method: 'GET',
    path: '/v1/districts',
    prepare: () => ({ url: '/v1/districts' }),
    expected: everyone(200),
  },
  {
    method: 'GET',
    path: '/v1/needs',
    prepare: () => ({ url: '/v1/needs' }),
    expected: everyone(200),
  },
  { method: 'GET', path: '/hsds/', prepare: () => ({ url: '/hsds/' }), expected: everyone(200) },
  {
    method: 'GET',
    path: '/hsds/services',
    prepare: () => ({ url: '/hsds/services?per_page=2' }),
    expected: everyone(200),
  },
  {
    method: 'GET',
    path: '/hsds/services/{id}',
    prepare: () => ({ url: `/hsds/services/${serviceId}` }),
    expected: everyone(200),
  },
  {
    method: 'GET',
    path: '/v1/cohorts',
    prepare: () => ({ url: '/v1/cohorts' }),
    expected: everyone(200),
  },

  {
    method: 'POST',
    path: '/v1/referrals',
    prepare: () => ({ url: '/v1/referrals', payload: referralBody('A', unique('RM-NEW')) }),
    expected: only({ coordinator: 201, socialWorkerA: 201 }),
  },
  {
    method: 'GET',
    path: '/v1/referrals',
    prepare: () => ({ url: '/v1/referrals' }),
    expected: only({ coordinator: 200, socialWorkerA: 200, socialWorkerB: 200 }),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}',
    prepare: () => ({ url: `/v1/referrals/${rA}` }),
    expected: referralReaders(200),
  },
  {
    method: 'POST',
    path: '/v1/referrals/{id}/events',
    prepare: async () => ({
      url: `/v1/referrals/${await freshReferral('A')}/events`,
      payload: { type: 'WITHDRAW' },
    }),
    expected: referralReaders(200),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}/events',
    prepare: () => ({ url: `/v1/referrals/${rA}/events` }),
    expected: referralReaders(200),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}/cross-district-offers',
    prepare: () => ({ url: `/v1/referrals/${rA}/cross-district-offers` }),
    expected: referralReaders(200),
  },
  {
    method: 'POST',
    path: '/v1/referrals/{id}/outcomes',
    prepare: () => ({
      url: `/v1/referrals/${rA}/outcomes`,
      payload: {
        instrument: 'CORS',
        session: ++counter,
        date: '2026-03-02',
        rater: 'child',
        items: [5, 5, 5, 5],
      },
    }),
    expected: outcomeUsers(201),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}/outcomes',
    prepare: () => ({ url: `/v1/referrals/${rA}/outcomes` }),
    expected: outcomeUsers(200),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}/outcomes/chart.svg',
    prepare: () => ({ url: `/v1/referrals/${rA}/outcomes/chart.svg` }),
    expected: outcomeUsers(200),
  },

  {
    method: 'POST',
    path: '/v1/cohorts',
    prepare: () => ({ url: '/v1/cohorts', payload: cohortBody('B', { id: unique('cohort') }) }),
    expected: only({ coordinator: 201 }),
  },
  {
    method: 'GET',
    path: '/v1/cohorts/{id}',
    prepare: () => ({ url: `/v1/cohorts/${A.cohort}` }),
    expected: only({
      coordinator: 200,
      socialWorkerA: 200,
      socialWorkerB: 200,
      leaderA: 200,
      leaderB: 404,
    }),
  },
  {
    method: 'PUT',
    path: '/v1/cohorts/{id}',
    prepare: async () => {
      const id = unique('plan');
      await ok('POST', '/v1/cohorts', cohortBody('B', { id }));
      return {
        url: `/v1/cohorts/${id}`,
        payload: cohortBody('B', { id, startDate: '2026-10-06' }),
      };
    },
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'PUT',
    path: '/v1/cohorts/{id}/leaders',
    prepare: async () => {
      const id = unique('lead');
      await ok('POST', '/v1/cohorts', cohortBody('B', { id }));
      return { url: `/v1/cohorts/${id}/leaders`, payload: { leaderIds: ['exp-1', 'exp-2'] } };
    },
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'POST',
    path: '/v1/cohorts/{id}/attendance',
    prepare: () => ({
      url: `/v1/cohorts/${A.cohort}/attendance`,
      payload: { session: 1, date: '2026-09-01', records: [{ referralId: rA, status: 'present' }] },
    }),
    // Another cohort's leader: 404, as on GET (a foreign cohort is not found on every method).
    expected: only({ leaderA: 201, leaderB: 404 }),
  },
  {
    method: 'GET',
    path: '/v1/cohorts/{id}/attendance',
    prepare: () => ({ url: `/v1/cohorts/${A.cohort}/attendance` }),
    expected: only({ coordinator: 200, leaderA: 200, leaderB: 404 }),
  },
  {
    method: 'POST',
    path: '/v1/referrals/{id}/waitlist',
    prepare: async () => ({
      url: `/v1/referrals/${await freshReferral('A', [{ type: 'ACCEPT' }])}/waitlist`,
      payload: {},
    }),
    expected: referralReaders(200),
  },
  {
    method: 'GET',
    path: '/v1/referrals/{id}/place',
    prepare: async () => ({
      url: `/v1/referrals/${await freshReferral('A', [{ type: 'ACCEPT' }, { type: 'WAITLIST' }])}/place`,
    }),
    expected: referralReaders(200),
  },
  {
    method: 'GET',
    path: '/v1/cohorts/{id}/waitlist',
    prepare: () => ({ url: `/v1/cohorts/${A.cohort}/waitlist` }),
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'GET',
    path: '/v1/services/{id}/waitlist',
    prepare: () => ({ url: `/v1/services/${serviceId}/waitlist` }),
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'PUT',
    path: '/v1/cohorts/{id}/freed-seat-policy',
    prepare: () => ({
      url: `/v1/cohorts/${A.cohort}/freed-seat-policy`,
      payload: { policy: 'offer' },
    }),
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'GET',
    path: '/v1/tasks',
    prepare: () => ({ url: '/v1/tasks' }),
    expected: only({
      coordinator: 200,
      socialWorkerA: 200,
      socialWorkerB: 200,
      leaderA: 200,
      leaderB: 200,
    }),
  },
  {
    method: 'POST',
    path: '/v1/tasks/{id}/done',
    prepare: () => ({ url: '/v1/tasks/999999/done' }),
    // No such task: the coordination team is told nothing was done; others may close only the
    // tasks they may see, and one they cannot see is answered as absent.
    expected: only({
      coordinator: 200,
      socialWorkerA: 404,
      socialWorkerB: 404,
      leaderA: 404,
      leaderB: 404,
    }),
  },
  {
    method: 'PUT',
    path: '/v1/me/referral-messages',
    prepare: () => ({ url: '/v1/me/referral-messages', payload: { muted: false } }),
    expected: only({ coordinator: 200, socialWorkerA: 200, socialWorkerB: 200 }),
  },
  {
    method: 'POST',
    path: '/v1/leaders',
    prepare: () => ({ url: '/v1/leaders', payload: leaderBody(unique('leader')) }),
    expected: only({ coordinator: 201 }),
  },
  {
    method: 'GET',
    path: '/v1/leaders',
    prepare: () => ({ url: '/v1/leaders' }),
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'POST',
    path: '/v1/formation/proposals',
    prepare: () => ({ url: '/v1/formation/proposals', payload: {} }),
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'POST',
    path: '/v1/formation/decisions',
    prepare: async () => {
      const id = await freshReferral('B', [{ type: 'ACCEPT' }]);
      return {
        url: '/v1/formation/decisions',
        payload: {
          placements: [{ referralId: id, cohortId: B.cohort }],
          replyBy: '2026-03-20T00:00:00Z',
        },
      };
    },
    expected: only({ coordinator: 200 }),
  },
  {
    method: 'GET',
    path: '/v1/reports/equity',
    prepare: () => ({ url: '/v1/reports/equity' }),
    expected: only({ coordinator: 200, system: 200 }),
  },
];

beforeAll(async () => {
  w = await createWorld({ app: { anonymousRateLimit: 10_000 } });
  for (const id of ['exp-1', 'exp-2']) await ok('POST', '/v1/leaders', leaderBody(id));
  for (const which of ['A', 'B'] as const) {
    await ok(
      'POST',
      '/v1/cohorts',
      cohortBody(which, {
        leaderIds: ['exp-1', 'exp-2'],
        status: 'open',
        seats: { min: 2, max: 40 },
      }),
    );
  }
  rA = await freshReferral('A', [
    { type: 'ACCEPT' },
    OFFER_A,
    { type: 'ACCEPT_OFFER' },
    { type: 'ENROL' },
  ]);
  rB = await freshReferral('B', [{ type: 'ACCEPT' }]);
  serviceId = (await ok('GET', '/v1/services?perPage=1')).items[0].id;
  doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
});
afterAll(async () => {
  await w.close();
});

describe('the role matrix: every role on every route', () => {
  for (const c of CASES) {
    it(`${c.method} ${c.path}`, async () => {
      const got: Partial<Record<Caller, number>> = {};
      for (const caller of CALLERS) {
        const call = await c.prepare();
        const res = await inject(c.method, caller, call.url, call.payload);
        got[caller] = res.statusCode;
        expect(undocumentedHeaders(doc, c.method, c.path, res), caller).toEqual([]);
        if (res.statusCode >= 400) {
          expect(res.headers['content-type'], `${caller}: ${res.body}`).toContain(
            'application/problem+json',
          );
        }
      }
      expect(got).toEqual(c.expected);
    });
  }

  it("answers 404 on every route of another district's referral, never 403", async () => {
    for (const url of [
      `/v1/referrals/${rB}`,
      `/v1/referrals/${rB}/events`,
      `/v1/referrals/${rB}/cross-district-offers`,
      `/v1/referrals/${rB}/outcomes`,
      `/v1/referrals/${rB}/outcomes/chart.svg`,
    ]) {
      expect((await inject('GET', 'socialWorkerA', url)).statusCode, url).toBe(404);
    }
  });

  it('refuses expired tokens, tokens signed with another key, and unsigned tokens on staff routes', async () => {
    const { generateKeyPair } = await import('jose');
    const other = (await generateKeyPair('RS256')).privateKey;
    const expired = await w.sign({ role: 'coordinator' }, { expiresIn: '-1m' });
    const forged = await w.sign({ role: 'coordinator' }, { key: other });
    const [header, payload] = expired.split('.');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    void header;
    for (const token of [expired, forged, unsigned]) {
      const res = await w.app.inject({
        method: 'GET',
        url: '/v1/referrals',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
    }
  });
});

describe('GET /v1/reports/equity', () => {
  it('answers JSON rows per district and need, and the same rows as CSV', async () => {
    for (const pseudonym of ['RM-FC-1', 'RM-FC-2']) {
      await ok('POST', '/v1/referrals', {
        ...referralBody('A', pseudonym),
        needs: ['family-conflict'],
      });
    }
    const json = await inject('GET', 'coordinator', '/v1/reports/equity?asOf=2026-03-02');
    expect(json.statusCode).toBe(200);
    const report = json.json();
    expect(report).toMatchObject({ asOf: '2026-03-02', minCellSize: 5 });
    const cell = (need: string) =>
      report.rows.find(
        (r: { districtId: string; needId: string }) =>
          r.districtId === A.district && r.needId === need,
      );
    // The matrix made many referrals for this need in district A; there is a local group for it.
    expect(cell('parental-substance-abuse')).toMatchObject({ localGroupSupport: true });
    expect(cell('parental-substance-abuse').referrals).toBeGreaterThanOrEqual(5);
    // Two referrals: the count is suppressed, and says so.
    expect(cell('family-conflict')).toMatchObject({ referrals: null, referralsPer1000: null });
    expect(cell('family-conflict').suppressed).toContain('referrals');
    const csv = await inject('GET', 'system', '/v1/reports/equity?format=csv&asOf=2026-03-02');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('lotsen-equity-2026-03-02.csv');
    expect(csv.body.trimEnd().split('\r\n')).toHaveLength(report.rows.length + 1);
  });
});

interface OpenApiOperation {
  readonly responses?: Record<
    string,
    { readonly description?: unknown; readonly headers?: Record<string, unknown> }
  >;
  readonly parameters?: readonly {
    readonly in?: unknown;
    readonly name?: unknown;
    readonly required?: unknown;
  }[];
  readonly requestBody?: { readonly content?: unknown };
}
interface OpenApiDocument {
  readonly openapi?: unknown;
  readonly info?: { readonly title?: unknown; readonly version?: unknown };
  readonly components?: { readonly schemas?: Record<string, unknown> };
  readonly paths?: Record<string, Record<string, OpenApiOperation>>;
}

/**
 * Headers an answer may carry without the document naming them: the message's own framing, and the
 * security and CORS headers every answer has, which say nothing about its content.
 */
const UNDOCUMENTED_BY_DESIGN = new Set([
  'content-type',
  'content-length',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-security-policy',
  'x-content-type-options',
  'x-frame-options',
  'strict-transport-security',
]);

/**
 * Every header of `res` that the document does not declare for that route and status (as
 * `METHOD path status: header`); CORS headers and {@link UNDOCUMENTED_BY_DESIGN} aside.
 */
function undocumentedHeaders(
  document: OpenApiDocument,
  method: string,
  path: string,
  res: { statusCode: number; headers: Record<string, unknown> },
): string[] {
  const response = document.paths?.[path]?.[method.toLowerCase()]?.responses?.[res.statusCode];
  const declared = new Set(Object.keys(response?.headers ?? {}).map((h) => h.toLowerCase()));
  return Object.keys(res.headers)
    .filter((h) => !UNDOCUMENTED_BY_DESIGN.has(h) && !h.startsWith('access-control-'))
    .filter((h) => !declared.has(h))
    .map((h) => `${method} ${path} ${res.statusCode}: ${h}`);
}

/** Checks a document against the structure OpenAPI 3.1 requires; returns every problem found. */
function openApiProblems(doc: OpenApiDocument): string[] {
  const problems: string[] = [];
  if (doc.openapi !== '3.1.0') problems.push('openapi is not 3.1.0');
  if (typeof doc.info?.title !== 'string' || typeof doc.info?.version !== 'string')
    problems.push('info needs title and version');
  const schemas = doc.components?.schemas ?? {};
  const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
  for (const ref of refs) {
    const target = ref.slice(8, -1);
    const name = target.replace('#/components/schemas/', '');
    if (!target.startsWith('#/components/schemas/') || !(name in schemas))
      problems.push(`unresolved ${target}`);
  }
  const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/')) problems.push(`${path}: must start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const responses = Object.entries(op.responses ?? {});
      if (responses.length === 0) problems.push(`${where}: no responses`);
      for (const [code, response] of responses) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(code))
          problems.push(`${where}: bad code ${code}`);
        if (typeof response.description !== 'string')
          problems.push(`${where} ${code}: no description`);
        if (response.description === 'Default Response')
          problems.push(`${where} ${code}: described only as "Default Response"`);
      }
      const params = op.parameters ?? [];
      for (const name of templated) {
        const p = params.find((x) => x.in === 'path' && x.name === name);
        if (!p || p.required !== true)
          problems.push(`${where}: path parameter ${name} not declared`);
      }
      for (const p of params) {
        if (!['query', 'header', 'path', 'cookie'].includes(String(p.in)))
          problems.push(`${where}: bad in`);
        if (typeof p.name !== 'string') problems.push(`${where}: parameter without name`);
      }
      if (op.requestBody && typeof op.requestBody.content !== 'object')
        problems.push(`${where}: requestBody without content`);
    }
  }
  return problems;
}

describe('the OpenAPI document', () => {
  it('is structurally valid OpenAPI 3.1, with every reference resolved', async () => {
    const doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
    expect(openApiProblems(doc)).toEqual([]);
    expect(doc.paths['/v1/referrals/{id}/events'].post.requestBody.required).toBe(true);
  });

  it('lists exactly the routes the role matrix calls', async () => {
    const doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
    const documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'delete', 'patch'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const called = CASES.map((c) => `${c.method} ${c.path}`);
    expect(new Set(called).size).toBe(called.length);
    expect([...documented].sort()).toEqual([...called].sort());
  });

  it('names a security requirement on exactly the routes the matrix finds closed to anonymous callers', async () => {
    const doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
    const closed = (c: Case) => {
      const security = doc.paths[c.path][c.method.toLowerCase()].security as
        Record<string, unknown>[] | undefined;
      return security !== undefined && !security.some((r) => Object.keys(r).length === 0);
    };
    for (const c of CASES) {
      expect(closed(c), `${c.method} ${c.path}`).toBe(c.expected.anonymous === 401);
    }
  });

  it('describes exactly what the catalogue routes answer, by default and on request', async () => {
    const doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
    // ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    formatsModule.default(ajv);
    // The document's components, under an id, so that each answer's `#/components/...` resolves.
    ajv.addSchema({ $id: 'lotsen-openapi', components: doc.components });
    const check = async (
      method: Method,
      path: string,
      url: string,
      payload?: unknown,
      acceptLanguage?: string,
    ) => {
      const res =
        acceptLanguage === undefined
          ? await inject(method, 'anonymous', url, payload)
          : await w.app.inject({
              method,
              url,
              ...(payload === undefined ? {} : { payload: payload as object }),
              headers: { ...w.headers('anonymous'), 'accept-language': acceptLanguage },
            });
      const response = doc.paths[path][method.toLowerCase()].responses[String(res.statusCode)];
      expect(response, `${method} ${url} ${res.statusCode}`).toBeDefined();
      const content = response.content as Record<string, { schema: object }>;
      const schema = Object.values(content)[0]!.schema;
      const validate = ajv.compile({
        $id: `answer-${++counter}`,
        ...JSON.parse(
          JSON.stringify(schema).replaceAll('"#/components/', '"lotsen-openapi#/components/'),
        ),
      });
      // Every property documented as required is there, and nothing undocumented (the schemas
      // forbid additional properties).
      expect(validate(res.json()), `${url}: ${JSON.stringify(validate.errors)}`).toBe(true);
      return res;
    };
    const match = { age: 9, districtId: A.district, needs: ['parental-substance-abuse'] };
    for (const url of [
      '/v1/services',
      '/v1/services?view=full&perPage=3',
      '/v1/services?access=staff_referral&page=2',
      '/v1/services?perPage=0',
      `/v1/services/${serviceId}`,
    ]) {
      await check(
        'GET',
        url.startsWith('/v1/services/') ? '/v1/services/{id}' : '/v1/services',
        url,
      );
    }
    for (const payload of [
      match,
      { ...match, limit: 50, expand: ['service', 'provider'] },
      { ...match, needs: ['parenting-support'], recentViolence: true, language: 'ar' },
      { ...match, protectionConcern: true },
      { ...match, limit: 0 },
    ]) {
      await check('POST', '/v1/match', '/v1/match', payload);
    }
    // In one language, as Accept-Language asks: still exactly what the document describes.
    for (const [acceptLanguage, language] of [
      ['sv', 'sv'],
      ['en-GB,en;q=0.9,sv;q=0.8', 'en'],
    ] as const) {
      const answers = [
        await check('GET', '/v1/services', '/v1/services', undefined, acceptLanguage),
        await check(
          'GET',
          '/v1/services',
          '/v1/services?access=staff_referral',
          undefined,
          acceptLanguage,
        ),
        await check('POST', '/v1/match', '/v1/match', match, acceptLanguage),
        await check(
          'POST',
          '/v1/match',
          '/v1/match',
          { ...match, needs: ['parenting-support'], limit: 50 },
          acceptLanguage,
        ),
      ];
      for (const res of answers) {
        expect(res.headers['content-language']).toBe(language);
        expect(res.headers.vary).toContain('accept-language');
        // Every text in the answer is in that language alone.
        const texts = JSON.stringify(res.json()).match(/"(sv|en)":/g) ?? [];
        expect(texts.length).toBeGreaterThan(0);
        expect(new Set(texts)).toEqual(new Set([`"${language}":`]));
      }
    }
    for (const path of ['/v1/services', '/v1/match']) {
      const op = doc.paths[path][path === '/v1/match' ? 'post' : 'get'];
      expect(
        op.parameters.find((p: { in: string; name: string }) => p.in === 'header'),
      ).toMatchObject({ name: 'accept-language', required: false });
    }
    // The defaults the routes apply are the ones documented.
    const body = doc.paths['/v1/match'].post.requestBody.content['application/json'].schema;
    const query = doc.components.schemas[body.$ref.split('/').pop()];
    expect(query.properties.limit).toMatchObject({ default: 10, maximum: 200 });
    expect(query.properties.expand.items.enum).toEqual(['service', 'provider']);
    const param = (name: string) =>
      doc.paths['/v1/services'].get.parameters.find((p: { name: string }) => p.name === name);
    expect(param('perPage').schema).toMatchObject({ default: 20, maximum: 200 });
    expect(param('view').schema).toMatchObject({ default: 'compact', enum: ['compact', 'full'] });
    const services = (await inject('GET', 'anonymous', '/v1/services')).json();
    expect(services.perPage).toBe(20);
    expect(
      (
        await inject('POST', 'anonymous', '/v1/match', { ...match, needs: ['parenting-support'] })
      ).json().results.length,
    ).toBeLessThanOrEqual(10);
  });

  it('declares the headers of an anonymous client over its quota, with Retry-After', async () => {
    const limited = await buildApp({ anonymousRateLimit: 1 });
    try {
      const first = await limited.inject({ method: 'GET', url: '/v1/services' });
      expect(first.statusCode).toBe(200);
      expect(undocumentedHeaders(doc, 'GET', '/v1/services', first)).toEqual([]);
      const over = await limited.inject({
        method: 'POST',
        url: '/v1/match',
        payload: { age: 9, districtId: A.district, needs: ['parental-substance-abuse'] },
      });
      expect(over.statusCode).toBe(429);
      expect(over.headers['retry-after']).toBeDefined();
      expect(undocumentedHeaders(doc, 'POST', '/v1/match', over)).toEqual([]);
      // Every route documents the 429 an anonymous caller may get.
      for (const [path, item] of Object.entries(doc.paths ?? {})) {
        for (const [method, op] of Object.entries(item)) {
          expect(op.responses?.['429']?.headers, `${method} ${path}`).toHaveProperty('retry-after');
        }
      }
    } finally {
      await limited.close();
    }
  });

  it('declares the headers of a catalogue filter refused by the catalogue (an unknown district)', async () => {
    const res = await inject('GET', 'anonymous', '/v1/services?district=atlantis');
    expect(res.statusCode).toBe(400);
    expect(undocumentedHeaders(doc, 'GET', '/v1/services', res)).toEqual([]);
  });

  it('documents the refusals made before the route on every route, as problem details (400, 414, 415, 431)', async () => {
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (w.app.server.address() as AddressInfo).port;
    const edge = async (method: Method, caller: Caller, url: string, payload?: unknown) => {
      const res = await w.app.inject({
        method,
        url,
        headers: {
          ...w.headers(caller),
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-encoding': 'gzip' }),
        },
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
      });
      return { status: res.statusCode, headers: res.headers, body: res.body };
    };
    const MARKER = 'ECHOMARK';
    const seen: string[] = [];
    for (const c of CASES) {
      // A caller the route serves, so that authentication and the role check let the request on.
      const caller = CALLERS.find((k) => c.expected[k] < 400)!;
      const call = await c.prepare();
      // Each request carries a marker in its query string, which no answer may echo.
      const [path, query] = call.url.split('?');
      const withMarker = (p: string) => `${p}?${query ? `${query}&` : ''}q=${MARKER}`;
      const answers: [number, Answer][] = [
        [400, await edge(c.method, caller, withMarker(`${path}%zz`))],
        [
          431,
          await rawRequest(
            port,
            Buffer.from(
              `${c.method} ${withMarker(path!)} HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
            ),
          ),
        ],
      ];
      if (c.path.includes('{')) {
        const long = c.path.replaceAll(/\{[^}]+\}/g, 'a'.repeat(101));
        answers.push([414, await edge(c.method, caller, withMarker(long))]);
      }
      if (call.payload !== undefined) {
        answers.push([415, await edge(c.method, caller, withMarker(path!), call.payload)]);
      }
      for (const [status, answer] of answers) {
        const where = `${c.method} ${c.path} ${status}`;
        expect(answer.status, `${where}: ${answer.body}`).toBe(status);
        expect(String(answer.headers['content-type']), where).toContain('application/problem+json');
        expect(answer.body, where).not.toContain(MARKER);
        const response = doc.paths?.[c.path]?.[c.method.toLowerCase()]?.responses?.[status];
        expect(response, where).toBeDefined();
        expect(
          undocumentedHeaders(doc, c.method, c.path, {
            statusCode: answer.status,
            headers: answer.headers,
          }),
          where,
        ).toEqual([]);
        seen.push(where);
      }
    }
    // Every route was tried, with a body where it takes one and a long id where it has one.
    expect(seen.length).toBeGreaterThanOrEqual(2 * CASES.length + 20);
  }, 60_000);

  it('documents every status the matrix saw, for each route', async () => {
    const doc = (await inject('GET', 'anonymous', '/openapi.json')).json();
    for (const c of CASES) {
      const op = doc.paths[c.path][c.method.toLowerCase()];
      const statuses = new Set(Object.values(c.expected).map(String));
      for (const status of statuses) {
        // 401 and 404 on routes that take no credentials or ids cannot happen; the rest must be documented.
        expect(Object.keys(op.responses), `${c.method} ${c.path} ${status}`).toContain(status);
      }
    }
  });
});
