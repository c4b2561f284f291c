import fc from 'fast-check';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { hashApiKey } from './auth.js';
import { anonymousRateLimiter, clientKey } from './rate-limit.js';
import { createSharedRateLimit } from './rate-limit-store.js';

const quiet = { warn: () => {}, info: () => {} };

/** An IPv6 address as eight 16-bit groups, written out in full. */
const groups = fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 });
const full = (g: readonly number[]) => g.map((x) => x.toString(16).padStart(4, '0')).join(':');
/** The shortest form, as a URL parser writes it (RFC 5952: `::` for the longest run of zeros). */
const shortest = (g: readonly number[]) => new URL(`http://[${full(g)}]/`).hostname.slice(1, -1);

describe('clientKey: who counts as one client', () => {
  it('keeps an IPv4 address as it is, and reads an IPv4-mapped IPv6 address as IPv4', () => {
    expect(clientKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(clientKey('::FFFF:198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts an IPv6 address by its /64 network, however it is written', () => {
    expect(clientKey('2001:db8:0:1::42')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:DB8:0000:0001:ffff:0:0:1')).toBe('2001:db8:0:1::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('2001:db8::192.0.2.1')).toBe('2001:db8:0:0::/64');
  });

  it('keeps what is not an address as it is rather than merge it with others', () => {
    for (const odd of ['unknown', '1:2:3', '1::2::3', '12345::', ':::', '1:2:3:4:5:6:7:8:9'])
      expect(clientKey(odd)).toBe(odd);
  });

  it('gives one key to every address of a /64 and different keys to different /64s', () => {
    fc.assert(
      fc.property(groups, groups, (a, b) => {
        const sameNetwork = [...a.slice(0, 4), ...b.slice(4)];
        expect(clientKey(full(a))).toBe(clientKey(shortest(a)));
        expect(clientKey(full(sameNetwork))).toBe(clientKey(shortest(a)));
        const differ = a.slice(0, 4).some((x, i) => x !== b[i]);
        expect(clientKey(shortest(a)) === clientKey(shortest(b))).toBe(!differ);
      }),
    );
  });
});

describe('the anonymous rate limit', () => {
  async function limitedApp(max: number, clock: () => number) {
    const counts = createSharedRateLimit(undefined, quiet, { clock });
    const app = Fastify({ trustProxy: '127.0.0.1' });
    app.decorateRequest('principal', { getter: () => ({ kind: 'anonymous' as const }) });
    app.addHook(
      'onRequest',
      anonymousRateLimiter({ max, counter: counts.counter, windowMs: 60_000 }).hook,
    );
    app.get('/', async () => ({ ok: true }));
    app.addHook('onClose', () => counts.close());
    await app.ready();
    const get = (client: string) =>
      app.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-for': client } });
    return { app, get };
  }

  it('says what is left, refuses the request over the limit, and lets the client in again when the window ends', async () => {
    let now = Date.UTC(2026, 10, 23, 12, 0, 15);
    const { app, get } = await limitedApp(2, () => now);
    const first = await get('192.0.2.1');
    expect(first.headers['ratelimit-policy']).toBe('"anonymous";q=2;w=60');
    expect(first.headers['ratelimit']).toBe('"anonymous";r=1;t=45');
    now += 1_500;
    expect((await get('192.0.2.1')).headers['ratelimit']).toBe('"anonymous";r=0;t=44');
    const refused = await get('192.0.2.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['ratelimit']).toBe('"anonymous";r=0;t=44');
    expect(refused.headers['retry-after']).toBe('44');
    expect(refused.json()).toMatchObject({
      type: 'https://lotsen.stockholm/problems/too-many-requests',
      status: 429,
    });
    // Another client has its own count.
    expect((await get('192.0.2.2')).statusCode).toBe(200);
    now += 43_500;
    expect((await get('192.0.2.1')).statusCode).toBe(200);
    await app.close();
  });

  it('counts the addresses of one IPv6 network as one client', async () => {
    const { app, get } = await limitedApp(2, () => Date.UTC(2026, 10, 23, 12, 0, 15));
    const codes = [];
    for (const host of ['2001:db8:5:6::1', '2001:db8:5:6::2', '2001:db8:5:6:ffff::9'])
      codes.push((await get(host)).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    expect((await get('2001:db8:5:7::1')).statusCode).toBe(200);
    await app.close();
  });

  it('is refused a limit that is not a positive whole number', () => {
    const counter = { hit: () => ({ current: 1, resetMs: 1 }) };
    for (const max of [0, -1, 1.5, Number.NaN])
      expect(() => anonymousRateLimiter({ max, counter })).toThrow(/positive/);
  });

  it('leaves staff and systems unlimited, and counts refused credentials as anonymous', async () => {
    const app = await buildApp({
      anonymousRateLimit: 2,
      auth: {
        issuer: 'https://idp.example',
        audience: 'lotsen',
        apiKeys: [{ id: 'registry', sha256: hashApiKey('right-key') }],
      },
    });
    const system = [];
    for (let i = 0; i < 4; i++)
      system.push(
        (await app.inject({ url: '/health', headers: { 'x-api-key': 'right-key' } })).statusCode,
      );
    expect(system).toEqual([200, 200, 200, 200]);
    // Someone guessing keys: refused, and counted like any anonymous caller, so it cannot guess on
    // without limit.
    const guesses = [];
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({ url: '/health', headers: { 'x-api-key': `guess-${i}` } });
      guesses.push(res.statusCode);
      if (res.statusCode === 401) expect(res.headers['ratelimit']).toBeDefined();
    }
    expect(guesses).toEqual([401, 401, 429]);
    expect((await app.inject({ url: '/health' })).statusCode).toBe(429);
    // The right key still works: staff and systems are never limited.
    expect(
      (await app.inject({ url: '/health', headers: { 'x-api-key': 'right-key' } })).statusCode,
    ).toBe(200);
    await app.close();
  });

  it('answers a preflight before authentication and the limit, and refusals with CORS headers', async () => {
    const app = await buildApp({ anonymousRateLimit: 1 });
    const preflight = () =>
      app.inject({
        method: 'OPTIONS',
        url: '/v1/match',
        headers: {
          origin: 'https://example.org',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    for (let i = 0; i < 3; i++) {
      const res = await preflight();
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['ratelimit']).toBeUndefined();
    }
    const unauthorized = await app.inject({
      url: '/v1/me',
      headers: { origin: 'https://example.org', authorization: 'Bearer not-a-token' },
    });
    expect(unauthorized.statusCode).toBe(401);
    expect(unauthorized.headers['access-control-allow-origin']).toBe('*');
    await app.close();
  });
});
