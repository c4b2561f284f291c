import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loggerOptions } from './logging.js';
import { createWorld, type Caller, type World } from './test-support.js';

/*
 * Several API instances behind one load balancer share one database: the anonymous limit must hold
 * for a client across all of them. Two apps over one database stand for two instances (on PostgreSQL,
 * each with its own connection pool, as two processes would have).
 */

const MAX = 10;
// Mid-window by a fixed clock, so no test straddles the end of a minute; 30 s of it are left.
const WINDOW_MIDDLE = Date.UTC(2026, 2, 2, 9, 0, 30);
const FLUSH_MS = 10;
// How long a test waits for the instances to have sent what they counted, on a busy machine.
const WAIT = { timeout: 10_000, interval: 10 };

const DATABASE_URL = process.env.DATABASE_URL || undefined;

interface Engine {
  readonly name: string;
  readonly available: boolean;
  /** Two handles on one database: one object for PGlite, two pools for PostgreSQL. */
  open(): Promise<{ a: Database; b: Database; close(): Promise<void> }>;
}

const ENGINES: readonly Engine[] = [
  {
    name: 'pglite',
    available: true,
    async open() {
      const db = await openDatabase({ dataDir: 'memory://' });
      return { a: db, b: db, close: () => db.close() };
    },
  },
  {
    name: 'postgres',
    available: DATABASE_URL !== undefined,
    async open() {
      const schema = `t_rate_limit_${randomBytes(4).toString('hex')}`;
      const a = await openDatabase({ url: DATABASE_URL, schema });
      const b = await openDatabase({ url: DATABASE_URL, schema });
      return {
        a,
        b,
        async close() {
          await b.close();
          await a.driver.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await a.close();
        },
      };
    },
  },
];

/** Collects log lines, to check what is logged (and what never is). */
function logCollector() {
  const lines: Record<string, unknown>[] = [];
  return {
    lines,
    destination: { write: (line: string) => void lines.push(JSON.parse(line)) },
  };
}

