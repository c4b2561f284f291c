import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import type { Database, RateLimitHits } from './index.js';

/** A key as the API makes them: 64 hex characters (here a plain hash of a label). */
const key = (label: string) => createHash('sha256').update(label).digest('hex');

const byKey = (rows: readonly RateLimitHits[]) =>
  Object.fromEntries(rows.map((r) => [r.key, r.hits]));

let windows = 0;
/** A window of its own for each test, so the tests of one file do not count into each other. */
const freshWindow = () => new Date(Date.UTC(2026, 2, 2, 9, windows++)).toISOString();

describe.each(engines('rate limits'))('rate limit windows on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    // A second handle: on PostgreSQL its own connection pool, like a second API instance.
    let other: Database;
    beforeAll(async () => {
      db = await engine.open();
      other = engine.name === 'postgres' ? await engine.open() : db;
    });
    afterAll(async () => {
      if (other !== db) await other?.close();
      await db?.close();
      await engine.cleanup();
    });

    it('adds every instance’s hits and answers with the totals of the keys it added to', async () => {
      const w = freshWindow();
      const [a, b, c] = [key('a'), key('b'), key('c')];
      expect(
        byKey(
          must(
            await db.rateLimits.addHits(w, [
              { key: a, hits: 3 },
              { key: b, hits: 1 },
            ]),
          ),
        ),
      ).toEqual({ [a]: 3, [b]: 1 });
      expect(
        byKey(
          must(
            await other.rateLimits.addHits(w, [
              { key: b, hits: 4 },
              { key: c, hits: 2 },
            ]),
          ),
        ),
      ).toEqual({ [b]: 5, [c]: 2 });
      // Another window is counted apart.
      const next = freshWindow();
      expect(must(await db.rateLimits.addHits(next, [{ key: a, hits: 1 }]))).toEqual([
        { key: a, hits: 1 },
      ]);
      expect(must(await db.rateLimits.addHits(w, []))).toEqual([]);
    });

    it('ends with each key’s exact sum, whatever the calls (a key listed twice counts twice)', async () => {
      const keys = ['x', 'y', 'z', 'w'].map(key);
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.array(
              fc.record({ key: fc.constantFrom(...keys), hits: fc.integer({ min: 1, max: 1000 }) }),
              { maxLength: 6 },
            ),
            { maxLength: 5 },
          ),
          async (calls) => {
            const w = freshWindow();
            let last: Record<string, number> = {};
            for (const [i, deltas] of calls.entries()) {
              const handle = i % 2 === 0 ? db : other;
              last = { ...last, ...byKey(must(await handle.rateLimits.addHits(w, deltas))) };
            }
            const expected: Record<string, number> = {};
            for (const d of calls.flat()) expected[d.key] = (expected[d.key] ?? 0) + d.hits;
            expect(last).toEqual(expected);
          },
        ),
        { numRuns: 25 },
      );
    });

    it('sums concurrent adders exactly, with overlapping keys in any order', async () => {
      const w = freshWindow();
      const keys = Array.from({ length: 12 }, (_, i) => key(`client-${i}`));
      const handles = engine.name === 'postgres' ? [db, other, await engine.open()] : [db];
      const calls = Array.from({ length: 60 }, (_, i) =>
        // Each call adds to every key, starting at a different one, so that row locks are asked for
        // in conflicting orders.
        keys.map((_, j) => ({ key: keys[(i + j * 7) % keys.length]!, hits: 1 + ((i + j) % 3) })),
      );
      const results = await Promise.all(
        calls.map((deltas, i) => handles[i % handles.length]!.rateLimits.addHits(w, deltas)),
      );
      if (handles.length > 2) await handles[2]!.close();
      expect(results.filter((r) => !r.ok)).toEqual([]);
      const expected: Record<string, number> = {};
      for (const d of calls.flat()) expected[d.key] = (expected[d.key] ?? 0) + d.hits;
      const { rows } = await db.driver.query<{ key: string; hits: unknown }>(
        'SELECT key, hits FROM rate_limit_windows WHERE window_start = $1::timestamptz',
        [w],
      );
      expect(Object.fromEntries(rows.map((r) => [r.key, Number(r.hits)]))).toEqual(expected);
      // Some caller saw each key's final total.
      for (const k of keys) {
        const seen = results.flatMap((r) => (r.ok ? r.value : [])).filter((t) => t.key === k);
        expect(Math.max(...seen.map((t) => t.hits))).toBe(expected[k]);
      }
    });

    it('deletes the windows that started before a time, and only those', async () => {
      const old = new Date(Date.UTC(2020, 0, 1, 0, 0)).toISOString();
      const older = new Date(Date.UTC(2020, 0, 1, 0, 1)).toISOString();
      const kept = new Date(Date.UTC(2020, 0, 1, 0, 2)).toISOString();
      must(await db.rateLimits.addHits(old, [{ key: key('p'), hits: 1 }]));
      must(
        await db.rateLimits.addHits(older, [
          { key: key('p'), hits: 1 },
          { key: key('q'), hits: 1 },
        ]),
      );
      must(await db.rateLimits.addHits(kept, [{ key: key('p'), hits: 1 }]));
      expect(must(await db.rateLimits.purgeBefore(kept))).toBe(3);
      expect(must(await db.rateLimits.purgeBefore(kept))).toBe(0);
      expect(must(await db.rateLimits.addHits(kept, [{ key: key('p'), hits: 1 }]))).toEqual([
        { key: key('p'), hits: 2 },
      ]);
    });

    it('refuses a client address, a bad window or a count below one, storing nothing', async () => {
      const w = freshWindow();
      const cases = [
        ['203.0.113.7', 1],
        [key('a').toUpperCase(), 1],
        [key('a'), 0],
        [key('a'), 1.5],
      ] as const;
      for (const [k, hits] of cases) {
        const res = await db.rateLimits.addHits(w, [{ key: k, hits }]);
        expect(res.ok ? null : res.error.code).toBe('INVALID_INPUT');
        expect(res.ok ? [] : res.error.issues.map((i) => i.path)).toEqual([
          hits === 1 ? 'deltas.0.key' : 'deltas.0.hits',
        ]);
      }
      const badWindow = await db.rateLimits.addHits('now', [{ key: key('a'), hits: 1 }]);
      expect(badWindow.ok ? null : badWindow.error.code).toBe('INVALID_INPUT');
      expect((await db.rateLimits.purgeBefore('yesterday')).ok).toBe(false);
      const { rows } = await db.driver.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM rate_limit_windows WHERE window_start = $1::timestamptz',
        [w],
      );
      expect(rows[0]!.n).toBe(0);
    });
  });
});
