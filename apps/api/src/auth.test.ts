import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { hashApiKey } from './auth.js';

const ISSUER = 'https://login.stockholm.example';
const AUDIENCE = 'lotsen-api';
type App = Awaited<ReturnType<typeof buildApp>>;
let app: App;
let trusted: CryptoKey;
let untrusted: CryptoKey;

async function token(
  claims: Record<string, unknown>,
  options: { key?: CryptoKey; expiresIn?: string; issuer?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('staff-17')
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(options.key ?? trusted);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  trusted = pair.privateKey;
  untrusted = (await generateKeyPair('RS256')).privateKey;
  const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  app = await buildApp({
    auth: {
      issuer: ISSUER,
      audience: AUDIENCE,
      jwks: { keys: [jwk] },
      apiKeys: [{ id: 'registry', sha256: hashApiKey('s3cret-key-for-tests') }],
    },
  });
});
afterAll(async () => {
  await app.close();
});

const me = (headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url: '/v1/me', headers });

describe('authentication', () => {
  it('treats a call without credentials as anonymous', async () => {
    expect((await me()).json()).toEqual({ role: 'anonymous' });
  });

  it('accepts a token signed by the identity provider and reads role and district', async () => {
    const res = await me({
      authorization: `Bearer ${await token({ role: 'district_social_worker', district_id: 'skarholmen' })}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      role: 'district_social_worker',
      districtId: 'skarholmen',
      cohortIds: [],
    });
  });

  it('refuses an expired token', async () => {
    const res = await me({
      authorization: `Bearer ${await token({ role: 'coordinator' }, { expiresIn: '-1m' })}`,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('The token has expired');
  });

  it('refuses a token signed with another key', async () => {
    const res = await me({
      authorization: `Bearer ${await token({ role: 'coordinator' }, { key: untrusted })}`,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('The token is not signed by a trusted key');
  });

  it('refuses an unsigned token (alg "none")', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        sub: 'x',
        role: 'coordinator',
        iss: ISSUER,
        aud: AUDIENCE,
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    ).toString('base64url');
    const res = await me({ authorization: `Bearer ${header}.${body}.` });
    expect(res.statusCode).toBe(401);
  });

  it('refuses a token from another issuer, and one without the claims Lotsen needs', async () => {
    expect(
      (
        await me({
          authorization: `Bearer ${await token({ role: 'coordinator' }, { issuer: 'https://evil.example' })}`,
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await me({ authorization: `Bearer ${await token({ role: 'district_social_worker' })}` }))
        .statusCode,
    ).toBe(401);
    expect(
      (await me({ authorization: `Bearer ${await token({ role: 'king' })}` })).statusCode,
    ).toBe(401);
  });

  it('accepts a known API key as a system, and refuses an unknown one', async () => {
    expect((await me({ 'x-api-key': 's3cret-key-for-tests' })).json()).toEqual({ role: 'system' });
    expect((await me({ 'x-api-key': 'guess' })).statusCode).toBe(401);
  });

  it('never echoes the token in an error', async () => {
    const bad = `Bearer ${await token({ role: 'coordinator' }, { key: untrusted })}`;
    const res = await me({ authorization: bad });
    expect(res.body).not.toContain(bad.slice(7, 40));
  });
});

describe('security headers and limits', () => {
  it('sets the usual security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('limits anonymous callers, but not staff', async () => {
    const limited = await buildApp({
      anonymousRateLimit: 3,
      auth: {
        issuer: ISSUER,
        audience: AUDIENCE,
        apiKeys: [{ id: 'registry', sha256: hashApiKey('k') }],
      },
    });
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push((await limited.inject({ method: 'GET', url: '/health' })).statusCode);
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    const system = [];
    for (let i = 0; i < 5; i++)
      system.push(
        (await limited.inject({ method: 'GET', url: '/health', headers: { 'x-api-key': 'k' } }))
          .statusCode,
      );
    expect(system).toEqual([200, 200, 200, 200, 200]);
    await limited.close();
  });
});
