import { createHash, timingSafeEqual } from 'node:crypto';
import {
  StaffRoleSchema,
  TextSchema,
  containsPersonalIdentityNumber,
  type StaffRole,
} from '@lotsen/domain';
import type { FastifyReply, FastifyRequest, RouteOptions, onRequestHookHandler } from 'fastify';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { z } from 'zod';
import { forbidden, unauthenticated } from './problem.js';
import { hookList } from './security-headers.js';

/**
 * Who is calling. Staff come with a token from the city's identity provider; other city systems with
 * an API key (read-only system access); everyone else is anonymous (catalogue, match and HSDS only).
 */
export type Principal =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'staff';
      readonly subject: string;
      readonly role: Exclude<StaffRole, 'system'>;
      /** A district social worker's or district editor's own district. */
      readonly districtId?: string;
      /** A provider editor's own provider. */
      readonly providerId?: string;
      /** A group leader's cohorts. */
      readonly cohortIds: readonly string[];
    }
  | { readonly kind: 'system'; readonly keyId: string; readonly role: 'system' };

/** Every role a route may allow, including anonymous callers. */
export type CallerRole = StaffRole | 'anonymous';

/** The role of a principal. */
export function roleOf(principal: Principal): CallerRole {
  return principal.kind === 'anonymous' ? 'anonymous' : principal.role;
}

/** How tokens and API keys are checked. Built from the environment in `server.ts`. */
export interface AuthConfig {
  /** The identity provider's issuer (`iss`) and this API's audience (`aud`); both are required in tokens. */
  readonly issuer: string;
  readonly audience: string;
  /** Public keys as a JWKS document, or the URL the identity provider publishes them at. */
  readonly jwks?: JSONWebKeySet;
  readonly jwksUrl?: string;
  /** Allowed signature algorithms; `none` and symmetric algorithms are never accepted. */
  readonly algorithms?: readonly string[];
  /**
   * More issuers whose tokens are accepted for this audience, each verified with its own keys only,
   * e.g. the Teams bot, which vouches for the staff member it serves. A key trusted for one issuer
   * never makes a token of another issuer valid.
   */
  readonly trustedIssuers?: readonly TrustedIssuer[];
  /** API keys for system-to-system reads, stored as SHA-256 hashes. */
  readonly apiKeys?: readonly { readonly id: string; readonly sha256: string }[];
}

/** A staff role a token may carry. */
export type TokenRole = Exclude<StaffRole, 'system'>;

/** Another issuer the API trusts, beside the city's identity provider. */
export interface TrustedIssuer {
  /** The issuer (`iss`) its tokens name. */
  readonly issuer: string;
  /** Its public keys as a JWKS document (two keys while one is being rotated out), or their URL. */
  readonly jwks?: JSONWebKeySet;
  readonly jwksUrl?: string;
  /** Allowed signature algorithms; default as for the identity provider. */
  readonly algorithms?: readonly string[];
  /** The roles its tokens may carry; a token with any other role is refused. Default: every staff role. */
  readonly roles?: readonly TokenRole[];
  /**
   * The longest a token from this issuer may still be valid when it arrives, in seconds: an issuer
   * that signs short-lived tokens cannot (by mistake or once its key leaked) sign one for a day.
   */
  readonly maxTokenLifetimeSeconds?: number;
}

/** The claims Lotsen reads from a staff token, beside the standard `sub`, `iss`, `aud`, `exp`. */
const StaffClaimsSchema = z.object({
  sub: TextSchema.min(1),
  role: StaffRoleSchema.exclude(['system']),
  district_id: TextSchema.min(1).optional(),
  provider_id: TextSchema.min(1).optional(),
  cohort_ids: z.array(TextSchema.min(1)).default([]),
});

/** A claim of a staff token that Lotsen reads. */
export type StaffClaim = 'iss' | 'aud' | 'exp' | keyof z.input<typeof StaffClaimsSchema>;

/**
 * The claims a token of each staff role must carry, and those it may carry. The one list both the
 * check of a token and the OpenAPI document (the bearer scheme's `x-role-claims`) are made from.
 */
export const ROLE_CLAIMS = {
  coordinator: { required: ['iss', 'aud', 'exp', 'sub', 'role'], optional: [] },
  district_social_worker: {
    required: ['iss', 'aud', 'exp', 'sub', 'role', 'district_id'],
    optional: [],
  },
  // A leader who leads no cohort yet has none: such a token sees no cohort.
  group_leader: { required: ['iss', 'aud', 'exp', 'sub', 'role'], optional: ['cohort_ids'] },
  district_editor: {
    required: ['iss', 'aud', 'exp', 'sub', 'role', 'district_id'],
    optional: [],
  },
  provider_editor: {
    required: ['iss', 'aud', 'exp', 'sub', 'role', 'provider_id'],
    optional: [],
  },
} as const satisfies Record<
  TokenRole,
  { readonly required: readonly StaffClaim[]; readonly optional: readonly StaffClaim[] }
