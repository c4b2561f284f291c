import type { AuthConfig } from './auth.js';

/**
 * Reads the authentication settings from environment variables:
 * `LOTSEN_JWT_ISSUER`, `LOTSEN_JWT_AUDIENCE`, and the identity provider's keys as
 * `LOTSEN_JWKS_URL` or an inline `LOTSEN_JWKS` (JSON); `LOTSEN_API_KEYS` as `id:sha256hex,...`.
 * Without an issuer, only anonymous and API-key calls are possible.
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
  if (!issuer && apiKeys.length === 0) return undefined;
  return {
    issuer: issuer ?? 'unset',
    audience: env.LOTSEN_JWT_AUDIENCE ?? 'lotsen-api',
    ...(env.LOTSEN_JWKS
      ? { jwks: JSON.parse(env.LOTSEN_JWKS) as AuthConfig['jwks'] & object }
      : {}),
    ...(env.LOTSEN_JWKS_URL ? { jwksUrl: env.LOTSEN_JWKS_URL } : {}),
    apiKeys,
  };
}
