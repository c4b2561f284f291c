import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyServerOptions } from 'fastify';
import { PROBLEM_MEDIA_TYPE, problemJson, sendProblem, type Problem } from './problem.js';
import {
  API_SECURITY_HEADERS,
  setApiSecurityHeaders,
  STRICT_TRANSPORT_SECURITY,
} from './security-headers.js';

/*
 * Requests refused before any of the app's hooks or handlers run: by fastify's router (a path that
 * does not decode, a path parameter over the length limit) or by Node's HTTP parser (headers too
 * large, a byte that is not allowed in a request line). They get problem details with the security
 * headers like every other answer, and never the URL back: it is what is wrong, and it may hold
 * what the sender should not have sent.
 */

const PROBLEM_BASE = 'https://lotsen.stockholm/problems/';

/** The longest path parameter the router takes; no id of this API is longer. */
const MAX_PARAM_LENGTH = 100;

type EdgeProblem = Omit<Problem, 'instance'>;

function edgeProblem(slug: string, status: number, detail: string): EdgeProblem {
  return { type: `${PROBLEM_BASE}${slug}`, title: STATUS_CODES[status] ?? 'Error', status, detail };
}

const BAD_URL = edgeProblem(
  'bad-url',
  400,
  'The path does not decode: a % must be followed by two hexadecimal digits of a UTF-8 character.',
);

const PARAMETER_TOO_LONG = edgeProblem(
  'path-parameter-too-long',
  414,
  `A path parameter is longer than ${MAX_PARAM_LENGTH} characters; no id of this API is that long.`,
);

/** What the router refuses, by fastify's error code. */
const ROUTER_PROBLEMS: Readonly<Record<string, EdgeProblem>> = {
  FST_ERR_BAD_URL: BAD_URL,
  FST_ERR_MAX_PARAM_LENGTH: PARAMETER_TOO_LONG,
};

const ROUTER_FAULT: EdgeProblem = {
  type: 'about:blank',
  title: 'Internal Server Error',
  status: 500,
};

/**
 * fastify's `frameworkErrors`: the router's refusals as problem details, without `instance`. The
 * app's `onRequest` hooks did not run, so the security headers are set here.
 */
function routerError(
  cors: Readonly<Record<string, string>>,
): NonNullable<FastifyServerOptions['frameworkErrors']> {
  return (error, request, reply) => {
    setApiSecurityHeaders(request, reply);
    void reply.headers(cors);
    const problem = ROUTER_PROBLEMS[error.code] ?? ROUTER_FAULT;
    if (problem.status >= 500) request.log.error({ fault: { code: error.code } }, 'router failed');
    void sendProblem(reply, request, problem, false);
  };
}

/** What Node's HTTP parser refuses, by its error code; anything else is a 400. */
const PARSER_PROBLEMS: Readonly<Record<string, EdgeProblem>> = {
  HPE_HEADER_OVERFLOW: edgeProblem(
    'request-header-fields-too-large',
    431,
    'The request line and headers are larger than the server takes (16 KB): send a shorter query or fewer, shorter headers.',
  ),
  ERR_HTTP_REQUEST_TIMEOUT: edgeProblem(
    'request-timeout',
    408,
    'The request did not arrive in time.',
  ),
};

const MALFORMED: EdgeProblem = edgeProblem(
  'malformed-request',
  400,
  'The request is not well-formed HTTP: a path or header has a character HTTP does not allow (non-ASCII characters must be %-encoded as UTF-8).',
);

/**
 * The raw HTTP answer for a problem, on a connection that is then closed; `https` when it came over
 * TLS (then with {@link STRICT_TRANSPORT_SECURITY}).
 */
function rawProblemAnswer(
  problem: EdgeProblem,
  https: boolean,
  cors: Readonly<Record<string, string>>,
): string {
  const body = problemJson(problem);
  const headers = {
    'content-type': PROBLEM_MEDIA_TYPE,
    'content-length': String(Buffer.byteLength(body)),
    ...API_SECURITY_HEADERS,
    ...cors,
    ...(https ? { 'strict-transport-security': STRICT_TRANSPORT_SECURITY } : {}),
    connection: 'close',
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${problem.status} ${problem.title}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * fastify's `clientErrorHandler`: what Node's HTTP parser refuses, as problem details with the
 * security headers, written to the socket before it is closed (as Node does by default).
 */
function clientError(cors: Readonly<Record<string, string>>) {
  return (error: Error & { code?: string }, socket: Socket): void => {
    // A reset connection has no one to answer.
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    if (socket.writable) {
      const https = (socket as Socket & { encrypted?: boolean }).encrypted === true;
      const problem = PARSER_PROBLEMS[error.code ?? ''] ?? MALFORMED;
      socket.write(rawProblemAnswer(problem, https, cors));
    }
    socket.destroy(error);
  };
}

/**
 * The fastify options that route the router's and the parser's refusals through this module, with
 * `cors`, the CORS headers of every answer, so that a page on another origin can read these too.
 * They must not depend on the request's `Origin` (cors.ts makes sure): Node's HTTP parser refuses a
 * request before its headers are parsed, or because they do not parse, so the parser's refusals
 * have no `Origin` to trust.
 */
export function edgeErrorOptions(cors: Readonly<Record<string, string>>) {
  return {
    frameworkErrors: routerError(cors),
    clientErrorHandler: clientError(cors),
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  } satisfies FastifyServerOptions;
}

/**
 * The statuses answered here, for the OpenAPI document: those any request may get (a path that
 * does not decode, a request HTTP refuses, headers too large, a request too slow), and those only
 * a route with path parameters may get.
 */
export const EDGE_STATUSES = {
  everyOperation: [
    ...new Set([BAD_URL, MALFORMED, ...Object.values(PARSER_PROBLEMS)].map((p) => p.status)),
  ],
  withPathParameters: [PARAMETER_TOO_LONG.status],
} as const;
