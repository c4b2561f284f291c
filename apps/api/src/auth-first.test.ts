import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { A, createWorld, digest, referralBody, type Caller, type World } from './test-support.js';

/*
 * Authentication and the role check come before the request is read: walked over every operation
 * the served OpenAPI document says needs credentials, a caller without them, with refused ones, or
 * with a role that may never call the operation gets 401 or 403 however wrong the request is, and
 * learns nothing of the operation's schema (no field errors).
 */

let w: World;
let doc: OpenApiDocument;

interface Operation {
  readonly method: string;
  readonly path: string;
  /** The staff roles of the bearer requirement, and whether a system's API key is enough. */
  readonly staffRoles: readonly string[];
  readonly systemAllowed: boolean;
  readonly hasBody: boolean;
}

interface OpenApiDocument {
  readonly components: { readonly securitySchemes?: Record<string, Record<string, unknown>> };
  readonly paths: Record<
    string,
    Record<
      string,
      {
        readonly security?: readonly Record<string, readonly string[]>[];
        readonly requestBody?: unknown;
        readonly description?: string;
        readonly responses: Record<string, { readonly headers?: Record<string, unknown> }>;
      }
    >
  >;
}

/**
 * Every operation whose requirement does not include the empty one (anonymous access); never none,
 * so that a document that declares no requirements cannot make the walks below pass untried.
 */
function protectedOperations(document: OpenApiDocument): Operation[] {
  const ops = protectedIn(document);
  expect(ops.length, 'protected operations in the document').toBeGreaterThanOrEqual(20);
  return ops;
}

function protectedIn(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(
        ([, op]) => op.security !== undefined && !op.security.some((r) => !Object.keys(r).length),
      )
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        staffRoles: op.security!.flatMap((r) => r.staffToken ?? []),
        systemAllowed: op.security!.some((r) => 'systemApiKey' in r),
        hasBody: op.requestBody !== undefined,
      })),
  );
}

/** A request that is wrong in every part a schema checks: path, query, headers and body. */
const BAD_QUERY = '?limit=-1&offset=x&status=nope&format=xml&asOf=yesterday&lang=fr&mayTravel=far';
const BAD_BODIES = [
  { label: 'a body of the wrong shape', payload: '{"type":42,"personnummer":"191212121212"}' },
  { label: 'malformed JSON', payload: '{"type":' },
] as const;

function badRequest(op: Operation, body: string | undefined, headers: Record<string, string>) {
  return w.app.inject({
    method: op.method as 'GET' | 'POST' | 'PUT',
    url: op.path.replaceAll(/\{[^}]+\}/g, 'not-a-uuid') + BAD_QUERY,
    headers: {
      ...headers,
      'if-match': 'not a version',
      'idempotency-key': 'two words',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: body }),
  });
}

/** Each bad request for an operation: one per bad body, or one without a body. */
function badBodies(op: Operation): readonly (string | undefined)[] {
  return op.hasBody ? BAD_BODIES.map((b) => b.payload) : [undefined];
}

/** The role each test caller has. */
const ROLE: Readonly<Record<Exclude<Caller, 'anonymous'>, string>> = {
  coordinator: 'coordinator',
  socialWorkerA: 'district_social_worker',
  socialWorkerB: 'district_social_worker',
  leaderA: 'group_leader',
  leaderB: 'group_leader',
  system: 'system',
  districtEditorA: 'district_editor',
  providerEditor: 'provider_editor',
};

