import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import type { Database } from './index.js';

describe.each(engines('counters'))('usage counters on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('adds up concurrent increments without losing any, per name and day', async () => {
      await Promise.all(
        Array.from({ length: 50 }, () => db.counters.increment('bot.flow_started')),
      );
      must(await db.counters.increment('bot.crisis_card_shown:suicide', 3));
      const today = new Date().toISOString().slice(0, 10);
      const totals = must(await db.counters.totals('2000-01-01', '2999-12-31'));
      expect(totals.find((t) => t.name === 'bot.flow_started')?.count).toBe(50);
      expect(totals.find((t) => t.name === 'bot.crisis_card_shown:suicide')).toMatchObject({
        count: 3,
      });
      expect(
        totals.every((t) => Math.abs(Date.parse(t.day) - Date.parse(today)) <= 86_400_000),
      ).toBe(true);
    });

    it('refuses a name that could carry text, and a bad range, writing nothing', async () => {
      const bad = await db.counters.increment('Hej, jag heter Alva');
      expect(bad.ok ? null : bad.error.code).toBe('INVALID_INPUT');
      expect((await db.counters.increment('ok', 0)).ok).toBe(false);
      expect((await db.counters.totals('yesterday', 'today')).ok).toBe(false);
      const totals = must(await db.counters.totals('2000-01-01', '2999-12-31'));
      expect(totals.some((t) => t.name.includes(' '))).toBe(false);
    });
  });
});