>;

/** Why authentication failed; each becomes a 401 with a short reason (never the token itself). */
export type AuthFailure =
  | 'malformed'
  | 'expired'
  | 'invalid_signature'
  | 'invalid_claims'
  | 'unknown_api_key'
  | 'not_configured'
  | 'personal_identity_subject';

/** Checks a request's credentials. */
export interface Authenticator {
  authenticate(
    request: FastifyRequest,
  ): Promise<{ ok: true; principal: Principal } | { ok: false; failure: AuthFailure }>;
}

/** SHA-256 of an API key, hex: what the configuration stores, so a leaked config leaks no key. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

interface IssuerVerifier {
  readonly keys: JWTVerifyGetKey;
  readonly algorithms: string[];
  readonly roles?: readonly TokenRole[] | undefined;
  readonly maxTokenLifetimeSeconds?: number | undefined;
}

const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

function keysOf(source: { jwks?: JSONWebKeySet; jwksUrl?: string }): JWTVerifyGetKey | undefined {
  if (source.jwks) return createLocalJWKSet(source.jwks);
  if (source.jwksUrl) return createRemoteJWKSet(new URL(source.jwksUrl));
  return undefined;
}

/** One verifier per trusted issuer, so that a token is checked against its own issuer's keys only. */
function issuerVerifiers(config: AuthConfig | undefined): Map<string, IssuerVerifier> {
  const verifiers = new Map<string, IssuerVerifier>();
  if (!config) return verifiers;
  const primary = keysOf(config);
  if (primary) {
    verifiers.set(config.issuer, {
      keys: primary,
      algorithms: [...(config.algorithms ?? DEFAULT_ALGORITHMS)],
    });
  }
  for (const trusted of config.trustedIssuers ?? []) {
    const keys = keysOf(trusted);
    // A second entry for an issuer would silently widen or replace its keys: refuse the setup.
    if (!keys || verifiers.has(trusted.issuer)) {
      throw new Error(
        `Trusted issuer ${trusted.issuer} needs keys (jwks or jwksUrl) and may be listed once`,
      );
    }
    verifiers.set(trusted.issuer, {
      keys,
      algorithms: [...(trusted.algorithms ?? DEFAULT_ALGORITHMS)],
      roles: trusted.roles,
      maxTokenLifetimeSeconds: trusted.maxTokenLifetimeSeconds,
    });
  }
  return verifiers;
}

/**
 * The issuer a token names, read before its signature is checked (only to pick the keys): `null`
 * when the token is not a JWT at all, `undefined` when it names no issuer.
 */
function claimedIssuer(token: string): string | null | undefined {
  try {
    const { iss } = decodeJwt(token);
    return typeof iss === 'string' ? iss : undefined;
  } catch {
    return null;
  }
}

/**
 * Builds the authenticator: `Authorization: Bearer <JWT>` for staff (verified against the keys of
 * the issuer the token names, which must be the identity provider or another trusted issuer, with
 * this API's audience and an expiry required) and `X-Api-Key` for systems.
 */
