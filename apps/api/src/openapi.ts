import { jsonSchemaTransform } from 'fastify-type-provider-zod';
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
  '400': 'Invalid input: problem details (RFC 9457) with the path of every invalid field',
  '401': 'No credentials, or credentials that were refused',
  '403': 'Not allowed for the caller’s role or district',
  '404': 'Not found, or not the caller’s to see',
  '409':
    'In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which',
  '422': 'Understood, but it cannot be done: problem details say why',
  '429': 'Too many requests from this anonymous client in the window: try again after Retry-After',
  '503': 'Not ready',
};

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type TransformOutput = ReturnType<typeof jsonSchemaTransform>;

/**
 * The transform @fastify/swagger calls for each route: the zod schemas as JSON Schema
 * (fastify-type-provider-zod's `jsonSchemaTransform`), then, for every status, a description and
 * the response headers — those of every answer, the route's own `responseHeaders`, and a 429 with
 * `Retry-After` on every route, since any route may answer an anonymous caller over the quota.
 */
export function documentedOperation(input: TransformInput): TransformOutput {
  const { responseHeaders, ...schema } = input.schema ?? {};
  const response = (schema as { response?: Record<string, unknown> }).response;
  const withLimit =
    response === undefined || '429' in response
      ? schema
      : { ...schema, response: { ...response, 429: ProblemSchema } };
  const out = jsonSchemaTransform({ ...input, schema: withLimit });
  const documented = out.schema as { hide?: boolean; response?: Record<string, unknown> };
  if (documented.hide === true || documented.response === undefined) return out;
  for (const [status, answer] of Object.entries(documented.response)) {
    const own = responseHeaders?.[Number(status)] ?? [];
    const names = [
      ...ON_EVERY_ANSWER,
      ...(status === '429' ? ['retry-after' as const] : []),
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
