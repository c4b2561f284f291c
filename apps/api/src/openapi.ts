import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { ROLE_CLAIMS, type CallerRole, type TokenRole } from './auth.js';
import { MISLABELLED_BODY_STATUS } from './body-envelope.js';
import { EDGE_STATUSES } from './edge-errors.js';
import { ProblemSchema } from './problem.js';

/*
 * What the OpenAPI document says about answers beyond their bodies: a description of each status
 * and the response headers a client can rely on. The bodies' schemas come from the routes' zod
 * schemas (fastify-type-provider-zod); this adds the rest when the document is built, so that every
 * route states only the headers that are its own (`responseHeaders` in its schema).
 */

/**
 * A response header, as a route schema gives it to @fastify/swagger: a JSON Schema whose
 * description becomes the header's.
 */
interface DocumentedHeader {
  readonly type: 'string';
  readonly description: string;
}

const header = (description: string): DocumentedHeader => ({ type: 'string', description });

/**
 * Every response header the API documents, described once. Security headers (CSP, `nosniff`,
 * HSTS) and the CORS headers are on every answer too, but describe no content, and are left out as
 * OpenAPI documents usually do.
 */
const RESPONSE_HEADERS = {
  'cache-control': header(
    '`no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`).',
  ),
  ratelimit: header(
    'On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`.',
  ),
  'ratelimit-policy': header(
    'On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`.',
  ),
  'retry-after': header('Seconds until the anonymous quota of this client resets.'),
  location: header('The address of the resource the request created.'),
  etag: header(
    'The version of the resource, for `If-Match` on the next change (optimistic concurrency).',
  ),
  'idempotent-replayed': header(
    '`true` when the answer is the one an earlier request with the same `Idempotency-Key` got: nothing new was stored.',
  ),
  'content-language': header(
    'The language of the texts in the answer (`sv` or `en`), when Accept-Language chose one.',
  ),
  vary: header('The request headers the answer depends on.'),
  'content-encoding': header(
    '`br` or `gzip` when the answer is compressed, as Accept-Encoding allows.',
  ),
  'content-disposition': header('For a download: the file name to save it under.'),
  'accept-encoding': header(
    'On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3).',
  ),
  'www-authenticate': header(
    'The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused.',
  ),
} as const satisfies Readonly<Record<string, DocumentedHeader>>;

/** The name of a documented response header. */
export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

declare module 'fastify' {
  interface FastifySchema {
    /**
     * The response headers the route sets itself, by status, for the OpenAPI document only; the
     * headers every answer carries are added to each status (see {@link documentedOperation}).
     */
    readonly responseHeaders?: Readonly<Record<number, readonly ResponseHeaderName[]>>;
  }
}

/** The headers on every answer of every route: the cache rule, and the quota of anonymous callers. */
const ON_EVERY_ANSWER: readonly ResponseHeaderName[] = [
  'cache-control',
  'ratelimit',
  'ratelimit-policy',
];

/**
 * What each status means in this API. A route that gives a status with its content types describes
 * it itself (the equity report, the chart); every other status gets this description.
 */
const STATUS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  '200': 'OK',
  '201': 'Created',
  '400':
    'Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP',
  '401':
    'No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input',
  '403':
    'Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names',
  '404': 'Not found, or not the caller’s to see',
  '408': 'The request did not arrive in time; the connection is closed',
  '409':
    'In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which',
  '414': 'A path parameter is longer than any id of this API (100 characters)',
  '415':
    'The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8)',
  '422': 'Understood, but it cannot be done: problem details say why',
  '431':
    'The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed',
  '429': 'Too many requests from this anonymous client in the window: try again after Retry-After',
  '503': 'Not ready',
};

/** The names of the two security schemes in the document's `components.securitySchemes`. */
const BEARER = 'staffToken';
const API_KEY = 'systemApiKey';

/** The staff roles, in the order the document lists them. */
const STAFF_ROLES = Object.keys(ROLE_CLAIMS) as TokenRole[];

/** A claim list as the scheme's description writes it: `` `a`, `b` ``. */
const claimList = (claims: readonly string[]) => claims.map((c) => `\`${c}\``).join(', ');

/**
 * How a caller proves who it is, for the document's `components.securitySchemes`: a staff
 * member's bearer JWT, with the claims each role needs (`x-role-claims`, from auth.ts's
 * `ROLE_CLAIMS`), and another city system's API key.
 */