export function createAuthenticator(config: AuthConfig | undefined): Authenticator {
  const verifiers = issuerVerifiers(config);
  const apiKeys = (config?.apiKeys ?? []).map((k) => ({
    id: k.id,
    hash: Buffer.from(k.sha256, 'hex'),
  }));

  return {
    async authenticate(request) {
      const apiKey = request.headers['x-api-key'];
      if (typeof apiKey === 'string') {
        const hash = Buffer.from(hashApiKey(apiKey), 'hex');
        // Constant-time comparison, so timing does not reveal how much of a key matched.
        const match = apiKeys.find(
          (k) => k.hash.length === hash.length && timingSafeEqual(k.hash, hash),
        );
        return match
          ? { ok: true, principal: { kind: 'system', keyId: match.id, role: 'system' } }
          : { ok: false, failure: 'unknown_api_key' };
      }
      const header = request.headers.authorization;
      if (!header) return { ok: true, principal: { kind: 'anonymous' } };
      const [scheme, token] = header.split(' ');
      if (scheme?.toLowerCase() !== 'bearer' || !token) return { ok: false, failure: 'malformed' };
      if (!config || verifiers.size === 0) return { ok: false, failure: 'not_configured' };
      const issuer = claimedIssuer(token);
      if (issuer === null) return { ok: false, failure: 'malformed' };
      // The issuer named in the token only chooses whose keys to check it with; jwtVerify then
      // checks the signature with those keys and that `iss` is that very issuer.
      const verifier = issuer === undefined ? undefined : verifiers.get(issuer);
      if (!verifier || issuer === undefined) return { ok: false, failure: 'invalid_claims' };
      try {
        const { payload } = await jwtVerify(token, verifier.keys, {
          issuer,
          audience: config.audience,
          algorithms: verifier.algorithms,
          requiredClaims: ['exp', 'sub'],
        });
        if (
          verifier.maxTokenLifetimeSeconds !== undefined &&
          payload.exp! - Math.floor(Date.now() / 1000) > verifier.maxTokenLifetimeSeconds
        ) {
          return { ok: false, failure: 'invalid_claims' };
        }
        const claims = StaffClaimsSchema.safeParse(payload);
        if (!claims.success) return { ok: false, failure: 'invalid_claims' };
        const {
          sub,
          role,
          district_id: districtId,
          provider_id: providerId,
          cohort_ids: cohortIds,
        } = claims.data;
        if (ROLE_CLAIMS[role].required.some((claim) => payload[claim] === undefined))
          return { ok: false, failure: 'invalid_claims' };
        // The subject is kept in the audit trail as who acted: never a personal identity number,
        // which some Swedish login services put there.
        if (containsPersonalIdentityNumber(sub))
          return { ok: false, failure: 'personal_identity_subject' };
        if (verifier.roles && !verifier.roles.includes(role))
          return { ok: false, failure: 'invalid_claims' };
        return {
          ok: true,
          principal: {
            kind: 'staff',
            subject: sub,
            role,
            cohortIds,
            ...(districtId ? { districtId } : {}),
            ...(providerId ? { providerId } : {}),
          },
        };
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) return { ok: false, failure: 'expired' };
        if (error instanceof joseErrors.JWTClaimValidationFailed)
          return { ok: false, failure: 'invalid_claims' };
        if (
          error instanceof joseErrors.JWSSignatureVerificationFailed ||
          error instanceof joseErrors.JWKSNoMatchingKey
        ) {
          return { ok: false, failure: 'invalid_signature' };
        }
        return { ok: false, failure: 'malformed' };
      }
    },
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every request. */
    principal: Principal;
  }
}

const FAILURE_TEXT: Record<AuthFailure, string> = {
  malformed: 'The Authorization header is not a bearer token',
  expired: 'The token has expired',
  invalid_signature: 'The token is not signed by a trusted key',
  invalid_claims: 'The token lacks the issuer, audience, subject, role or district Lotsen needs',
  unknown_api_key: 'Unknown API key',
  not_configured: 'This server accepts no tokens',
  personal_identity_subject:
    'The token names the staff member by a personal identity number (sub); Lotsen records staff by an opaque id only: have the identity provider send an opaque or pairwise subject',
};

/** The protection space of every challenge (RFC 9110 §11.5): the whole API is one. */
const REALM = 'lotsen';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer` with the
 * realm, and, when a token was sent and refused, `error="invalid_token"` and why. A request with no
 * token or with an API key gets no error code, as RFC 6750 §3.1 asks.
 */
function challengeOf(failure?: AuthFailure): string {
  const plain = `Bearer realm="${REALM}"`;
  if (failure === undefined || failure === 'unknown_api_key') return plain;
  return `${plain}, error="invalid_token", error_description="${FAILURE_TEXT[failure]}"`;
}

/** Answers 401 with its challenge: `failure` when credentials were refused, none when none came. */
export function refuseUnauthenticated(
  reply: FastifyReply,
  request: FastifyRequest,
  failure?: AuthFailure,
): FastifyReply {
  void reply.header('www-authenticate', challengeOf(failure));
  return unauthenticated(
    reply,
    request,
    failure === undefined ? 'Sign in to use this route' : FAILURE_TEXT[failure],
  );
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The roles that may call the route (`anonymous` for everyone); a route without it is public.
     * Checked when the request arrives, before its body is read (see {@link guardRoute}), and
     * published as the operation's security requirement in the OpenAPI document.
     */
    readonly roles?: readonly CallerRole[];
  }
}

/**
 * The `onRequest` hook that lets only the given roles through: 401 when the caller is anonymous and
 * the route needs more, 403 when the caller is known but lacks the role. It runs before the body is
 * read and validated, so that a caller who may not use a route learns nothing of its schema.
 */
function allowOnly(roles: readonly CallerRole[]): onRequestHookHandler {
  return (request, reply, done) => {
    const role = roleOf(request.principal);
    if (roles.includes(role)) done();
    else if (role === 'anonymous') refuseUnauthenticated(reply, request);
    else forbidden(reply, request, 'Your role may not use this route');
  };
}

/**
 * An `onRoute` hook: gives every route that names its `roles` (in its `config`) the role check,
 * after the app's own `onRequest` hooks (authentication, the anonymous rate limit).
 */
export function guardRoute(route: RouteOptions): void {
  const roles = route.config?.roles;
  if (roles === undefined) return;
  route.onRequest = [...hookList(route.onRequest), allowOnly(roles)];
}
