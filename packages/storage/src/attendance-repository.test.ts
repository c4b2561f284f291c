import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { cohort, event, must, newReferral, referralRequest } from './fixtures.test-support.js';
import type { AttendanceStatus, Database } from './index.js';

/** Creates a cohort with `seats` seats and `n` children enrolled in it; returns their referral ids. */
async function cohortWithChildren(db: Database, id: string, n: number, seats = n) {
  must(await db.cohorts.create(cohort(id, seats, { meetings: { count: 4 } })));
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = must(
      await db.referrals.create(
        newReferral({
          request: referralRequest('rinkeby-kista', `${id}-${i}`),
          status: 'accepted',
        }),
      ),
    );
    must(await db.seats.enrol({ referralId: r.id, cohortId: id, event: event() }));
    ids.push(r.id);
  }
  return ids;
}

const at = '2026-09-08T17:45:00.000Z';

describe.each(engines('attendance'))('attendance on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('records meetings, corrects one recorded again, and counts per child', async () => {
      const [a, b] = await cohortWithChildren(db, 'att-basic', 2);
      const first = must(
        await db.attendance.record({
          cohortId: 'att-basic',
          session: 1,
          date: '2026-09-08',
          records: [
            { referralId: a!, status: 'present' },
            { referralId: b!, status: 'absent' },
          ],
          recordedBy: 'leader-a',
          at,
        }),
      );
      expect(first).toEqual({
        cohortId: 'att-basic',
        session: 1,
        date: '2026-09-08',
        records: [
          { referralId: a!, status: 'present' },
          { referralId: b!, status: 'absent' },
        ],
        recordedBy: 'leader-a',
        recordedAt: at,
      });
      for (const status of ['absent', 'excused'] as const) {
        must(
          await db.attendance.record({
            cohortId: 'att-basic',
            session: 2,
            date: '2026-09-15',
            records: [{ referralId: a!, status }],
            recordedBy: 'leader-a',
            at,
          }),
        );
      }
      const read = must(await db.attendance.read('att-basic'));
      const sorted = [a!, b!].sort();
      expect(read.meetings).toEqual([
        {
          session: 1,
          date: '2026-09-08',
          records: sorted.map((id) => ({
            referralId: id,
            status: id === a ? 'present' : 'absent',
          })),
        },
        { session: 2, date: '2026-09-15', records: [{ referralId: a!, status: 'excused' }] },
      ]);
      expect(new Map(read.children.map((c) => [c.referralId, c]))).toEqual(
        new Map([
          [a!, { referralId: a!, present: 1, absent: 0, excused: 1 }],
          [b!, { referralId: b!, present: 0, absent: 1, excused: 0 }],
        ]),
      );
    });

    it('keeps attendance for enrolled children only, and for meetings the cohort has, writing nothing otherwise', async () => {
      const [seated, , queued] = await cohortWithChildren(db, 'att-strict', 3, 2);
      expect(must(await db.seats.availability('att-strict'))).toMatchObject({
        enrolled: 2,
        waiting: 1,
      });
      const [elsewhere] = await cohortWithChildren(db, 'att-other', 1);
      const strangers = await db.attendance.record({
        cohortId: 'att-strict',
        session: 1,
        date: '2026-09-08',
        records: [
          { referralId: seated!, status: 'present' },
          { referralId: queued!, status: 'present' },
          { referralId: elsewhere!, status: 'absent' },
        ],
        recordedBy: 'leader-a',
        at,
      });
      expect(strangers).toMatchObject({
        ok: false,
        error: {
          code: 'CONFLICT',
          issues: [
            { path: 'records.1.referralId', message: 'Not enrolled in this cohort' },
            { path: 'records.2.referralId', message: 'Not enrolled in this cohort' },
          ],
        },
      });
      const noMeeting = await db.attendance.record({
        cohortId: 'att-strict',
        session: 5,
        date: '2026-10-06',
        records: [{ referralId: seated!, status: 'present' }],
        recordedBy: 'leader-a',
        at,
      });
      expect(noMeeting).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'session' }] },
      });
      const unknown = await db.attendance.record({
        cohortId: 'no-such-cohort',
        session: 1,
        date: '2026-09-08',
        records: [{ referralId: seated!, status: 'present' }],
        recordedBy: 'leader-a',
        at,
      });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(must(await db.attendance.read('att-strict')).meetings).toEqual([]);
      expect(await db.attendance.read('no-such-cohort')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    });

    it('refuses malformed input with the path of every bad field', async () => {
      const [a] = await cohortWithChildren(db, 'att-input', 1);
      const bad = await db.attendance.record({
        cohortId: 'att-input',
        session: 0,
        date: '8 september',
        records: [
          { referralId: a!, status: 'present' },
          { referralId: 'not-a-uuid', status: 'late' as AttendanceStatus },
        ],
        recordedBy: '20121212-1212',
        at: 'now',
      });
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.error.code).toBe('INVALID_INPUT');
      expect(bad.error.issues.map((i) => i.path).sort()).toEqual(
        ['at', 'date', 'recordedBy', 'records.1.referralId', 'records.1.status', 'session'].sort(),
      );
      // The personal identity number is refused, and not repeated in the error.
      expect(JSON.stringify(bad.error.issues)).not.toContain('20121212');
      const twice = await db.attendance.record({
        cohortId: 'att-input',
        session: 1,
        date: '2026-09-08',
        records: [
          { referralId: a!, status: 'present' },
          { referralId: a!, status: 'absent' },
        ],
        recordedBy: 'leader-a',
        at,
      });
      expect(twice).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          issues: [{ path: 'records', message: 'A child is listed twice' }],
        },
      });
      expect(await db.attendance.read('Not A Slug')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      expect(must(await db.attendance.read('att-input')).meetings).toEqual([]);
    });

    it('reads back exactly the last record of each child at each meeting, whatever the order of recording', async () => {
      const children = await cohortWithChildren(db, 'att-model', 3);
      let run = 0;
      const status = fc.constantFrom<AttendanceStatus>('present', 'absent', 'excused');
      const meeting = fc.record({
        session: fc.integer({ min: 1, max: 4 }),
        records: fc.uniqueArray(fc.record({ child: fc.integer({ min: 0, max: 2 }), status }), {
          minLength: 1,
          maxLength: 3,
          selector: (r) => r.child,
        }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(meeting, { minLength: 1, maxLength: 6 }), async (meetings) => {
          // Each run starts from an empty record: the cohort's rows of earlier runs are cleared.
          run++;
          await db.driver.query('DELETE FROM cohort_attendance WHERE cohort_id = $1', [
            'att-model',
          ]);
          const model = new Map<string, AttendanceStatus>();
          for (const m of meetings) {
            must(
              await db.attendance.record({
                cohortId: 'att-model',
                session: m.session,
                date: `2026-09-0${m.session}`,
                records: m.records.map((r) => ({
                  referralId: children[r.child]!,
                  status: r.status,
                })),
                recordedBy: `leader-${run}`,
                at,
              }),
            );
            for (const r of m.records) model.set(`${m.session}/${children[r.child]}`, r.status);
          }
          const read = must(await db.attendance.read('att-model'));
          const stored = new Map<string, AttendanceStatus>();
          for (const m of read.meetings)
            for (const r of m.records) stored.set(`${m.session}/${r.referralId}`, r.status);
          expect(stored).toEqual(model);
          expect(read.meetings.map((m) => m.session)).toEqual(
            [...new Set(meetings.map((m) => m.session))].sort((x, y) => x - y),
          );
          for (const child of read.children) {
            const mine = [...model].filter(([key]) => key.endsWith(`/${child.referralId}`));
            expect(child.present + child.absent + child.excused).toBe(mine.length);
            expect(child.present).toBe(mine.filter(([, s]) => s === 'present').length);
            expect(child.excused).toBe(mine.filter(([, s]) => s === 'excused').length);
          }
        }),
        { numRuns: 20 },
      );
    }, 60_000);
  });
});
