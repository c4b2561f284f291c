import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { tooManyRequests } from './problem.js';
import type { RateCounter } from './rate-limit-store.js';

/*
 * The anonymous rate limit: each client (an address, or an IPv6 /64) may make `max` requests per
 * window; staff and systems, who are known and accountable, are not limited, but a request whose
 * credentials are refused counts as anonymous. One synchronous `onRequest` hook after
 * authentication: it costs no promise and no database round trip per request (the counts are
 * shared between instances in the background, rate-limit-store.ts). It replaced @fastify/rate-limit,
 * whose chain of awaits per request cost more than the rest of a small request's own work.
 */

/** The length of a rate limit window. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * How many leading bits of an IPv6 address name one client: a /64 is one network (one home, one
 * phone), and its holder can use any of its 2^64 addresses, so counting per address would let one
 * client rotate past any limit.
 */
export const IPV6_CLIENT_PREFIX_BITS = 64;

const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-f]{1,4}$/i;

/** The 16-bit groups of an IPv6 address (an IPv4 tail counts as two), or `undefined` if malformed. */
function ipv6Groups(address: string): number[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      const v4 = i === pieces.length - 1 ? IPV4.exec(piece) : null;
      if (v4) {
        const bytes = v4.slice(1).map(Number);
        if (bytes.some((b) => b > 255)) return undefined;
        groups.push((bytes[0]! << 8) | bytes[1]!, (bytes[2]! << 8) | bytes[3]!);
      } else if (HEX_GROUP.test(piece)) {
        groups.push(parseInt(piece, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (head === undefined || tail === undefined) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  // `::` stands for at least one group of zeros.
  if (missing < 1) return undefined;
  return [...head, ...Array<number>(missing).fill(0), ...tail];
}

/**
 * The key a client is counted under: an IPv4 address as it is; an IPv6 address by its /64 network
 * ({@link IPV6_CLIENT_PREFIX_BITS}), so that `2001:db8::1` and `2001:db8::2` are one client; an
 * IPv4-mapped IPv6 address (`::ffff:192.0.2.1`, how a dual-stack socket reports IPv4) as the IPv4
 * address. The zone of a link-local address is dropped. Anything else is counted as it is.
 *
 * @example
 * ```ts
 * clientKey('2001:DB8:0:1::42'); // '2001:db8:0:1::/64'
 * clientKey('::ffff:192.0.2.1'); // '192.0.2.1'
 * ```
 */
export function clientKey(ip: string): string {
  if (!ip.includes(':')) return ip;
  const address = ip.split('%')[0]!;
  const mapped = IPV4_MAPPED.exec(address);
  if (mapped) return mapped[1]!;
  const groups = ipv6Groups(address);
  if (groups === undefined) return ip;
  const network = groups.slice(0, IPV6_CLIENT_PREFIX_BITS / 16).map((g) => g.toString(16));
  return `${network.join(':')}::/${IPV6_CLIENT_PREFIX_BITS}`;
}

/** How the anonymous limit counts. */
export interface AnonymousRateLimitOptions {
  /** Requests a client may make per window. */
  readonly max: number;
  /** Where the counts are kept (rate-limit-store.ts). */
  readonly counter: RateCounter;
  /** The window; {@link RATE_LIMIT_WINDOW_MS} unless a test shortens it. */
  readonly windowMs?: number;
}

/** The fields a cross-origin script needs to pace itself; the others it reads are CORS-safelisted. */
const EXPOSED = 'RateLimit, RateLimit-Policy, Retry-After';

/** The name of the anonymous quota policy in the `RateLimit` and `RateLimit-Policy` fields. */
export const RATE_LIMIT_POLICY_NAME = 'anonymous';

/** Counts anonymous requests: every request without accepted credentials. */
export interface AnonymousRateLimiter {
  /**
   * Counts one request of the client and states the quota on the reply; `false` when the client is
   * over its limit, after sending the 429 (the request must go no further).
   */
  admit(request: FastifyRequest, reply: FastifyReply): boolean;
  /**
   * An `onRequest` hook that limits callers who authenticated as nobody. Register it after the
   * authentication hook, which sets `request.principal`; credentials that are refused are counted
   * there, with {@link admit}, so that guessing keys or tokens is limited too.
   */
  readonly hook: onRequestHookHandler;
}

/**
 * Limits anonymous callers. Every anonymous answer states the quota and what is left of it in the
 * fields of the IETF HTTPAPI draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers, https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/):
 * `RateLimit-Policy: "anonymous";q=300;w=60` (q requests per w seconds) and
 * `RateLimit: "anonymous";r=299;t=48` (r requests left, for t more seconds). Two structured fields
 * rather than three `X-RateLimit-*` ones: every answer's headers cost each client and the server
 * time. One request over the limit is 429 problem details with `Retry-After`. (An answer a shared
 * cache keeps carries the fields of the request that fetched it: they are advice, as the draft says.)
 */
export function anonymousRateLimiter({
  max,
  counter,
  windowMs = RATE_LIMIT_WINDOW_MS,
}: AnonymousRateLimitOptions): AnonymousRateLimiter {
  if (!Number.isInteger(max) || max < 1)
    throw new Error('The rate limit must be a positive whole number');
  const name = `"${RATE_LIMIT_POLICY_NAME}"`;
  const windowSeconds = Math.ceil(windowMs / 1000);
  const policy = `${name};q=${max};w=${windowSeconds}`;
  const admit = (request: FastifyRequest, reply: FastifyReply): boolean => {
    const { current, resetMs } = counter.hit(clientKey(request.ip), windowMs, max);
    const reset = Math.ceil(resetMs / 1000);
    void reply
      .header('ratelimit-policy', policy)
      .header('ratelimit', `${name};r=${Math.max(0, max - current)};t=${reset}`);
    // A script on another site (a browser sends Origin) may read these only when they are named.
    if (request.headers.origin !== undefined)
      void reply.header('access-control-expose-headers', EXPOSED);
    if (current <= max) return true;
    tooManyRequests(reply, request, reset, max, windowSeconds);
    return false;
  };
  return {
    admit,
    hook(request, reply, done) {
      // Answered by admit when refused: the request goes no further, so `done` is not called.
      if (request.principal.kind !== 'anonymous' || admit(request, reply)) done();
    },
  };
}