describe.each(ENGINES)('the anonymous rate limit across two API instances on $name', (engine) => {
  describe.skipIf(!engine.available)('instances', () => {
    let dbs: Awaited<ReturnType<Engine['open']>>;
    let a: World;
    let b: World;
    let now = WINDOW_MIDDLE;
    const logs = logCollector();

    beforeAll(async () => {
      dbs = await engine.open();
      const app = (db: Database) =>
        createWorld({
          db,
          app: {
            anonymousRateLimit: MAX,
            rateLimit: { flushIntervalMs: FLUSH_MS, clock: () => now },
            fastify: { logger: loggerOptions('info', logs.destination) },
          },
        });
      a = await app(dbs.a);
      b = await app(dbs.b);
    }, 60_000);
    afterAll(async () => {
      await a?.close();
      await b?.close();
      await dbs?.close();
    });

    // Anonymous requests admitted so far: refused ones are not counted, nor are staff's.
    let admitted = 0;
    const get = async (world: World, client: string, caller: Caller = 'anonymous') => {
      const res = await world.app.inject({
        method: 'GET',
        url: '/health',
        remoteAddress: client,
        headers: world.headers(caller),
      });
      if (caller === 'anonymous' && res.statusCode === 200) admitted++;
      return res;
    };

    /** Every hit the instances have sent to the database, in all windows. */
    const stored = async () => {
      const { rows } = await dbs.a.driver.query<{ n: number }>(
        'SELECT coalesce(sum(hits), 0)::int AS n FROM rate_limit_windows',
      );
      return rows[0]!.n;
    };
    /**
     * Waits until the instances have sent every request they admitted to the database, and a moment
     * more for them to read the answers: a client pausing between requests.
     */
    const settled = async () => {
      await vi.waitFor(async () => expect(await stored()).toBe(admitted), WAIT);
      await sleep(5 * FLUSH_MS);
    };

    it('refuses a client’s requests beyond the limit, however they are spread over the instances', async () => {
      const client = '203.0.113.7';
      await settled();
      const answers = [];
      for (let i = 0; i < 2 * MAX; i++) {
        answers.push(await get(i % 2 === 0 ? a : b, client));
        await settled();
      }
      const codes = answers.map((r) => r.statusCode);
      // Never refused below the limit; beyond it, at most one request per instance here (an
      // instance learns of the other's last request only with its own next flush), where two
      // instances counting apart would admit twice the limit.
      expect(codes.slice(0, MAX)).toEqual(Array(MAX).fill(200));
      const allowed = codes.filter((c) => c === 200).length;
      expect(allowed).toBeLessThanOrEqual(MAX + 2);
      // Once refused, refused on both instances until the window ends.
      expect(codes.slice(codes.indexOf(429))).toEqual(Array(2 * MAX - allowed).fill(429));
      const refused = answers.find((r) => r.statusCode === 429)!;
      expect(refused.headers['retry-after']).toBe('30');
      expect(refused.headers['content-type']).toContain('application/problem+json');
    });

    it('lets another instance learn of a burst within a flush interval', async () => {
      const client = '203.0.113.8';
      await settled();
      const burst = [];
      for (let i = 0; i < MAX + 2; i++) burst.push((await get(a, client)).statusCode);
      // One instance alone refuses exactly the (max+1)th request.
      expect(burst).toEqual([...Array(MAX).fill(200), 429, 429]);
      await settled();
      // The other instance has not heard of the client yet: its first request is admitted (the
      // documented approximation); its own flush then brings the total back.
      expect((await get(b, client)).statusCode).toBe(200);
      await settled();
      expect((await get(b, client)).statusCode).toBe(429);
      expect((await get(a, client)).statusCode).toBe(429);
    });

    it('counts different clients apart', async () => {
      await settled();
      for (let i = 0; i < MAX; i++) expect((await get(a, '198.51.100.1')).statusCode).toBe(200);
      expect((await get(a, '198.51.100.1')).statusCode).toBe(429);
      await settled();
      for (let i = 0; i < MAX / 2; i++) {
        expect((await get(a, '198.51.100.2')).statusCode).toBe(200);
        expect((await get(b, '198.51.100.2')).statusCode).toBe(200);
      }
      await settled();
    });

    it('never limits staff or systems, nor counts their requests against their address', async () => {
      const address = '192.0.2.50';
      await settled();
      for (const caller of ['coordinator', 'system'] as const) {
        for (let i = 0; i < 2 * MAX; i++) {
          expect((await get(i % 2 === 0 ? a : b, address, caller)).statusCode).toBe(200);
        }
      }
      await sleep(10 * FLUSH_MS);
      expect(await stored()).toBe(admitted);
      const anonymous = [];
      for (let i = 0; i < MAX + 1; i++) anonymous.push((await get(a, address)).statusCode);
      expect(anonymous).toEqual([...Array(MAX).fill(200), 429]);
    });

    it('admits the client again when the window ends', async () => {
      const client = '203.0.113.9';
      await settled();
      for (let i = 0; i < MAX; i++) await get(a, client);
      await settled();
      await get(b, client); // admitted: instance b had not heard of the client (see above)
      await settled();
      expect((await get(a, client)).statusCode).toBe(429);
      expect((await get(b, client)).statusCode).toBe(429);
      now = WINDOW_MIDDLE + 60_000;
      try {
        expect((await get(a, client)).statusCode).toBe(200);
        expect((await get(b, client)).statusCode).toBe(200);
      } finally {
        now = WINDOW_MIDDLE;
      }
    });

    it('stores clients only as keyed hashes, never their address', async () => {
      const { rows } = await dbs.a.driver.query<{ key: string }>(
        'SELECT key FROM rate_limit_windows',
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const { key } of rows) expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(logs.lines)).not.toMatch(/203\.0\.113|198\.51\.100|192\.0\.2/);
    });

    it('falls back to each instance’s own count when the database fails, logs it once, and shares again after', async () => {
      const client = '203.0.113.10';
      const warnings = () =>
        logs.lines.filter((l) => String(l.msg).startsWith('Rate limit counts cannot be shared'));
      await dbs.a.driver.exec('ALTER TABLE rate_limit_windows RENAME TO rate_limit_windows_away');
      try {
        for (const world of [a, b]) {
          const codes = [];
          for (let i = 0; i < MAX + 1; i++) {
            codes.push((await get(world, client)).statusCode);
            await sleep(FLUSH_MS);
          }
          // Each instance still limits by what it counted itself.
          expect(codes).toEqual([...Array(MAX).fill(200), 429]);
        }
        // Once per instance, however many flushes failed, and without the client.
        await vi.waitFor(() => expect(warnings().length).toBeGreaterThanOrEqual(2), WAIT);
        await sleep(10 * FLUSH_MS);
        expect(warnings()).toHaveLength(2);
        expect(JSON.stringify(warnings())).not.toContain('203.0.113');
      } finally {
        await dbs.a.driver.exec('ALTER TABLE rate_limit_windows_away RENAME TO rate_limit_windows');
      }
      // The counts kept during the failure are sent when the database answers again.
      await get(a, '198.51.100.99');
      await get(b, '198.51.100.99');
      await vi.waitFor(
        () =>
          expect(
            logs.lines.filter((l) => String(l.msg).includes('shared through the database again')),
          ).toHaveLength(2),
        WAIT,
      );
      await vi.waitFor(async () => {
        const { rows } = await dbs.a.driver.query<{ n: number }>(
          'SELECT max(hits)::int AS n FROM rate_limit_windows',
        );
        expect(rows[0]!.n).toBe(2 * MAX);
      }, WAIT);
    });
  });
});

describe('without a database', () => {
  it('still limits each instance by its own count', async () => {
    const { buildApp } = await import('./app.js');
    const app = await buildApp({ anonymousRateLimit: 2 });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app.inject({ url: '/health' })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    await app.close();
  });
});
