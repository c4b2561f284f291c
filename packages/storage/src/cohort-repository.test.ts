import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { cohort, event, leader, must, newReferral } from './fixtures.test-support.js';
import type { Database } from './index.js';

describe.each(engines('cohorts'))('cohorts and leaders on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('creates, updates and lists leaders, refusing stale versions', async () => {
      const anna = must(await db.leaders.create(leader('anna')));
      expect(anna).toMatchObject({ id: 'anna', version: 1, experience: 'experienced' });
      must(await db.leaders.create(leader('bo', { experience: 'first_time', groupsLed: 0 })));
      must(await db.leaders.create(leader('cilla', { homeDistrictId: 'spanga-tensta' })));
      expect(await db.leaders.create(leader('anna'))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      const updated = must(
        await db.leaders.update(leader('anna', { groupsLed: 4 }), { expectedVersion: 1 }),
      );
      expect(updated).toMatchObject({ groupsLed: 4, version: 2 });
      expect(await db.leaders.update(leader('anna'), { expectedVersion: 1 })).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { actualVersion: 2 } },
      });
      expect(await db.leaders.update(leader('nobody'))).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(must(await db.leaders.list({ experience: 'first_time' })).map((l) => l.id)).toEqual([
        'bo',
      ]);
      expect(
        must(await db.leaders.list({ homeDistrictId: 'rinkeby-kista' })).map((l) => l.id),
      ).toEqual(['anna', 'bo']);
      expect(must(await db.leaders.get('bo')).displayName).toBe('Leader bo');
    });

    it('gives INVALID_INPUT with paths and writes nothing', async () => {
      const bad = await db.leaders.create({
        ...leader('dan'),
        experience: 'guru' as never,
        groupsLed: -1,
      });
      expect(!bad.ok && bad.error.issues.map((i) => i.path)).toEqual(['experience', 'groupsLed']);
      expect(await db.leaders.get('dan')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const badCohort = await db.cohorts.create({
        ...cohort('c-bad', 8),
        seats: { min: 9, max: 8 },
      });
      expect(!badCohort.ok && badCohort.error.issues.map((i) => i.path)).toEqual(['seats.max']);
      expect(await db.cohorts.get('c-bad')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });

    it('creates cohorts with leaders and refuses unknown leaders without writing', async () => {
      const created = must(
        await db.cohorts.create(cohort('c-1', 8, { leaderIds: ['anna', 'bo'] })),
      );
      expect(created).toMatchObject({ id: 'c-1', leaderIds: ['anna', 'bo'], version: 1 });
      const missing = await db.cohorts.create(cohort('c-2', 8, { leaderIds: ['anna', 'ghost'] }));
      expect(missing).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', details: { leaderIds: ['ghost'] } },
      });
      expect(await db.cohorts.get('c-2')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await db.cohorts.create(cohort('c-1', 8))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
    });

    it('assigns leaders and lists cohorts by leader, district and status', async () => {
      must(
        await db.cohorts.create(
          cohort('c-3', 6, {
            status: 'planned',
            startDate: '2026-10-01',
            premises: { name: 'Tensta träff', districtId: 'spanga-tensta', confidential: false },
          }),
        ),
      );
      const assigned = must(
        await db.cohorts.assignLeaders('c-3', ['cilla', 'bo'], { expectedVersion: 1 }),
      );
      expect(assigned).toMatchObject({ leaderIds: ['cilla', 'bo'], version: 2 });
      expect(
        await db.cohorts.assignLeaders('c-3', ['cilla'], { expectedVersion: 1 }),
      ).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      expect(await db.cohorts.assignLeaders('c-3', ['bo', 'bo'])).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'leaderIds' }] },
      });
      expect(must(await db.cohorts.list({ leaderId: 'bo' })).map((c) => c.id)).toEqual([
        'c-1',
        'c-3',
      ]);
      expect(must(await db.cohorts.list({ districtId: 'spanga-tensta' })).map((c) => c.id)).toEqual(
        ['c-3'],
      );
      expect(must(await db.cohorts.list({ status: ['open'] })).map((c) => c.id)).toEqual(['c-1']);
      expect(must(await db.cohorts.get('c-3')).leaderIds).toEqual(['cilla', 'bo']);
    });

    it('refuses to shrink a cohort below its taken seats', async () => {
      must(await db.cohorts.create(cohort('c-small', 2)));
      for (const i of [1, 2]) {
        const r = must(await db.referrals.create(newReferral()));
        must(await db.seats.enrol({ referralId: r.id, cohortId: 'c-small', event: event() }));
        expect(i).toBeGreaterThan(0);
      }
      const shrink = await db.cohorts.update(cohort('c-small', 1, { seats: { min: 1, max: 1 } }));
      expect(shrink).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { taken: 2 } },
      });
      expect(must(await db.cohorts.get('c-small')).seats.max).toBe(2);
    });
  });
});
