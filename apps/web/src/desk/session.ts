import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/*
 * The desk's session lives in the browser, sealed: a cookie holding the access token (and, during
 * login, the PKCE verifier and state), encrypted and authenticated with AES-256-GCM under a key from
 * LOTSEN_WEB_SESSION_SECRET. No session table and nothing in process memory, so any web instance
 * can serve any request; every instance needs the same secret.
 */

/** Seals and opens values for cookies. */
export interface Sealer {
  seal(value: unknown, maxAgeSeconds: number): string;
  /** The value, or undefined when it was tampered with, sealed with another key, or expired. */
  open<T>(sealed: string | undefined): T | undefined;
}

/** A sealer under a secret (at least 32 characters). */
export function createSealer(secret: string, now: () => number = Date.now): Sealer {
  if (secret.length < 32)
    throw new Error('LOTSEN_WEB_SESSION_SECRET must be at least 32 characters');
  const key = createHash('sha256').update(secret).digest();
  return {
    seal(value, maxAgeSeconds) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = JSON.stringify({ v: value, exp: now() + maxAgeSeconds * 1000 });
      const data = Buffer.concat([cipher.update(body, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url');
    },
    open<T>(sealed: string | undefined) {
      if (!sealed) return undefined;
      try {
        const raw = Buffer.from(sealed, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        const body = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
        const parsed = JSON.parse(body.toString('utf8')) as { v: T; exp: number };
        return parsed.exp > now() ? parsed.v : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The cookies of a request, by name. */
export function cookiesOf(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax (the login callback is a top-level GET), path /desk. */
export function cookie(
  name: string,
  value: string,
  maxAgeSeconds: number,
  secure: boolean,
): string {
  return `${name}=${value}; Path=/desk; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}