export const SECURITY_SCHEMES = {
  [BEARER]: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: [
      "A staff member's token from the city's identity provider, or from an issuer the API trusts for the same audience (the Teams bot, acting for the staff member it serves), signed with RS256, PS256, ES256 or EdDSA by a key of the issuer it names.",
      '`sub` is an opaque staff id (the audit trail records it as who acted); a personal identity number there is refused (401).',
      '`role` is `coordinator`, `district_social_worker` or `group_leader`; `district_id` is a district social worker’s own district; `cohort_ids` lists the cohorts a group leader leads.',
      ...STAFF_ROLES.map(
        (role) =>
          `\`${role}\` needs ${claimList(ROLE_CLAIMS[role].required)}${
            ROLE_CLAIMS[role].optional.length > 0
              ? `, and may carry ${claimList(ROLE_CLAIMS[role].optional)}`
              : ''
          }.`,
      ),
      'An operation’s requirement names the roles that may call it.',
    ].join(' '),
    'x-role-claims': ROLE_CLAIMS,
  },
  [API_KEY]: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Api-Key',
    description:
      'A key for another city system (role `system`), given by the operators; the server keeps only its SHA-256 hash.',
  },
} as const;

/** Who may call an operation, in words, for its description. */
function whoMayCall(roles: readonly CallerRole[]): string {
  if (roles.includes('anonymous')) return 'Anyone; the answer depends on the credentials sent.';
  const staff = STAFF_ROLES.filter((r) => roles.includes(r));
  const callers = [
    ...(staff.length > 0
      ? [`staff with a token whose \`role\` is ${staff.map((r) => `\`${r}\``).join(' or ')}`]
      : []),
    ...(roles.includes('system') ? ['another city system with its API key'] : []),
  ];
  return `${callers.join(', or ')}. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.`;
}

/**
 * An operation's security requirement (OpenAPI 3.1: for schemes other than OAuth the array lists
 * the roles that may call it), its 401 and 403 answers, and who may call it, in its description.
 */
function withAccess(
  schema: Record<string, unknown>,
  roles: readonly CallerRole[] | undefined,
): Record<string, unknown> {
  if (roles === undefined) return schema;
  const staff = STAFF_ROLES.filter((r) => roles.includes(r));
  const security = [
    ...(staff.length > 0 ? [{ [BEARER]: staff }] : []),
    ...(roles.includes('system') ? [{ [API_KEY]: [] }] : []),
    ...(roles.includes('anonymous') ? [{}] : []),
  ];
  const response = schema.response as Record<string, unknown> | undefined;
  const refusals = {
    ...(roles.includes('anonymous') ? {} : { 401: ProblemSchema }),
    ...(staff.length < STAFF_ROLES.length || !roles.includes('system')
      ? { 403: ProblemSchema }
      : {}),
  };
  const description = [schema.description, `**Who may call:** ${whoMayCall(roles)}`]
    .filter((part) => typeof part === 'string')
    .join('\n\n');
  return {
    ...schema,
    description,
    security,
    ...(response === undefined ? {} : { response: { ...refusals, ...response } }),
  };
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type TransformOutput = ReturnType<typeof jsonSchemaTransform>;

/**
 * The refusals any route may answer before its own code runs, as problem details: 429 (an
 * anonymous caller over the quota); what the router and Node's HTTP parser refuse (edge-errors.ts:
 * 400, 408, 431 on every route, 414 on a route with path parameters); and 415 on a route that
 * takes a body (body-envelope.ts). A route's own answer for one of these statuses comes first.
 */
function refusalsBeforeTheRoute(input: TransformInput, takesBody: boolean) {
  const statuses = [
    429,
    ...EDGE_STATUSES.everyOperation,
    ...(input.url.includes(':') ? EDGE_STATUSES.withPathParameters : []),
    ...(takesBody ? [MISLABELLED_BODY_STATUS] : []),
  ];
  return Object.fromEntries(statuses.map((status) => [status, ProblemSchema]));
}

/**
 * The transform @fastify/swagger calls for each route: the zod schemas as JSON Schema
 * (fastify-type-provider-zod's `jsonSchemaTransform`), then, for every status, a description and
 * the response headers — those of every answer, the route's own `responseHeaders`, a 429 with
 * `Retry-After` and the other refusals made before the route (see `refusalsBeforeTheRoute`) —
 * and, for a route with `roles`, its security requirement, 401 (with `WWW-Authenticate`) and 403.
 */
export function documentedOperation(input: TransformInput): TransformOutput {
  const { responseHeaders, ...own } = input.schema ?? {};
  const schema = withAccess(own, input.route.config?.roles);
  const response = (schema as { response?: Record<string, unknown> }).response;
  const withRefusals =
    response === undefined
      ? schema
      : {
          ...schema,
          response: { ...refusalsBeforeTheRoute(input, schema.body !== undefined), ...response },
        };
  const out = jsonSchemaTransform({ ...input, schema: withRefusals });
  const documented = out.schema as { hide?: boolean; response?: Record<string, unknown> };
  if (documented.hide === true || documented.response === undefined) return out;
  for (const [status, answer] of Object.entries(documented.response)) {
    const own = responseHeaders?.[Number(status)] ?? [];
    const names = [
      ...ON_EVERY_ANSWER,
      ...(status === '429' ? ['retry-after' as const] : []),
      ...(status === '401' ? ['www-authenticate' as const] : []),
      ...(status === String(MISLABELLED_BODY_STATUS) ? ['accept-encoding' as const] : []),
      ...own,
    ];
    const target = answer as Record<string, unknown>;
    const description = STATUS_DESCRIPTIONS[status] ?? `HTTP ${status}`;
    // How @fastify/swagger finds a response's description: an answer given with its content types
    // has its own; beside a `$ref` only `description` survives (and is not the body's); an inline
    // schema's `description` would stay in the body's schema, `x-response-description` does not.
    const describedByRoute = 'content' in target && typeof target.description === 'string';
    if (!describedByRoute) {
      if ('$ref' in target) target.description = description;
      else target['x-response-description'] = description;
    }
    target.headers = Object.fromEntries(names.map((name) => [name, RESPONSE_HEADERS[name]]));
  }
  return out;
}

type ObjectInput = Parameters<typeof jsonSchemaTransformObject>[0];
type JsonSchema = Record<string, unknown>;

/**
 * Marks every object schema in `schema` closed (`additionalProperties: false`), following `$ref`s
 * into `components` (each component once). An object is a schema with `properties`, which is how
 * a zod object is written; `allOf` is not entered, as refuseUnknownKeys leaves intersections open.
 */
function closeObjects(
  schema: unknown,
  components: Record<string, JsonSchema>,
  seen: Set<string>,
): void {
  if (schema === null || typeof schema !== 'object') return;
  if (Array.isArray(schema)) {
    for (const item of schema) closeObjects(item, components, seen);
    return;
  }
  const s = schema as JsonSchema;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.replace('#/components/schemas/', '');
    if (!seen.has(name)) {
      seen.add(name);
      closeObjects(components[name], components, seen);
    }
  }
  if (typeof s.properties === 'object' && s.properties !== null) {
    s.additionalProperties = false;
    for (const property of Object.values(s.properties)) closeObjects(property, components, seen);
  }
  for (const key of ['items', 'prefixItems', 'anyOf', 'oneOf', 'not']) {
    closeObjects(s[key], components, seen);
  }
  if (typeof s.additionalProperties === 'object') {
    closeObjects(s.additionalProperties, components, seen);
  }
}

/**
 * The transform @fastify/swagger calls for the whole document: the zod schemas with ids as
 * components (fastify-type-provider-zod's `jsonSchemaTransformObject`), then every request body's
 * objects, and the components they use, closed (`additionalProperties: false`), as the validator
 * enforces (app.ts makes every body schema strict with refuseUnknownKeys; queries and headers stay
 * lenient, and are written out as parameters anyway).
 */
export function documentedDocument(
  input: ObjectInput,
): ReturnType<typeof jsonSchemaTransformObject> {
  const document = jsonSchemaTransformObject(input);
  const { paths, components } = document as {
    paths?: Record<string, Record<string, { requestBody?: { content?: Record<string, unknown> } }>>;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const seen = new Set<string>();
  for (const operations of Object.values(paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const media of Object.values(operation.requestBody?.content ?? {})) {
        closeObjects((media as { schema?: unknown }).schema, components?.schemas ?? {}, seen);
      }
    }
  }
  return document;
}
