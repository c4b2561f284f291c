import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { createAuthenticator, hashApiKey } from './auth.js';
import { authConfigFromEnv } from './config.js';

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

describe('tokens from a second trusted issuer (the Teams bot vouching for staff)', () => {
  const BOT = 'https://lotsen-bot.stockholm.example';
  let withBot: App;
  let idpKey: CryptoKey;
  let botKey: CryptoKey;
  let nextBotKey: CryptoKey;

  // The bot signs with ES256 and a key id; the identity provider with RS256.
  async function botToken(
    claims: Record<string, unknown>,
    o: {
      key?: CryptoKey;
      kid?: string;
      issuer?: string;
      audience?: string;
      expiresIn?: string;
    } = {},
  ) {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: o.key === idpKey ? 'RS256' : 'ES256', kid: o.kid ?? 'bot-1' })
      .setIssuer(o.issuer ?? BOT)
      .setAudience(o.audience ?? AUDIENCE)
      .setSubject('entra-3f1c')
      .setIssuedAt()
      .setExpirationTime(o.expiresIn ?? '2m')
      .sign(o.key ?? botKey);
  }
  const meAs = async (jwt: string) =>
    withBot.inject({ method: 'GET', url: '/v1/me', headers: { authorization: `Bearer ${jwt}` } });
  const worker = { role: 'district_social_worker', district_id: 'farsta' };

  beforeAll(async () => {
    const idp = await generateKeyPair('RS256', { extractable: true });
    idpKey = idp.privateKey;
    const bot = await generateKeyPair('ES256', { extractable: true });
    botKey = bot.privateKey;
    const next = await generateKeyPair('ES256', { extractable: true });
    nextBotKey = next.privateKey;
    withBot = await buildApp({
      auth: {
        issuer: ISSUER,
        audience: AUDIENCE,
        jwks: { keys: [{ ...(await exportJWK(idp.publicKey)), kid: 'k1', alg: 'RS256' }] },
        trustedIssuers: [
          {
            issuer: BOT,
            // Two keys while the bot's key is rotated.
            jwks: {
              keys: [
                { ...(await exportJWK(bot.publicKey)), kid: 'bot-1', alg: 'ES256' },
                { ...(await exportJWK(next.publicKey)), kid: 'bot-2', alg: 'ES256' },
              ],
            },
            roles: ['district_social_worker', 'coordinator'],
            maxTokenLifetimeSeconds: 120,
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await withBot.close();
  });

  it("accepts the bot's token signed with its key, and reads role and district", async () => {
    const res = await meAs(await botToken(worker));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      role: 'district_social_worker',
      districtId: 'farsta',
      cohortIds: [],
    });
  });

  it('accepts both keys listed while the key is rotated', async () => {
    const res = await meAs(await botToken(worker, { key: nextBotKey, kid: 'bot-2' }));
    expect(res.statusCode).toBe(200);
  });

  it('still accepts the identity provider’s own tokens', async () => {
    const res = await meAs(
      await botToken({ role: 'coordinator' }, { key: idpKey, kid: 'k1', issuer: ISSUER }),
    );
    expect(res.json()).toEqual({ role: 'coordinator', cohortIds: [] });
  });

  it("refuses a token naming the bot but signed with the identity provider's key", async () => {
    const res = await meAs(await botToken(worker, { key: idpKey, kid: 'k1' }));
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('The token is not signed by a trusted key');
  });

  it("refuses a token naming the identity provider but signed with the bot's key", async () => {
    const res = await meAs(await botToken(worker, { issuer: ISSUER }));
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('The token is not signed by a trusted key');
  });

  it('refuses a token for another audience, and one from an issuer nobody trusts', async () => {
    expect((await meAs(await botToken(worker, { audience: 'another-api' }))).statusCode).toBe(401);
    expect(
      (await meAs(await botToken(worker, { issuer: 'https://lotsen-bot.evil.example' })))
        .statusCode,
    ).toBe(401);
  });

  it('refuses a role the bot may not vouch for, and a worker without a district', async () => {
    const leader = await meAs(await botToken({ role: 'group_leader', cohort_ids: ['c1'] }));
    expect(leader.statusCode).toBe(401);
    expect(leader.json().detail).toBe(
      'The token lacks the issuer, audience, subject, role or district Lotsen needs',
    );
    expect((await meAs(await botToken({ role: 'district_social_worker' }))).statusCode).toBe(401);
  });

  it('refuses a bot token that lives longer than two minutes, and an expired one', async () => {
    expect((await meAs(await botToken(worker, { expiresIn: '10m' }))).statusCode).toBe(401);
    const expired = await meAs(await botToken(worker, { expiresIn: '-1m' }));
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toBe('The token has expired');
  });

  it('refuses an issuer listed twice or without keys when the server starts', () => {
    const botIssuer = { issuer: BOT, jwks: { keys: [] } };
    expect(() =>
      createAuthenticator({
        issuer: BOT,
        audience: AUDIENCE,
        jwks: { keys: [] },
        trustedIssuers: [botIssuer],
      }),
    ).toThrow(/listed once/);
    expect(() =>
      createAuthenticator({
        issuer: ISSUER,
        audience: AUDIENCE,
        trustedIssuers: [{ issuer: BOT }],
      }),
    ).toThrow(/needs keys/);
  });
});

describe('LOTSEN_JWT_TRUSTED_ISSUERS', () => {
  const jwk = { kty: 'EC', crv: 'P-256', x: 'x', y: 'y', kid: 'bot-1' };

  it('reads more issuers beside the single-issuer settings, which keep working', () => {
    const config = authConfigFromEnv({
      LOTSEN_JWT_ISSUER: ISSUER,
      LOTSEN_JWKS_URL: 'https://login.stockholm.example/keys',
      LOTSEN_JWT_TRUSTED_ISSUERS: JSON.stringify([
        { issuer: 'https://bot', jwks: { keys: [jwk] }, maxTokenLifetimeSeconds: 120 },
        { issuer: 'https://other', jwksUrl: 'https://other/keys', roles: ['coordinator'] },
      ]),
    });
    expect(config).toMatchObject({
      issuer: ISSUER,
      jwksUrl: 'https://login.stockholm.example/keys',
      trustedIssuers: [
        { issuer: 'https://bot', jwks: { keys: [jwk] }, maxTokenLifetimeSeconds: 120 },
        { issuer: 'https://other', jwksUrl: 'https://other/keys', roles: ['coordinator'] },
      ],
    });
    expect(authConfigFromEnv({ LOTSEN_JWT_ISSUER: ISSUER })).not.toHaveProperty('trustedIssuers');
  });

  it('accepts trusted issuers alone, without the identity provider', () => {
    const config = authConfigFromEnv({
      LOTSEN_JWT_TRUSTED_ISSUERS: JSON.stringify([
        { issuer: 'https://bot', jwks: { keys: [jwk] } },
      ]),
    });
    expect(config?.trustedIssuers).toHaveLength(1);
  });

  it('refuses a malformed setting with a message that says what is wrong', () => {
    const read = (value: string) => () => authConfigFromEnv({ LOTSEN_JWT_TRUSTED_ISSUERS: value });
    expect(read('[{')).toThrow('LOTSEN_JWT_TRUSTED_ISSUERS is not JSON');
    expect(read('[{"issuer":"https://bot"}]')).toThrow(/either jwks or jwksUrl/);
    expect(
      read(JSON.stringify([{ issuer: 'https://bot', jwks: { keys: [jwk] }, roles: ['system'] }])),
    ).toThrow(/0\.roles\.0/);
    expect(read(JSON.stringify({ issuer: 'https://bot' }))).toThrow(/JSON array/);
  });
});

describe('security headers and limits', () => {
  // helmet's headers that only mean something on an HTML page.
  const HTML_ONLY = [
    'cross-origin-opener-policy',
    'cross-origin-resource-policy',
    'origin-agent-cluster',
    'x-dns-prefetch-control',
    'x-download-options',
    'x-permitted-cross-domain-policies',
    'x-xss-protection',
  ];
  const SECURITY = [
    'cache-control',
    'content-security-policy',
    'strict-transport-security',
    'x-content-type-options',
    'x-frame-options',
    'referrer-policy',
    ...HTML_ONLY,
  ];
  const securityOf = (headers: Record<string, unknown>) =>
    Object.fromEntries(SECURITY.filter((h) => h in headers).map((h) => [h, headers[h]]));
  /** A CSP as a map of directive to its sources. */
  const directives = (csp: unknown) =>
    Object.fromEntries(
      String(csp)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]) => [name!, sources]),
    );

  it('sets the short API set on every JSON answer: successes, errors and unknown routes', async () => {
    const answers = [
      await app.inject({ method: 'GET', url: '/health' }),
      await app.inject({
        method: 'GET',
        url: '/v1/me',
        headers: { 'x-api-key': 's3cret-key-for-tests' },
      }),
      await app.inject({ method: 'GET', url: '/v1/me', headers: { authorization: 'Bearer x' } }),
      await app.inject({
        method: 'POST',
        url: '/v1/match',
        payload: { age: 9, districtId: 'bromma', needs: ['parenting-support'] },
      }),
      await app.inject({ method: 'POST', url: '/v1/match', payload: { age: -1 } }),
      await app.inject({ method: 'GET', url: '/no/such/route' }),
      await app.inject({ method: 'GET', url: '/openapi.json' }),
    ];
    expect(answers.map((res) => res.statusCode)).toEqual([200, 200, 401, 200, 400, 404, 200]);
    for (const res of answers) {
      // What the OWASP REST Security Cheat Sheet lists for API responses, and nothing for HTML;
      // no HSTS over plain HTTP (RFC 6797 §7.2).
      expect(securityOf(res.headers), res.raw.req.url).toEqual({
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
      });
    }
  });

  it('sends HSTS on answers over HTTPS, as a trusted proxy reports it, and never over HTTP', async () => {
    const behindProxy = await buildApp({ fastify: { trustProxy: '127.0.0.1' } });
    const https = { 'x-forwarded-proto': 'https' };
    const answers = [
      await behindProxy.inject({ method: 'GET', url: '/health', headers: https }),
      await behindProxy.inject({ method: 'GET', url: '/no/such/route', headers: https }),
      await behindProxy.inject({ method: 'GET', url: '/docs', headers: https }),
    ];
    for (const res of answers) {
      expect(res.headers['strict-transport-security'], res.raw.req.url).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
    const plain = await behindProxy.inject({ method: 'GET', url: '/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    // A client that is not the trusted proxy cannot claim HTTPS for itself.
    const forged = await behindProxy.inject({
      method: 'GET',
      url: '/health',
      headers: https,
      remoteAddress: '203.0.113.9',
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
    await behindProxy.close();
  });

  it("gives the HTML documentation helmet's set, with a CSP that lets Swagger UI load", async () => {
    const page = await app.inject({ method: 'GET', url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const csp = directives(page.headers['content-security-policy']);
    // Swagger UI's scripts are its own files, it styles inline, and its icons are data: URLs.
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // Over plain HTTP, as here, no HSTS on the pages either (see the test above for HTTPS).
    expect(page.headers['strict-transport-security']).toBeUndefined();
    for (const name of HTML_ONLY) expect(page.headers[name], name).toBeDefined();
    expect(page.headers['cache-control']).toBeUndefined();
    // Everything the page loads comes from the same origin, as the CSP allows, with the same set.
    const loads = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(loads.length).toBeGreaterThan(0);
    for (const url of loads) {
      expect(url.startsWith('/docs/'), url).toBe(true);
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const { 'cache-control': _own, ...security } = securityOf(res.headers);
      const { 'cache-control': _none, ...pageSecurity } = securityOf(page.headers);
      expect(security, url).toEqual(pageSecurity);
    }
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
    const refused = await limited.inject({
      method: 'GET',
      url: '/v1/services',
      headers: { origin: 'https://example.org' },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      status: 429,
      title: 'Too Many Requests',
      instance: '/v1/services',
    });
    // A browser page may read the refusal and when to come back.
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    expect(refused.headers['access-control-expose-headers']).toBe(
      'RateLimit, RateLimit-Policy, Retry-After',
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit']).toMatch(/^"anonymous";r=0;t=\d+$/);
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