beforeAll(async () => {
  w = await createWorld({ app: { anonymousRateLimit: 100_000 } });
  doc = (await w.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(async () => {
  await w.close();
});

describe('authentication and the role check come before the request is read', () => {
  it('finds the protected operations in the served document (the writes among them)', () => {
    const ops = protectedOperations(doc).map((o) => `${o.method} ${o.path}`);
    for (const op of [
      'POST /v1/referrals',
      'POST /v1/referrals/{id}/events',
      'POST /v1/referrals/{id}/outcomes',
      'POST /v1/cohorts',
      'PUT /v1/cohorts/{id}',
      'PUT /v1/cohorts/{id}/leaders',
      'POST /v1/cohorts/{id}/attendance',
      'POST /v1/leaders',
      'POST /v1/formation/proposals',
      'POST /v1/formation/decisions',
      'GET /v1/reports/equity',
    ]) {
      expect(ops).toContain(op);
    }
  });

  it('answers an anonymous caller 401 with a Bearer challenge on every protected operation, whatever the input', async () => {
    const before = await digest(w.db);
    for (const op of protectedOperations(doc)) {
      for (const body of badBodies(op)) {
        const res = await badRequest(op, body, {});
        const where = `${op.method} ${op.path} ${body ?? ''}: ${res.body}`;
        expect(res.statusCode, where).toBe(401);
        expect(res.headers['www-authenticate'], where).toBe('Bearer realm="lotsen"');
        expect(res.headers['content-type'], where).toContain('application/problem+json');
        const problem = res.json();
        expect(problem, where).toMatchObject({
          type: 'https://lotsen.stockholm/problems/unauthenticated',
          status: 401,
          detail: 'Sign in to use this route',
        });
        expect(problem.errors, where).toBeUndefined();
        // The 401 and its challenge header are what the document says this operation answers.
        expect(
          doc.paths[op.path]![op.method.toLowerCase()]!.responses['401']?.headers,
        ).toHaveProperty('www-authenticate');
      }
    }
    expect(await digest(w.db)).toEqual(before);
  });

  it('answers 401 to an anonymous caller whatever body, content type and query it sends (property)', async () => {
    const ops = protectedOperations(doc);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ops),
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        fc.dictionary(
          fc.constantFrom('limit', 'status', 'format', 'asOf', 'lang', 'x'),
          fc.string(),
        ),
        async (op, body, contentType, query) => {
          const res = await w.app.inject({
            method: op.method as 'GET' | 'POST' | 'PUT',
            url: op.path.replaceAll(/\{[^}]+\}/g, 'x'),
            query,
            headers: { 'content-type': contentType },
            ...(op.method === 'GET' ? {} : { payload: body }),
          });
          expect(res.statusCode, `${op.method} ${op.path}: ${res.body}`).toBe(401);
          expect(res.json().errors).toBeUndefined();
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('answers HEAD on every protected GET operation as it answers GET: 401 to an anonymous caller', async () => {
    for (const op of protectedOperations(doc).filter((o) => o.method === 'GET')) {
      const res = await w.app.inject({
        method: 'HEAD',
        url: op.path.replaceAll(/\{[^}]+\}/g, 'not-a-uuid') + BAD_QUERY,
      });
      expect(res.statusCode, `HEAD ${op.path}`).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="lotsen"');
    }
  });

  it('answers refused credentials 401 with error="invalid_token" on every protected operation', async () => {
    const expired = await w.sign({ role: 'coordinator' }, { expiresIn: '-1m' });
    for (const op of protectedOperations(doc)) {
      for (const body of badBodies(op)) {
        const res = await badRequest(op, body, { authorization: `Bearer ${expired}` });
        const where = `${op.method} ${op.path}: ${res.body}`;
        expect(res.statusCode, where).toBe(401);
        expect(res.headers['www-authenticate'], where).toBe(
          'Bearer realm="lotsen", error="invalid_token", error_description="The token has expired"',
        );
        expect(res.json().errors, where).toBeUndefined();
      }
      // An unknown API key is not a bearer token: the challenge carries no error code (RFC 6750 §3.1).
      const res = await badRequest(op, badBodies(op)[0], { 'x-api-key': 'guessed' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer realm="lotsen"');
    }
  });

  it('answers a role that may never call an operation 403 before reading the request', async () => {
    const before = await digest(w.db);
    for (const op of protectedOperations(doc)) {
      const allowed = (caller: Exclude<Caller, 'anonymous'>) =>
        caller === 'system' ? op.systemAllowed : op.staffRoles.includes(ROLE[caller]);
      const refused = (['leaderA', 'system', 'socialWorkerA', 'coordinator'] as const).filter(
        (c) => !allowed(c),
      );
      expect(refused.length, `${op.method} ${op.path}`).toBeGreaterThan(0);
      for (const caller of refused) {
        for (const body of badBodies(op)) {
          const res = await badRequest(op, body, w.headers(caller));
          const where = `${caller} ${op.method} ${op.path}: ${res.body}`;
          expect(res.statusCode, where).toBe(403);
          expect(res.headers['www-authenticate'], where).toBeUndefined();
          expect(res.json(), where).toMatchObject({
            type: 'https://lotsen.stockholm/problems/forbidden',
            detail: 'Your role may not use this route',
          });
          expect(res.json().errors, where).toBeUndefined();
        }
      }
    }
    expect(await digest(w.db)).toEqual(before);
  });

  it('still validates the input of a caller who may use the operation (400 with the paths)', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/v1/referrals',
      headers: w.headers('coordinator'),
      payload: { ...referralBody('A'), needs: 'all of them' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('needs');
  });
});

describe('the OpenAPI document names how to authenticate', () => {
  it('declares a bearer JWT scheme with the claims of each role, and an API key scheme', () => {
    const schemes = doc.components.securitySchemes!;
    expect(schemes.staffToken).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(schemes.systemApiKey).toMatchObject({ type: 'apiKey', in: 'header', name: 'X-Api-Key' });
    expect(schemes.staffToken!['x-role-claims']).toMatchObject({
      coordinator: { required: expect.arrayContaining(['sub', 'role']) },
      district_social_worker: { required: expect.arrayContaining(['role', 'district_id']) },
      group_leader: { optional: ['cohort_ids'] },
    });
    for (const claim of ['`role`', '`district_id`', '`cohort_ids`', '`sub`'])
      expect(schemes.staffToken!.description).toContain(claim);
  });

  it('gives each protected operation its roles as the requirement and in words, and documents 401 and 403', () => {
    const equity = doc.paths['/v1/reports/equity']!.get!;
    expect(equity.security).toEqual([{ staffToken: ['coordinator'] }, { systemApiKey: [] }]);
    const attendance = doc.paths['/v1/cohorts/{id}/attendance']!.post!;
    expect(attendance.security).toEqual([{ staffToken: ['group_leader'] }]);
    for (const op of protectedOperations(doc)) {
      const documented = doc.paths[op.path]![op.method.toLowerCase()]!;
      expect(documented.description, `${op.method} ${op.path}`).toContain('**Who may call:**');
      expect(Object.keys(documented.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
    // Public operations name no requirement; /v1/me reads credentials but needs none.
    expect(doc.paths['/v1/match']!.post!.security).toBeUndefined();
    expect(doc.paths['/v1/me']!.get!.security).toContainEqual({});
  });
});

describe('a staff token whose subject is a personal identity number', () => {
  it('is refused with a message about the staff identity, never the message about children', async () => {
    // 19121212-1212 is Skatteverket's published test number.
    const token = await w.sign({ sub: '191212121212', role: 'coordinator' });
    const before = await digest(w.db);
    const res = await w.app.inject({
      method: 'POST',
      url: '/v1/referrals',
      headers: { authorization: `Bearer ${token}` },
      payload: referralBody('A', 'PNR-SUB-1'),
    });
    expect(res.statusCode).toBe(401);
    const problem = res.json();
    expect(problem.detail).toContain('staff member');
    expect(problem.detail).toContain('sub');
    expect(res.body).not.toContain('children');
    expect(res.body).not.toContain('191212121212');
    expect(res.headers['www-authenticate']).toContain('error="invalid_token"');
    expect(await digest(w.db)).toEqual(before);
    const me = await w.app.inject({
      method: 'GET',
      url: '/v1/me',
      headers: {
        authorization: `Bearer ${await w.sign({ sub: '19121212-1212', role: 'group_leader', cohort_ids: [A.cohort] })}`,
      },
    });
    expect(me.statusCode).toBe(401);
  });
});
