import { describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { trustProxyFromEnv } from './config.js';

describe('LOTSEN_TRUST_PROXY', () => {
  it('trusts nobody by default, a number of proxies, or listed proxy addresses', () => {
    expect(trustProxyFromEnv({})).toBe(false);
    const one = trustProxyFromEnv({ LOTSEN_TRUST_PROXY: '1' });
    if (typeof one !== 'function') throw new Error('expected a trust function');
    expect([one('10.0.0.1', 0), one('203.0.113.7', 1)]).toEqual([true, false]);
    expect(trustProxyFromEnv({ LOTSEN_TRUST_PROXY: '10.0.0.0/8, 192.168.1.5,::1' })).toEqual([
      '10.0.0.0/8',
      '192.168.1.5',
      '::1',
    ]);
  });

  it('refuses to trust everyone, or settings it cannot read', () => {
    for (const bad of ['true', '0', '11', 'lb.example', '10.0.0.0/8,*']) {
      expect(() => trustProxyFromEnv({ LOTSEN_TRUST_PROXY: bad })).toThrow(/LOTSEN_TRUST_PROXY/);
    }
  });
});

describe('anonymous clients behind a load balancer', () => {
  const from = (client: string) => ({
    url: '/health',
    remoteAddress: '10.1.2.3',
    headers: { 'x-forwarded-for': client },
  });

  it('are limited one by one when the balancer is trusted', async () => {
    const app = await buildApp({
      anonymousRateLimit: 2,
      fastify: { trustProxy: trustProxyFromEnv({ LOTSEN_TRUST_PROXY: '1' }) },
    });
    try {
      const first = [];
      for (let i = 0; i < 3; i++) first.push((await app.inject(from('203.0.113.7'))).statusCode);
      expect(first).toEqual([200, 200, 429]);
      // Another family's phone behind the same balancer is not refused for the first one's use.
      expect((await app.inject(from('198.51.100.20'))).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('share one limit when it is not, and a forged header changes nothing', async () => {
    const app = await buildApp({ anonymousRateLimit: 2 });
    try {
      const codes = [];
      for (const client of ['203.0.113.7', '198.51.100.20', '192.0.2.1']) {
        codes.push((await app.inject(from(client))).statusCode);
      }
      expect(codes).toEqual([200, 200, 429]);
    } finally {
      await app.close();
    }
  });
});
