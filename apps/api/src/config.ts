import { StaffRoleSchema } from '@lotsen/domain';
import { z } from 'zod';
import type { AuthConfig, TrustedIssuer } from './auth.js';
import { MIN_RATE_LIMIT_SECRET_LENGTH, type SharedRateLimitOptions } from './rate-limit-store.js';
import { DEFAULT_WAITING_SETTINGS, type WaitingSettings } from './waiting-settings.js';

const TrustedIssuersSchema = z.array(
  z
    .strictObject({
      issuer: z.string().min(1),
      jwks: z.object({ keys: z.array(z.looseObject({ kty: z.string() })).min(1) }).optional(),
      jwksUrl: z.url({ protocol: /^https?$/ }).optional(),
      algorithms: z.array(z.string().min(1)).min(1).optional(),
      roles: z
        .array(StaffRoleSchema.exclude(['system']))
        .min(1)
        .optional(),
      maxTokenLifetimeSeconds: z.number().int().positive().optional(),
    })
    .refine((t) => (t.jwks === undefined) !== (t.jwksUrl === undefined), {
      message: 'Give the keys as either jwks or jwksUrl',
    }),
);

/** `LOTSEN_JWT_TRUSTED_ISSUERS`: a JSON array of `{ issuer, jwks | jwksUrl, roles?, maxTokenLifetimeSeconds? }`. */
function trustedIssuersFromEnv(value: string | undefined): TrustedIssuer[] {
  if (!value?.trim()) return [];
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new Error('LOTSEN_JWT_TRUSTED_ISSUERS is not JSON');
  }
  const parsed = TrustedIssuersSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(
      `LOTSEN_JWT_TRUSTED_ISSUERS must be a JSON array of {issuer, jwks | jwksUrl}: ${issues.join('; ')}`,
    );
  }
  return parsed.data as TrustedIssuer[];
}

/**
 * Reads the authentication settings from environment variables:
 * `LOTSEN_JWT_ISSUER`, `LOTSEN_JWT_AUDIENCE`, and the identity provider's keys as
 * `LOTSEN_JWKS_URL` or an inline `LOTSEN_JWKS` (JSON); `LOTSEN_API_KEYS` as `id:sha256hex,...`;
 * `LOTSEN_JWT_TRUSTED_ISSUERS`, more issuers (such as the Teams bot) with keys of their own, as JSON
 * `[{ "issuer": "...", "jwks": { "keys": [...] } | "jwksUrl": "https://...", "roles": [...],
 * "maxTokenLifetimeSeconds": 120 }]`. Without an issuer, only anonymous and API-key calls are possible.
 * Throws on a malformed setting, so that the server refuses to start rather than trust the wrong keys.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv): AuthConfig | undefined {
  const apiKeys = (env.LOTSEN_API_KEYS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [id, sha256] = entry.split(':');
      if (!id || !sha256 || !/^[0-9a-f]{64}$/.test(sha256)) {
        throw new Error('LOTSEN_API_KEYS must be a list of id:sha256hex');
      }
      return { id, sha256 };
    });
  const issuer = env.LOTSEN_JWT_ISSUER;
  const trustedIssuers = trustedIssuersFromEnv(env.LOTSEN_JWT_TRUSTED_ISSUERS);
  if (!issuer && apiKeys.length === 0 && trustedIssuers.length === 0) return undefined;
  return {
    issuer: issuer ?? 'unset',
    audience: env.LOTSEN_JWT_AUDIENCE ?? 'lotsen-api',
    ...(env.LOTSEN_JWKS
      ? { jwks: JSON.parse(env.LOTSEN_JWKS) as AuthConfig['jwks'] & object }
      : {}),
    ...(env.LOTSEN_JWKS_URL ? { jwksUrl: env.LOTSEN_JWKS_URL } : {}),
    ...(trustedIssuers.length > 0 ? { trustedIssuers } : {}),
    apiKeys,
  };
}

/**
 * Reads how the API instances share the anonymous rate limit: `LOTSEN_RATE_LIMIT_SECRET`, the key
 * client addresses are hashed with before they reach the database (at least 32 characters, the same
 * on every instance, or their counts never meet; without it, a random one per process start), and
 * `LOTSEN_RATE_LIMIT_FLUSH_MS`, how often counts are sent to the database (default 250).
 */
