import { meetsAtSameTime } from '@lotsen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { cohort, event, leader, must, newReferral } from './fixtures.test-support.js';
import type { Database, StoredCohort } from './index.js';

/** The conflict of a leader who already leads `other` at the same time. */
const busy = (index: number, leaderId: string, other: string) => ({
  ok: false,
  error: {
    code: 'CONFLICT',
    issues: [
      {
        path: `leaderIds.${index}`,
        message: `Leader ${leaderId} already leads cohort ${other}, which meets at the same time`,
      },
    ],
    details: { clashes: [{ leaderId, cohortId: other }] },
  },
});

/** Pairs of active cohorts that share a leader and meet at the same time: none, ever. */
function doubleBooked(cohorts: readonly StoredCohort[]): string[] {
  return cohorts.flatMap((a, i) =>
    cohorts
      .slice(i + 1)
      .filter((b) => a.leaderIds.some((l) => b.leaderIds.includes(l)) && meetsAtSameTime(a, b))
      .map((b) => `${a.id}+${b.id}`),
  );
}

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
            // Thursdays: bo also leads c-1, which meets on Tuesdays.
            meetings: { count: 10, weekday: 'thu', startTime: '15:30', durationMinutes: 90 },
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

    it('refuses a leader for two cohorts that meet at the same time, naming both', async () => {
      for (const id of ['eva', 'fia', 'gus']) must(await db.leaders.create(leader(id)));
      // Tuesdays 15:30–17:00, ten meetings from 1 September.
      must(await db.cohorts.create(cohort('tue-a', 8, { leaderIds: ['eva', 'fia'] })));
      const late = { count: 10, weekday: 'tue' as const, startTime: '17:00', durationMinutes: 90 };

      expect(
        await db.cohorts.create(cohort('tue-b', 8, { leaderIds: ['gus', 'fia'] })),
      ).toMatchObject(busy(1, 'fia', 'tue-a'));
      expect(await db.cohorts.get('tue-b')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });

      const b = must(await db.cohorts.create(cohort('tue-b', 8)));
      expect(
        await db.cohorts.assignLeaders('tue-b', ['gus', 'fia'], { expectedVersion: b.version }),
      ).toMatchObject(busy(1, 'fia', 'tue-a'));
      expect(must(await db.cohorts.get('tue-b'))).toMatchObject({ version: 1, leaderIds: [] });
      expect(must(await db.cohorts.list({ leaderId: 'fia' })).map((c) => c.id)).toEqual(['tue-a']);

      // Right after the other group, fia is free; moving the group half an hour earlier is not.
      const moved = must(await db.cohorts.update(cohort('tue-b', 8, { meetings: late })));
      const led = must(await db.cohorts.assignLeaders('tue-b', ['gus', 'fia']));
      expect(led).toMatchObject({ leaderIds: ['gus', 'fia'], version: moved.version + 1 });
      const earlier = { ...late, startTime: '16:30' };
      expect(
        await db.cohorts.update(
          cohort('tue-b', 8, { meetings: earlier, leaderIds: ['gus', 'fia'] }),
        ),
      ).toMatchObject(busy(1, 'fia', 'tue-a'));
      expect(must(await db.cohorts.get('tue-b'))).toMatchObject({
        version: led.version,
        meetings: late,
      });

      // A cancelled or completed group does not count; opening it again does.
      const a = must(await db.cohorts.get('tue-a'));
      for (const status of ['cancelled', 'completed'] as const) {
        must(await db.cohorts.update(cohort('tue-a', 8, { leaderIds: ['eva', 'fia'], status })));
        const b2 = must(
          await db.cohorts.update(
            cohort('tue-b', 8, { meetings: earlier, leaderIds: ['gus', 'fia'] }),
          ),
        );
        expect(b2.meetings.startTime).toBe('16:30');
        must(
          await db.cohorts.update(
            cohort('tue-b', 8, { meetings: late, leaderIds: ['gus', 'fia'] }),
          ),
        );
      }
      must(
        await db.cohorts.update(
          cohort('tue-b', 8, { meetings: earlier, leaderIds: ['gus', 'fia'] }),
        ),
      );
      expect(
        await db.cohorts.update(cohort('tue-a', 8, { leaderIds: ['eva', 'fia'], status: 'open' })),
      ).toMatchObject(busy(1, 'fia', 'tue-b'));
      expect(must(await db.cohorts.get('tue-a'))).toMatchObject({
        status: 'completed',
        version: a.version + 2,
      });

      // After the last meeting (3 November) the same slot is free again.
      must(
        await db.cohorts.create(
          cohort('tue-c', 8, { startDate: '2026-11-10', leaderIds: ['fia', 'eva'] }),
        ),
      );
      expect(
        doubleBooked(
          must(await db.cohorts.list({ status: ['planned', 'open', 'full', 'running'] })),
        ),
      ).toEqual([]);
    });

    it('lets exactly one of two concurrent writes book the same leaders at the same time', async () => {
      // On PostgreSQL two handles, as two API instances would have; PGlite has one connection.
      const other = engine.name === 'postgres' ? await engine.open() : db;
      try {
        const rounds = 20;
        for (let i = 0; i < rounds; i++) {
          for (const id of [`race-${i}-x`, `race-${i}-y`])
            must(await db.leaders.create(leader(id)));
          const thu = {
            count: 8,
            weekday: 'thu' as const,
            startTime: '17:00',
            durationMinutes: 60,
          };
          must(await db.cohorts.create(cohort(`race-${i}-a`, 6, { meetings: thu })));
          must(await db.cohorts.create(cohort(`race-${i}-b`, 6, { meetings: thu })));
          // The other round: cohort b already has the leaders on Fridays and moves to Thursdays.
          if (i % 2 === 1) {
            must(
              await db.cohorts.update(
                cohort(`race-${i}-b`, 6, {
                  meetings: { ...thu, weekday: 'fri' },
                  leaderIds: [`race-${i}-y`, `race-${i}-x`],
                }),
              ),
            );
          }
          const results = await Promise.all([
            db.cohorts.assignLeaders(`race-${i}-a`, [`race-${i}-x`, `race-${i}-y`]),
            i % 2 === 0
              ? other.cohorts.assignLeaders(`race-${i}-b`, [`race-${i}-y`, `race-${i}-x`])
              : other.cohorts.update(
                  cohort(`race-${i}-b`, 6, {
                    meetings: thu,
                    leaderIds: [`race-${i}-y`, `race-${i}-x`],
                  }),
                ),
          ]);
          const won = results.filter((r) => r.ok);
          const lost = results.filter((r) => !r.ok);
          expect(won, `round ${i}`).toHaveLength(1);
          expect(lost[0], `round ${i}`).toMatchObject({
            ok: false,
            error: { code: 'CONFLICT', details: { clashes: [{}, {}] } },
          });
        }
        const all = must(await db.cohorts.list({ status: ['planned', 'open', 'full', 'running'] }));
        expect(doubleBooked(all)).toEqual([]);
      } finally {
        if (other !== db) await other.close();
      }
    }, 120_000);
  });
});
