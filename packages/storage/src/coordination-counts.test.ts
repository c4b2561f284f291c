import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { event, must, newReferral } from './fixtures.test-support.js';
import type { Database } from './index.js';

/*
 * The coordination team's daily counts, as its digest reads them at 07:30 on 2 March: each count
 * with cases just inside and just outside its window, on both engines.
 */

const NOW = '2026-03-02T06:30:00.000Z';
const hoursFromNow = (h: number) => new Date(Date.parse(NOW) + h * 3_600_000).toISOString();

describe.each(engines('coordination counts'))('the coordination counts on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;

    beforeAll(async () => {
      db = await engine.open();
      // New referrals: submitted 1 h and 23 h ago count; 25 h ago and a draft do not.
      for (const h of [-1, -23, -25]) {
        must(await db.referrals.create(newReferral({ event: event(hoursFromNow(h)) })));
      }
      must(
        await db.referrals.create(newReferral({ status: 'draft', event: event(hoursFromNow(-2)) })),
      );
      // Waiting: on the service's list since 31 days and since 29 days; only the first counts.
      for (const days of [31, 29]) {
        const r = must(
          await db.referrals.create(
            newReferral({ status: 'accepted', event: event(hoursFromNow(-24 * days)) }),
          ),
        );
        must(
          await db.seats.joinServiceList({
            referralId: r.id,
            serviceId: 'rk-barngrupp',
            event: event(hoursFromNow(-24 * days + 1)),
          }),
        );
      }
      // Offers: deadlines in 47 h and 2 h count; in 49 h, passed, or cancelled do not.
      for (const [i, h] of [47, 2, 49, -1].entries()) {
        must(
          await db.jobs.schedule({
            kind: 'timer.offer_deadline',
            key: `offer:${i}`,
            runAt: hoursFromNow(h),
          }),
        );
      }
      must(
        await db.jobs.schedule({
          kind: 'timer.waitlist_check_in',
          key: 'c',
          runAt: hoursFromNow(3),
        }),
      );
      // Tasks: two follow-ups due (one done), one due tomorrow; a cohort below its minimum.
      const task = (kind: 'follow_up_due' | 'cohort_below_minimum', key: string, dueH: number) =>
        db.tasks.add({
          kind,
          key,
          assigneeRole: 'coordinator',
          dueAt: hoursFromNow(dueH),
          createdAt: hoursFromNow(-48),
        });
      must(await task('follow_up_due', 'f1', -5));
      must(await task('follow_up_due', 'f2', -6));
      must(await task('follow_up_due', 'f3', 20));
      must(await task('cohort_below_minimum', 'm1', -1));
      const open = must(await db.tasks.list({ kind: ['follow_up_due'] }));
      must(await db.tasks.complete(open.find((t) => t.key === 'f2')!.id, NOW));
    }, 60_000);
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('counts each item inside its window only', async () => {
      expect(must(await db.reports.coordinationCounts(NOW))).toEqual({
        newReferrals: 2,
        offersLapsing: 2,
        cohortsBelowMinimum: 1,
        followUpsDue: 1,
        waitingOver30Days: 1,
      });
    });

    it('refuses a moment that is not a timestamp', async () => {
      const result = await db.reports.coordinationCounts('tomorrow');
      expect(result.ok || result.error.code).toBe('INVALID_INPUT');
    });
  });
});