export function rateLimitConfigFromEnv(env: NodeJS.ProcessEnv): SharedRateLimitOptions {
  const secret = env.LOTSEN_RATE_LIMIT_SECRET || undefined;
  if (secret !== undefined && secret.length < MIN_RATE_LIMIT_SECRET_LENGTH) {
    throw new Error(
      `LOTSEN_RATE_LIMIT_SECRET must be at least ${MIN_RATE_LIMIT_SECRET_LENGTH} characters`,
    );
  }
  const flush = env.LOTSEN_RATE_LIMIT_FLUSH_MS || undefined;
  const flushIntervalMs = flush === undefined ? undefined : Number(flush);
  if (
    flushIntervalMs !== undefined &&
    !(Number.isInteger(flushIntervalMs) && flushIntervalMs > 0)
  ) {
    throw new Error('LOTSEN_RATE_LIMIT_FLUSH_MS must be a whole number of milliseconds');
  }
  return {
    ...(secret === undefined ? {} : { secret }),
    ...(flushIntervalMs === undefined ? {} : { flushIntervalMs }),
  };
}

/**
 * Which proxies in front of the API may say who the client is (`X-Forwarded-For`), from
 * `LOTSEN_TRUST_PROXY`: unset, nobody (the client is the connection's address); a whole number, that
 * many proxies (e.g. `1` behind one load balancer); or a comma-separated list of proxy addresses or
 * CIDR ranges. Behind a load balancer without it, every anonymous client shares the balancer's
 * address, and so one rate limit. Trusting every proxy (`true`) is refused: anyone could then claim
 * any address and slip past the limit.
 */
export function trustProxyFromEnv(
  env: NodeJS.ProcessEnv,
): false | string[] | ((address: string, hop: number) => boolean) {
  const setting = env.LOTSEN_TRUST_PROXY?.trim();
  if (!setting) return false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    if (hops < 1 || hops > 10) throw new Error('LOTSEN_TRUST_PROXY hops must be between 1 and 10');
    // The first `hops` addresses from the connection backwards are proxies; the next one is the client.
    return (_address, hop) => hop < hops;
  }
  const proxies = setting
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const address = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*)(?:\/\d{1,3})?$/i;
  const bad = proxies.filter((p) => !address.test(p));
  if (bad.length > 0 || proxies.length === 0) {
    throw new Error(
      `LOTSEN_TRUST_PROXY must be a number of proxies or proxy addresses/CIDR ranges, not "${bad.join(',') || setting}"`,
    );
  }
  return proxies;
}

const DaysSchema = z.coerce.number().int().min(1).max(365);

/**
 * Reads the waiting-list settings: `LOTSEN_OFFER_REPLY_DAYS` (7), `LOTSEN_CHECK_IN_DAYS` (14),
 * `LOTSEN_MINIMUM_WARNING_DAYS` (14), `LOTSEN_PACE_WINDOW_DAYS` (56). Throws on a malformed value,
 * so the server refuses to start rather than run on a guess.
 */
export function waitingSettingsFromEnv(env: NodeJS.ProcessEnv): WaitingSettings {
  const read = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value.trim() === '') return fallback;
    const parsed = DaysSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${name} must be a whole number of days from 1 to 365`);
    return parsed.data;
  };
  return {
    offerReplyDays: read('LOTSEN_OFFER_REPLY_DAYS', DEFAULT_WAITING_SETTINGS.offerReplyDays),
    checkInDays: read('LOTSEN_CHECK_IN_DAYS', DEFAULT_WAITING_SETTINGS.checkInDays),
    minimumWarningDays: read(
      'LOTSEN_MINIMUM_WARNING_DAYS',
      DEFAULT_WAITING_SETTINGS.minimumWarningDays,
    ),
    paceWindowDays: read('LOTSEN_PACE_WINDOW_DAYS', DEFAULT_WAITING_SETTINGS.paceWindowDays),
  };
}

/**
 * `LOTSEN_TIMER_POLL_MS`: how often this instance looks for due timers (default 1000; `0` turns
 * the timer worker off, for an instance that only answers requests).
 */
export function timerPollMsFromEnv(env: NodeJS.ProcessEnv): number {
  const value = env.LOTSEN_TIMER_POLL_MS;
  if (value === undefined || value.trim() === '') return 1000;
  const parsed = z.coerce.number().int().min(0).max(3_600_000).safeParse(value);
  if (!parsed.success) throw new Error('LOTSEN_TIMER_POLL_MS must be 0 (off) or milliseconds');
  return parsed.data;
}
