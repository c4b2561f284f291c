import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must, newReferral } from './fixtures.test-support.js';
import type { Database, OutcomeAdministrationInput } from './index.js';

describe.each(engines('outcomes'))('outcome administrations on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    let referralId: string;
    beforeAll(async () => {
      db = await engine.open();
      referralId = must(await db.referrals.create(newReferral())).id;
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    const ors = (
      session: number,
      extra: Partial<OutcomeAdministrationInput> = {},
    ): OutcomeAdministrationInput => ({
      referralId,
      instrument: 'CORS',
      session,
      date: `2026-04-0${session + 1}`,
      rater: 'child',
      items: [3.2, 4.1, 5, 2.5],
      score: { total: 14.8, clinical: true },
      ...extra,
    });

    it('stores what it is given and lists it per referral in session order', async () => {
      const second = must(await db.outcomes.record(ors(1)));
      must(await db.outcomes.record(ors(0)));
      must(
        await db.outcomes.record(
          ors(0, {
            instrument: 'SCORE-15',
            rater: 'parent',
            respondentId: 'parent-a',
            items: [1, 2, null],
            score: undefined,
          }),
        ),
      );
      must(
        await db.outcomes.record(
          ors(0, {
            instrument: 'SCORE-15',
            rater: 'parent',
            respondentId: 'parent-b',
            items: [2, 2, 2],
          }),
        ),
      );
      expect(second).toMatchObject({
        referralId,
        session: 1,
        score: { total: 14.8, clinical: true },
      });
      expect(second.id).toMatch(/^[0-9a-f-]{36}$/);
      const all = must(await db.outcomes.list(referralId));
      expect(all.map((a) => [a.session, a.instrument, a.respondentId ?? null])).toEqual([
        [0, 'CORS', null],
        [0, 'SCORE-15', 'parent-a'],
        [0, 'SCORE-15', 'parent-b'],
        [1, 'CORS', null],
      ]);
      expect(all[1]!.items).toEqual([1, 2, null]);
      expect(all[1]!.score).toBeUndefined();
      expect(must(await db.outcomes.list(referralId, { instrument: 'CORS' }))).toHaveLength(2);
    });

    it('refuses duplicates, unknown referrals and malformed envelopes', async () => {
      expect(await db.outcomes.record(ors(1))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect(await db.outcomes.record({ ...ors(2), referralId: randomUUID() })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const bad = await db.outcomes.record({
        ...ors(3),
        session: -1,
        date: '2026-13-40',
        rater: 'teacher' as never,
        items: [undefined] as never,
      });
      expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
      expect(!bad.ok && bad.error.issues.map((i) => i.path)).toEqual([
        'session',
        'date',
        'rater',
        'items.0',
      ]);
      expect(must(await db.outcomes.list(referralId))).toHaveLength(4);
    });
  });
});
