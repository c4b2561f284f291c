import { createHash, randomUUID } from 'node:crypto';
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  importJWK,
  importPKCS8,
  type CryptoKey,
  type JWK,
} from 'jose';
import type { StaffMember } from './staff-directory.js';

/*
 * How the bot vouches for a staff member to the Lotsen API. The Bot Connector's token has proved the
 * Teams user and tenant, the staff directory has given their role and district; the bot then signs a
 * short-lived token with exactly the claims the API reads from any staff token (`sub`, `role`,
 * `district_id`), as an issuer of its own that the API trusts with the bot's public key only.
 */

/** The longest a token the bot signs may live: it is made for one request. */
export const MAX_TOKEN_LIFETIME_SECONDS = 120;

/** Signs API tokens for staff members. */
export interface ApiTokenSigner {
  /** The issuer (`iss`) of the tokens. */
  readonly issuer: string;
  /** The public key, with its `kid`, as the API lists it in its trusted issuers. */
  readonly publicJwk: JWK;
  /** A token for one request on behalf of this staff member. */
  sign(member: StaffMember): Promise<string>;
}

/** What the signer is built from. */
export interface ApiTokenSignerOptions {
  /** The ES256 (P-256) private key: a PKCS8 PEM, or a private JWK as JSON (its `kid` is kept). */
  readonly privateKey: string;
  /** The bot's issuer, as the API's `LOTSEN_JWT_TRUSTED_ISSUERS` names it. */
  readonly issuer: string;
  /** The API's audience (its `LOTSEN_JWT_AUDIENCE`). */
  readonly audience: string;
  /** Token lifetime in seconds; at most {@link MAX_TOKEN_LIFETIME_SECONDS}. Default 60. */
  readonly lifetimeSeconds?: number;
  /** The clock; tests set it. */
  readonly now?: () => Date;
}

/**
 * The subject the API records for a staff member (in the audit trail of every referral): a hash of
 * the tenant and Entra object id, not the id itself. The coordination team, who hold the directory,
 * can tell who acted; a reader of the database alone cannot look the person up in Entra.
 */
export function staffSubject(member: Pick<StaffMember, 'tenantId' | 'entraObjectId'>): string {
  const digest = createHash('sha256')
    .update(
      `lotsen-bot-staff\n${member.tenantId.toLowerCase()}\n${member.entraObjectId.toLowerCase()}`,
    )
    .digest('base64url');
  return `teams:${digest}`;
}

async function importPrivateKey(text: string): Promise<{ key: CryptoKey; jwk: JWK }> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const jwk = JSON.parse(trimmed) as JWK;
    if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.d !== 'string') {
      throw new Error('The signing key must be a private P-256 (ES256) JWK');
    }
    return { key: (await importJWK(jwk, 'ES256')) as CryptoKey, jwk };
  }
  // PEM in an environment variable often arrives with literal "\n" for its line breaks.
  const pem = trimmed.replaceAll('\\n', '\n');
  const key = await importPKCS8(pem, 'ES256', { extractable: true });
  return { key, jwk: await exportJWK(key) };
}

/**
 * Builds the signer from the bot's private key. The key id (`kid`) is the key's own, or its RFC 7638
 * thumbprint, so that the API can hold the old and the new public key while the key is rotated.
 * Throws when the key is not an ES256 private key or the lifetime is too long: a start-up error.
 */
export async function createApiTokenSigner(
  options: ApiTokenSignerOptions,
): Promise<ApiTokenSigner> {
  const lifetime = options.lifetimeSeconds ?? 60;
  if (!(Number.isInteger(lifetime) && lifetime > 0 && lifetime <= MAX_TOKEN_LIFETIME_SECONDS)) {
    throw new Error(`The token lifetime must be 1–${MAX_TOKEN_LIFETIME_SECONDS} seconds`);
  }
  const { key, jwk } = await importPrivateKey(options.privateKey);
  const publicPart: JWK = { kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! };
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart, 'sha256'));
  const publicJwk: JWK = { ...publicPart, kid, alg: 'ES256', use: 'sig' };
  const now = options.now ?? (() => new Date());
  return {
    issuer: options.issuer,
    publicJwk,
    async sign(member) {
      const issuedAt = Math.floor(now().getTime() / 1000);
      return new SignJWT({
        role: member.role,
        ...(member.districtId === undefined ? {} : { district_id: member.districtId }),
      })
        .setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' })
        .setIssuer(options.issuer)
        .setAudience(options.audience)
        .setSubject(staffSubject(member))
        .setJti(randomUUID())
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + lifetime)
        .sign(key);
    },
  };
}
