import { openDatabase } from '@lotsen/storage';
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SECURITY_HEADERS } from './security-headers.js';
import {
  cohortBody,
  createWorld,
  digest,
  leaderBody,
  rawRequest,
  referralBody,
  type Answer,
  type Caller,
  type World,
} from './test-support.js';

/*
 * Bad input from outside, as a careless or hostile client sends it: text PostgreSQL cannot store,
 * fields Lotsen does not know, bodies that are not what their headers say, URLs that do not decode
 * and requests HTTP itself refuses. Every refusal is a problem detail with the security headers, no
 * answer is a 5xx, and none echoes the URL.
 */

let w: World;

// PGlite; PostgreSQL instead when DATABASE_URL is set (its own schema, dropped afterwards).
const DATABASE_URL = process.env.DATABASE_URL || undefined;
const SCHEMA = `t_api_bad_input_${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  const db = DATABASE_URL ? await openDatabase({ url: DATABASE_URL, schema: SCHEMA }) : undefined;
  w = await createWorld(db ? { db } : {});
});
afterAll(async () => {
  await w?.close();
  if (DATABASE_URL !== undefined) {
    await w?.db.driver.exec(`DROP SCHEMA "${SCHEMA}" CASCADE`);
    await w?.db.close();
  }
});

/** A string that marks the URL, to find it echoed in an answer. */
const MARKER = 'ECHOMARK';

/** Asserts an answer is a problem detail (RFC 9457) with the security headers, and not a 5xx. */
function expectProblem(answer: Answer, what: string): Record<string, unknown> {
  expect(answer.status, `${what}: ${answer.body}`).toBeLessThan(500);
  expect(String(answer.headers['content-type']), what).toMatch(/^application\/problem\+json/);
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) {
    expect(answer.headers[name], `${what}: ${name}`).toBe(value);
  }
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(body, what).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: answer.status,
    detail: expect.stringMatching(/\S/),
  });
  return body;
}

async function call(
  method: string,
  url: string,
  caller: Caller,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const res = await w.app.inject({
    method: method as 'GET',
    url,
    headers: { ...w.headers(caller), ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: res.statusCode, headers: res.headers, body: res.body };
}

/** The `errors[].path` of a 400. */
function errorPaths(answer: Answer): string[] {
  const body = JSON.parse(answer.body) as { errors?: { path: string }[] };
  return (body.errors ?? []).map((e) => e.path);
}

describe('text PostgreSQL cannot store is refused at the edge, naming the field', () => {
  const cases: [string, string, string, Record<string, unknown>, string][] = [
    [
      'POST',
      '/v1/leaders',
      'NUL',
      { ...leaderBody('nul-1'), displayName: 'An\u0000na' },
      'displayName',
    ],
    [
      'POST',
      '/v1/leaders',
      'lone surrogate',
      {
        ...leaderBody('nul-2'),
        trainings: [{ programme: 'CAP\ud800', completedOn: '2024-05-01' }],
      },
      'trainings.0.programme',
    ],
    [
      'POST',
      '/v1/cohorts',
      'NUL',
      cohortBody('A', { premises: { name: 'Fritids\u0000gården', districtId: 'farsta' } }),
      'premises.name',
    ],
    [
      'PUT',
      '/v1/cohorts/farsta-humlan-ht26',
      'lone surrogate',
      cohortBody('A', { premises: { name: '\udc00', districtId: 'farsta' } }),
      'premises.name',
    ],
  ];
  it.each(cases)(
    '%s %s with a %s answers 400 and stores nothing',
    async (method, url, _what, body, path) => {
      const before = await digest(w.db);
      const answer = await call(method, url, 'coordinator', body);
      expect(answer.status, answer.body).toBe(400);
      expectProblem(answer, url);
      expect(errorPaths(answer)).toEqual([path]);
      expect(await digest(w.db)).toEqual(before);
    },
  );
});

describe('unknown fields on write bodies are refused, each named', () => {
  it('a personal identity number at the root of a new leader', async () => {
    const answer = await call('POST', '/v1/leaders', 'coordinator', {
      ...leaderBody('unknown-1'),
      personnummer: '201001012386',
    });
    expect(answer.status).toBe(400);
    expect(errorPaths(answer)).toEqual(['personnummer']);
  });

  it('a name, a personal identity number and a version in a changed cohort', async () => {
    const answer = await call('PUT', '/v1/cohorts/farsta-humlan-ht26', 'coordinator', {
      ...cohortBody('A'),
      firstName: 'Ali',
      personnummer: '201001012386',
      version: 3,
    });
    expect(answer.status).toBe(400);
    expect(errorPaths(answer).sort()).toEqual(['firstName', 'personnummer', 'version']);
  });

  it("who, when, an id and an admin flag in a referral's consent", async () => {
    const before = await digest(w.db);
    const body = referralBody('A', 'FA-2026-0999');
    const answer = await call('POST', '/v1/referrals', 'socialWorkerA', {
      ...body,
      consent: { ...body.consent, by: 'x', at: '2026-03-01', id: 'c1', isAdmin: true },
    });
    expect(answer.status, answer.body).toBe(400);
    expect(errorPaths(answer).sort()).toEqual([
      'consent.at',
      'consent.by',
      'consent.id',
      'consent.isAdmin',
    ]);
    expect(await digest(w.db)).toEqual(before);
  });
});

describe('a body that is not what its headers say is refused (415)', () => {
  it('JSON sent as gzip but not compressed', async () => {
    const answer = await call('POST', '/v1/leaders', 'coordinator', leaderBody('gz-1'), {
      'content-encoding': 'gzip',
    });
    expect(answer.status).toBe(415);
    expect(answer.headers['accept-encoding']).toBe('identity');
    expectProblem(answer, 'gzip');
  });

  it('JSON labelled latin1', async () => {
    const answer = await call('POST', '/v1/leaders', 'coordinator', leaderBody('l1-1'), {
      'content-type': 'application/json; charset=latin1',
    });
    expect(answer.status).toBe(415);
    expectProblem(answer, 'latin1');
  });

  it('only where a body is read: a GET that sends one anyway is answered as without it', async () => {
    const answer = await call('GET', '/v1/leaders', 'coordinator', '{}', {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(answer.status, answer.body).toBe(200);
  });

  it('takes UTF-8 (however it is written) and identity', async () => {
    for (const [id, headers] of [
      ['utf-1', { 'content-type': 'application/json; charset="UTF-8"' }],
      ['utf-2', { 'content-encoding': 'identity' }],
    ] as const) {
      const answer = await call('POST', '/v1/leaders', 'coordinator', leaderBody(id), headers);
      expect(answer.status, answer.body).toBe(201);
    }
  });
});

/** A page's origin, as a browser sends it. */
const ORIGIN = 'https://app.example';

/** The CORS headers of an answer. */
function corsOf(answer: Answer): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => name.startsWith('access-control-')),
  );
}

/**
 * The CORS headers of an ordinary answer to a page on ORIGIN: a staff member's catalogue read, which
 * has no quota headers to expose (an edge answer has none either).
 */
async function ordinaryCors(): Promise<Record<string, unknown>> {
  const headers = corsOf(
    await call('GET', '/v1/districts', 'coordinator', undefined, { origin: ORIGIN }),
  );
  // Never none, so that an edge answer without CORS headers cannot pass by matching nothing.
  expect(headers['access-control-allow-origin']).toBeDefined();
  return headers;
}

describe('what the router refuses is a problem detail that does not echo the URL', () => {
  it('a path that does not decode', async () => {
    const answer = await call('GET', `/v1/services/%zz${MARKER}?q=${MARKER}`, 'anonymous');
    expect(answer.status).toBe(400);
    expectProblem(answer, 'bad url');
    expect(answer.body).not.toContain(MARKER);
  });

  it('a path parameter over the length limit says so', async () => {
    const answer = await call(
      'GET',
      `/v1/cohorts/${MARKER}${'a'.repeat(120)}?q=${MARKER}`,
      'coordinator',
    );
    expect(answer.status).toBe(414);
    expect(expectProblem(answer, 'long param').detail).toMatch(/longer than 100 characters/);
    expect(answer.body).not.toContain(MARKER);
  });

  it('with the CORS headers of every other answer, so that a page on another origin reads it', async () => {
    const expected = await ordinaryCors();
    for (const url of ['/v1/services/%zz', `/v1/cohorts/${'a'.repeat(120)}`]) {
      const answer = await call('GET', url, 'coordinator', undefined, { origin: ORIGIN });
      expect(answer.status, url).toBeGreaterThanOrEqual(400);
      expect(corsOf(answer), url).toEqual(expected);
    }
  });
});

describe("what Node's HTTP parser refuses is a problem detail too (a real socket)", () => {
  let port: number;
  beforeAll(async () => {
    await w.app.listen({ port: 0, host: '127.0.0.1' });
    port = (w.app.server.address() as AddressInfo).port;
  });

  const get = (target: Buffer | string, headers = '') =>
    rawRequest(
      port,
      Buffer.concat([
        Buffer.from('GET '),
        Buffer.isBuffer(target) ? target : Buffer.from(target),
        Buffer.from(` HTTP/1.1\r\nHost: localhost\r\n${headers}Connection: close\r\n\r\n`),
      ]),
    );

  it('an oversized header: 431', async () => {
    const answer = await get('/v1/services', `X-Big: ${MARKER}${'a'.repeat(20_000)}\r\n`);
    expect(answer.status).toBe(431);
    expectProblem(answer, 'big header');
    expect(answer.body).not.toContain(MARKER);
  });

  it('an oversized query: 431, without the query back', async () => {
    const answer = await get(`/v1/services?q=${MARKER}${'a'.repeat(20_000)}`);
    expect(answer.status).toBe(431);
    expectProblem(answer, 'big query');
    expect(answer.body).not.toContain(MARKER);
  });

  it('with the CORS headers of every other answer (they do not depend on the Origin, which the parser has not read)', async () => {
    const expected = await ordinaryCors();
    for (const [what, answer] of [
      ['431', await get('/v1/services', `Origin: ${ORIGIN}\r\nX-Big: ${'a'.repeat(20_000)}\r\n`)],
      ['400', await get(Buffer.concat([Buffer.from('/v1/services/'), Buffer.from([0xff])]))],
    ] as const) {
      expect(answer.status, what).toBeGreaterThanOrEqual(400);
      expect(corsOf(answer), what).toEqual(expected);
    }
  });

  it('a raw non-ASCII byte in the path: 400', async () => {
    const path = Buffer.concat([Buffer.from(`/v1/services/${MARKER}`), Buffer.from([0xff])]);
    const answer = await get(path);
    expect(answer.status).toBe(400);
    expectProblem(answer, 'raw byte');
    expect(answer.body).not.toContain(MARKER);
  });

  it('a NUL byte in a header: 400', async () => {
    const answer = await get('/v1/services', `X-Note: ${MARKER}\u0000\r\n`);
    expect(answer.status).toBe(400);
    expectProblem(answer, 'NUL header');
    expect(answer.body).not.toContain(MARKER);
  });

  it('broken %-encoding over the network: 400, without the query back', async () => {
    const answer = await get(`/v1/services/%E0%A4-${MARKER}?q=${MARKER}`);
    expect(answer.status).toBe(400);
    expectProblem(answer, 'broken encoding');
    expect(answer.body).not.toContain(MARKER);
  });
});

/*
 * The fuzz: every operation of the served OpenAPI document, with each string of its body replaced
 * by a NUL or a lone surrogate, an unknown field added to each of its objects, and path and query
 * parameters that are NUL, lone surrogates, broken %-encoding or too long. Each request is sent by
 * every role, so that whichever role the operation takes gets its body validated.
 */

type JsonSchema = Record<string, unknown>;
type Path = readonly (string | number)[];

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly op: Record<string, unknown>;
}

const FUZZ_CALLERS: readonly Caller[] = ['coordinator', 'socialWorkerA', 'leaderA', 'system'];
const BAD_STRINGS = ['a\u0000b', 'x\ud800y', '\udc00'];

let doc: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, JsonSchema> };
};

function resolve(schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return resolve(doc.components.schemas[ref.split('/').pop()!]!);
}

/** A string a JSON Schema string takes, as far as its format says. */
function sampleString(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return String(schema.enum[0]);
  switch (schema.format) {
    case 'date':
      return '2026-09-01';
    case 'date-time':
      return '2026-09-01T10:00:00Z';
    case 'uuid':
      return randomUUID();
    case 'email':
      return 'a@example.se';
    case 'uri':
      return 'https://example.se';
    default:
      return 'x';
  }
}

/**
 * A value with every property the schema names (optional ones too), and the paths of its closed
 * objects (those that name their properties), where an unknown field must be refused.
 */
function sample(schema: JsonSchema, path: Path, objects: Path[]): unknown {
  const s = resolve(schema);
  if ('const' in s) return s.const;
  const option = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (option)
    return sample(option.find((o) => resolve(o).type !== 'null') ?? option[0]!, path, objects);
  const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : s.type;
  if (Array.isArray(s.enum)) return s.enum[0];
  switch (type) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      if (s.properties) objects.push(path);
      return Object.fromEntries(
        Object.entries(properties).map(([k, v]) => [k, sample(v, [...path, k], objects)]),
      );
    }
    case 'array':
      return [sample((s.items ?? {}) as JsonSchema, [...path, 0], objects)];
    case 'string':
      return sampleString(s);
    case 'integer':
    case 'number':
      return typeof s.minimum === 'number' ? s.minimum : 1;
    case 'boolean':
      return true;
    default:
      return null;
  }
}

/** The bodies of an operation: one per option of a top-level union, else one. */
function bodies(schema: JsonSchema): { body: unknown; objects: Path[] }[] {
  const s = resolve(schema);
  const options = (s.oneOf ?? s.anyOf ?? [s]) as JsonSchema[];
  return options.map((option) => {
    const objects: Path[] = [];
    return { body: sample(option, [], objects), objects };
  });
}

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  }
  return [];
}

/** A copy of `value` with `change` applied at `path`. */
function changedAt(value: unknown, path: Path, change: (at: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = changedAt(copy[head!], rest, change);
  return copy;
}

/** A sample body of every operation that takes JSON (one per option of a top-level union). */
function bodyCases(): { operation: Operation; body: unknown; objects: Path[] }[] {
  return operations().flatMap((operation) => {
    const requestBody = operation.op.requestBody as
      { content?: Record<string, { schema: JsonSchema }> } | undefined;
    const content = requestBody?.content?.['application/json'];
    return content ? bodies(content.schema).map((b) => ({ operation, ...b })) : [];
  });
}

function operations(): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

/** The path of an operation with its path parameters filled in: with `value`, or with real ids. */
function urlOf(operation: Operation, value?: string): string {
  const id = operation.path.startsWith('/v1/referrals') ? randomUUID() : 'farsta-humlan-ht26';
  return operation.path.replace(/\{[^}]+\}/g, () => value ?? id);
}

/** Sends a request by every fuzz caller; every answer must be fine, the 400s are returned. */
async function byEveryone(
  operation: Operation,
  url: string,
  payload: unknown,
  what: string,
): Promise<Answer[]> {
  const refused: Answer[] = [];
  for (const caller of FUZZ_CALLERS) {
    const answer = await call(operation.method, url, caller, payload);
    const label = `${operation.method} ${operation.path} ${what} as ${caller}`;
    expect(answer.status, `${label}: ${answer.body}`).toBeLessThan(500);
    if (answer.status >= 400) {
      expectProblem(answer, label);
      expect(answer.body, label).not.toContain(MARKER);
    }
    if (answer.status === 400) refused.push(answer);
  }
  return refused;
}

describe('a fuzz of every operation of the served OpenAPI document', () => {
  beforeAll(async () => {
    doc = (await w.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });

  it('refuses NUL and lone surrogates in every string of every body, naming the field', async () => {
    let checked = 0;
    for (const { operation, body } of bodyCases()) {
      for (const path of stringPaths(body)) {
        for (const bad of BAD_STRINGS) {
          const payload = changedAt(body, path, () => bad);
          const what = `${path.join('.')}=${JSON.stringify(bad)}`;
          const refused = await byEveryone(operation, urlOf(operation), payload, what);
          // The field, or the object holding it (a union refused as a whole), is named.
          const named = refused.some((a) =>
            errorPaths(a).some((p) => path.join('.').startsWith(p)),
          );
          expect(named, `${operation.method} ${operation.path} ${what}`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 180_000);

  it('declares every object of every request body closed (additionalProperties: false)', () => {
    const open: string[] = [];
    const seen = new Set<JsonSchema>();
    const walk = (schema: unknown, where: string): void => {
      if (schema === null || typeof schema !== 'object') return;
      if (Array.isArray(schema)) return schema.forEach((s, i) => walk(s, `${where}[${i}]`));
      const s = resolve(schema as JsonSchema);
      if (seen.has(s)) return;
      seen.add(s);
      if (s.type === 'object' || s.properties !== undefined) {
        if (s.additionalProperties !== false) open.push(where || '(root)');
      }
      for (const [name, property] of Object.entries((s.properties ?? {}) as JsonSchema)) {
        walk(property, `${where}.${name}`);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) walk(s[key], `${where}/${key}`);
    };
    let bodies = 0;
    for (const operation of operations()) {
      const requestBody = operation.op.requestBody as
        { content?: Record<string, { schema: JsonSchema }> } | undefined;
      for (const media of Object.values(requestBody?.content ?? {})) {
        walk(media.schema, `${operation.method} ${operation.path} `);
        bodies += 1;
      }
    }
    expect(bodies).toBeGreaterThanOrEqual(10);
    expect(open).toEqual([]);
  });

  // The cross-check of the one above: what the document declares closed, the validator closes.
  it('refuses an unknown field in every object of every body, naming it', async () => {
    let checked = 0;
    for (const { operation, body, objects } of bodyCases()) {
      for (const path of objects) {
        const payload = changedAt(body, path, (at) => ({
          ...(at as object),
          personnummer: '201001012386',
        }));
        const field = [...path, 'personnummer'].join('.');
        const refused = await byEveryone(operation, urlOf(operation), payload, `+${field}`);
        expect(
          refused.some((a) => errorPaths(a).includes(field)),
          `${operation.method} ${operation.path} ${field}`,
        ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  }, 120_000);

  it('answers bad path and query parameters with problem details, never a 5xx or the URL', async () => {
    const values = [
      '%00',
      '%ED%A0%80',
      `%zz${MARKER}`,
      `${MARKER}%FF`,
      `${MARKER}${'a'.repeat(150)}`,
    ];
    for (const operation of operations()) {
      const parameters = (operation.op.parameters ?? []) as { in: string; name: string }[];
      for (const value of values) {
        if (parameters.some((p) => p.in === 'path')) {
          await byEveryone(operation, urlOf(operation, value), undefined, `path ${value}`);
        }
        const query = parameters
          .filter((p) => p.in === 'query')
          .map((p) => `${p.name}=${value}`)
          .join('&');
        if (query) {
          await byEveryone(operation, `${urlOf(operation)}?${query}`, undefined, `query ${value}`);
        }
      }
    }
  }, 120_000);
});
