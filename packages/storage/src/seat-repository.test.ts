import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { cohort, event, must, newReferral, referralRequest } from './fixtures.test-support.js';
import type { Database, StoredReferral } from './index.js';

/** Creates `n` submitted referrals whose waiting time starts `minutes` apart, oldest first. */
async function referrals(db: Database, n: number, tag: string): Promise<StoredReferral[]> {
  const base = Date.parse('2026-01-01T08:00:00.000Z');
  const created: StoredReferral[] = [];
  for (let i = 0; i < n; i++) {
    created.push(
      must(
        await db.referrals.create(
          newReferral({
            request: referralRequest('rinkeby-kista', `${tag}-${i}`),
            status: 'accepted',
            submittedAt: new Date(base + i * 60_000).toISOString(),
          }),
        ),
      ),
    );
  }
  return created;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe.each(engines('seats'))('seats and waitlists on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open({ maxConnections: 20 });
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('seats children while seats last, then queues them in the one waiting order', async () => {
      must(await db.cohorts.create(cohort('c-order', 2)));
      const [r0, r1, r2, r3, r4] = await referrals(db, 5, 'ord');
      // Enrolment order differs from waiting time: the queue must follow waiting time.
      const seat1 = must(
        await db.seats.enrol({ referralId: r3!.id, cohortId: 'c-order', event: event() }),
      );
      const seat2 = must(
        await db.seats.enrol({ referralId: r4!.id, cohortId: 'c-order', event: event() }),
      );
      expect([seat1.outcome, seat2.outcome]).toEqual(['enrolled', 'enrolled']);
      expect(seat1.referral).toMatchObject({ status: 'enrolled', cohortId: 'c-order', version: 2 });
      const w2 = must(
        await db.seats.enrol({ referralId: r2!.id, cohortId: 'c-order', event: event() }),
      );
      const w0 = must(
        await db.seats.enrol({ referralId: r0!.id, cohortId: 'c-order', event: event() }),
      );
      expect(w2).toMatchObject({ outcome: 'waitlisted', position: 1 });
      expect(w0).toMatchObject({ outcome: 'waitlisted', position: 1 });
      // Priority is a head start of 90 days a step (5 counts as the top step, 3): r1, submitted a
      // minute after r0, passes it; waiting more than 270 days longer would have kept r0 ahead.
      const w1 = must(
        await db.seats.enrol({
          referralId: r1!.id,
          cohortId: 'c-order',
          priority: 5,
          event: event(),
        }),
      );
      expect(w1).toMatchObject({ outcome: 'waitlisted', position: 1 });
      const queue = must(await db.seats.waitlist('c-order'));
      expect(queue.map((q) => [q.position, q.referralId])).toEqual([
        [1, r1!.id],
        [2, r0!.id],
        [3, r2!.id],
      ]);
      expect(must(await db.seats.availability('c-order'))).toEqual({
        cohortId: 'c-order',
        min: 2,
        max: 2,
        enrolled: 2,
        offered: 0,
        free: 0,
        waiting: 3,
      });
      const events = must(await db.referrals.events(r1!.id));
      expect(events.at(-1)).toMatchObject({
        kind: 'waitlisted',
        fromStatus: 'accepted',
        toStatus: 'waitlisted',
        cohortId: 'c-order',
        details: { position: 1 },
      });
    });

    it('breaks ties in waiting time by priority', async () => {
      must(await db.cohorts.create(cohort('c-prio', 1)));
      const at = '2026-02-01T08:00:00.000Z';
      const [first, low, high] = await Promise.all(
        ['prio-0', 'prio-1', 'prio-2'].map(async (tag, i) =>
          must(
            await db.referrals.create(
              newReferral({
                request: referralRequest('rinkeby-kista', tag),
                submittedAt: i === 0 ? '2026-01-01T00:00:00.000Z' : at,
                priority: i === 2 ? 10 : 0,
              }),
            ),
          ),
        ),
      );
      must(await db.seats.enrol({ referralId: first!.id, cohortId: 'c-prio', event: event() }));
      must(await db.seats.enrol({ referralId: low!.id, cohortId: 'c-prio', event: event() }));
      must(await db.seats.enrol({ referralId: high!.id, cohortId: 'c-prio', event: event() }));
      const queue = must(await db.seats.waitlist('c-prio'));
      expect(queue.map((q) => q.referralId)).toEqual([high!.id, low!.id]);
    });

    it('offers a released seat to the next child, who accepts it by enrolling', async () => {
      must(await db.cohorts.create(cohort('c-release', 1)));
      const [a, b, c] = await referrals(db, 3, 'rel');
      must(await db.seats.enrol({ referralId: a!.id, cohortId: 'c-release', event: event() }));
      must(await db.seats.enrol({ referralId: c!.id, cohortId: 'c-release', event: event() }));
      must(await db.seats.enrol({ referralId: b!.id, cohortId: 'c-release', event: event() }));
      const released = must(
        await db.seats.releaseSeat({
          referralId: a!.id,
          cohortId: 'c-release',
          toStatus: 'withdrawn',
          snapshot: { value: 'withdrawn' },
          replyBy: '2026-03-16T23:59:00.000Z',
          event: {
            actorId: 'family-a',
            role: 'family',
            reason: 'moved away',
            at: '2026-03-09T10:00:00Z',
          },
          nextSnapshot: ({ referral, toStatus, cohortId }) => ({
            value: toStatus,
            previous: referral.status,
            cohortId,
          }),
        }),
      );
      expect(released.released).toMatchObject({
        id: a!.id,
        status: 'withdrawn',
        snapshot: { value: 'withdrawn' },
      });
      // b waited longer than c, so b is offered the seat.
      expect(released.offered).toMatchObject({
        id: b!.id,
        status: 'offered',
        cohortId: 'c-release',
        snapshot: { value: 'offered', previous: 'waitlisted', cohortId: 'c-release' },
      });
      expect(must(await db.seats.seats('c-release'))).toEqual([
        {
          referralId: b!.id,
          state: 'offered',
          since: '2026-03-09T10:00:00.000Z',
          replyBy: '2026-03-16T23:59:00.000Z',
        },
      ]);
      expect(must(await db.referrals.events(b!.id)).at(-1)).toMatchObject({
        kind: 'offered',
        fromStatus: 'waitlisted',
        toStatus: 'offered',
        actorId: 'family-a',
        details: { replyBy: '2026-03-16T23:59:00.000Z' },
      });
      expect(must(await db.referrals.events(a!.id)).at(-1)).toMatchObject({
        kind: 'seat_released',
        fromStatus: 'enrolled',
        toStatus: 'withdrawn',
        reason: 'moved away',
      });
      const accepted = must(
        await db.seats.enrol({ referralId: b!.id, cohortId: 'c-release', event: event() }),
      );
      expect(accepted).toMatchObject({ outcome: 'enrolled', referral: { status: 'enrolled' } });
      expect(must(await db.seats.availability('c-release'))).toMatchObject({
        enrolled: 1,
        offered: 0,
        free: 0,
        waiting: 1,
      });
    });

    it('refuses with NO_SEATS when asked not to queue, and writes nothing', async () => {
      must(await db.cohorts.create(cohort('c-full', 1)));
      const [a, b] = await referrals(db, 2, 'full');
      must(await db.seats.enrol({ referralId: a!.id, cohortId: 'c-full', event: event() }));
      const refused = await db.seats.enrol({
        referralId: b!.id,
        cohortId: 'c-full',
        waitlistIfFull: false,
        event: event(),
      });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'NO_SEATS', details: { max: 1, taken: 1 } },
      });
      expect(must(await db.referrals.get(b!.id)).version).toBe(1);
      expect(must(await db.seats.waitlist('c-full'))).toEqual([]);
    });

    it('refuses double enrolment, unknown cohorts and stale versions', async () => {
      must(await db.cohorts.create(cohort('c-twice', 1)));
      const [a, b] = await referrals(db, 2, 'twice');
      must(await db.seats.enrol({ referralId: a!.id, cohortId: 'c-twice', event: event() }));
      expect(
        await db.seats.enrol({ referralId: a!.id, cohortId: 'c-twice', event: event() }),
      ).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT' },
      });
      must(await db.seats.enrol({ referralId: b!.id, cohortId: 'c-twice', event: event() }));
      expect(
        await db.seats.enrol({ referralId: b!.id, cohortId: 'c-twice', event: event() }),
      ).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { position: 1 } },
      });
      expect(
        await db.seats.enrol({ referralId: b!.id, cohortId: 'no-such', event: event() }),
      ).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      const [c] = await referrals(db, 1, 'stale');
      must(await db.cohorts.create(cohort('c-stale', 3)));
      expect(
        await db.seats.enrol({
          referralId: c!.id,
          cohortId: 'c-stale',
          expectedVersion: 7,
          event: event(),
        }),
      ).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { actualVersion: 1 } } });
      expect(
        await db.seats.enrol({ referralId: c!.id, cohortId: 'c-stale', event: {} as never }),
      ).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          issues: [{ path: 'event.actorId' }, { path: 'event.role' }, { path: 'event.at' }],
        },
      });
    });

    it('keeps seats and queues consistent with transitions', async () => {
      must(await db.cohorts.create(cohort('c-consistent', 1)));
      const [a, b] = await referrals(db, 2, 'cons');
      must(await db.seats.enrol({ referralId: a!.id, cohortId: 'c-consistent', event: event() }));
      must(await db.seats.enrol({ referralId: b!.id, cohortId: 'c-consistent', event: event() }));
      // An enrolled child cannot just be withdrawn: the seat must be released so the next is offered it.
      const holding = await db.referrals.transition(a!.id, 2, {
        toStatus: 'withdrawn',
        snapshot: {},
        event: event(),
      });
      expect(holding).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { cohortId: 'c-consistent' } },
      });
      expect(must(await db.referrals.get(a!.id))).toMatchObject({ status: 'enrolled', version: 2 });
      // Completing keeps the seat; a waiting child who withdraws leaves the queue.
      must(
        await db.referrals.transition(a!.id, 2, {
          toStatus: 'completed',
          snapshot: {},
          event: event(),
        }),
      );
      must(
        await db.referrals.transition(b!.id, 2, {
          toStatus: 'withdrawn',
          snapshot: {},
          event: event(),
        }),
      );
      expect(must(await db.seats.waitlist('c-consistent'))).toEqual([]);
      expect(must(await db.seats.availability('c-consistent'))).toMatchObject({
        enrolled: 1,
        waiting: 0,
      });
    });

    it('offers free seats to the queue in order after the cohort grows', async () => {
      must(await db.cohorts.create(cohort('c-grow', 1)));
      const rs = await referrals(db, 4, 'grow');
      for (const r of rs)
        must(await db.seats.enrol({ referralId: r.id, cohortId: 'c-grow', event: event() }));
      const stored = must(await db.cohorts.get('c-grow'));
      must(
        await db.cohorts.update({ ...cohort('c-grow', 3) }, { expectedVersion: stored.version }),
      );
      const offered = must(await db.seats.offerFreeSeats({ cohortId: 'c-grow', event: event() }));
      expect(offered.map((r) => r.id)).toEqual([rs[1]!.id, rs[2]!.id]);
      expect(must(await db.seats.waitlist('c-grow')).map((w) => w.referralId)).toEqual([rs[3]!.id]);
      // A newcomer does not jump the queue even though no seat is taken by rs[3].
      const [late] = await referrals(db, 1, 'late');
      expect(
        must(await db.seats.enrol({ referralId: late!.id, cohortId: 'c-grow', event: event() })),
      ).toMatchObject({
        outcome: 'waitlisted',
      });
    });

    it('offers a seat by hand only while one is free and not owed to a child waiting ahead', async () => {
      must(await db.cohorts.create(cohort('c-hand', 2)));
      const [a, b, c, d, e] = await referrals(db, 5, 'hand');
      for (const r of [a, b, c, d])
        must(await db.seats.enrol({ referralId: r!.id, cohortId: 'c-hand', event: event() }));
      const offer = (r: StoredReferral) =>
        db.seats.offer({
          referralId: r.id,
          cohortId: 'c-hand',
          replyBy: '2026-03-20T00:00:00.000Z',
          snapshot: { value: 'offered' },
          event: event('2026-03-10T09:00:00.000Z'),
        });
      // Full: two seated, c and d queueing.
      expect(await offer(e!)).toMatchObject({ ok: false, error: { code: 'NO_SEATS' } });
      const stored = must(await db.cohorts.get('c-hand'));
      must(await db.cohorts.update(cohort('c-hand', 3), { expectedVersion: stored.version }));
      // One seat free, but c has waited longest: neither the newcomer e nor d behind c gets it.
      expect(await offer(e!)).toMatchObject({
        ok: false,
        error: { code: 'NO_SEATS', details: { ahead: 2, taken: 2, max: 3 } },
      });
      expect(await offer(d!)).toMatchObject({
        ok: false,
        error: { code: 'NO_SEATS', details: { ahead: 1 } },
      });
      const toC = must(await offer(c!));
      expect(toC).toMatchObject({
        status: 'offered',
        cohortId: 'c-hand',
        version: 3,
        snapshot: { value: 'offered' },
      });
      expect(must(await db.seats.waitlist('c-hand')).map((w) => w.referralId)).toEqual([d!.id]);
      expect(must(await db.referrals.events(c!.id)).at(-1)).toMatchObject({
        kind: 'offered',
        fromStatus: 'waitlisted',
        toStatus: 'offered',
        details: {
          replyBy: '2026-03-20T00:00:00.000Z',
          queue: { cohortId: 'c-hand', position: 1 },
        },
      });
      // Two more seats and one child waiting: a newcomer may have the second without skipping d.
      const grown = must(await db.cohorts.get('c-hand'));
      must(await db.cohorts.update(cohort('c-hand', 5), { expectedVersion: grown.version }));
      expect(must(await offer(e!))).toMatchObject({ status: 'offered' });
      expect(must(await db.seats.availability('c-hand'))).toMatchObject({
        enrolled: 2,
        offered: 2,
        free: 1,
        waiting: 1,
      });
    });

    it('refuses an offer in a cohort that takes no children, to a referral not waiting, or at a stale version, writing nothing', async () => {
      must(await db.cohorts.create(cohort('c-running', 4, { status: 'running' })));
      must(await db.cohorts.create(cohort('c-offer-ok', 4)));
      const [a, b] = await referrals(db, 2, 'refuse');
      const submitted = must(
        await db.referrals.create(
          newReferral({ request: referralRequest('rinkeby-kista', 'refuse-sub') }),
        ),
      );
      const offer = (referralId: string, cohortId: string, expectedVersion?: number) =>
        db.seats.offer({
          referralId,
          cohortId,
          ...(expectedVersion === undefined ? {} : { expectedVersion }),
          event: event(),
        });
      expect(await offer(a!.id, 'c-running')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { status: 'running' } },
      });
      expect(await offer(submitted.id, 'c-offer-ok')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { status: 'submitted' } },
      });
      expect(await offer(a!.id, 'c-offer-ok', 4)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { actualVersion: 1 } },
      });
      expect(await offer(a!.id, 'no-such-cohort')).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
      expect(await offer('not-a-uuid', 'c-offer-ok')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'referralId' }] },
      });
      expect(must(await db.seats.seats('c-offer-ok'))).toEqual([]);
      expect(must(await db.referrals.get(a!.id)).version).toBe(1);
      must(await offer(b!.id, 'c-offer-ok', 1));
      // Holding one offer, b is not offered a second seat.
      expect(await offer(b!.id, 'c-offer-ok')).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', details: { status: 'offered' } },
      });
    });

    it('never over-books: concurrent offers on a cohort with 7 free seats give exactly 7', async () => {
      must(await db.cohorts.create(cohort('c-offer-rush', 10)));
      const seated = await referrals(db, 3, 'offer-seated');
      for (const r of seated)
        must(await db.seats.enrol({ referralId: r.id, cohortId: 'c-offer-rush', event: event() }));
      const rs = await referrals(db, 60, 'offer-rush');
      const results = await Promise.all(
        shuffled(rs).map((r, i) =>
          db.seats.offer({
            referralId: r.id,
            cohortId: 'c-offer-rush',
            expectedVersion: 1,
            replyBy: '2026-03-20T00:00:00.000Z',
            event: { actorId: `coord-${i % 5}`, role: 'coordinator', at: '2026-03-10T12:00:00Z' },
          }),
        ),
      );
      const offered = results.filter((r) => r.ok);
      const refused = results.filter((r) => !r.ok);
      expect(offered).toHaveLength(7);
      expect(refused).toHaveLength(53);
      expect(refused.every((r) => !r.ok && r.error.code === 'NO_SEATS')).toBe(true);
      expect(must(await db.seats.availability('c-offer-rush'))).toMatchObject({
        enrolled: 3,
        offered: 7,
        free: 0,
      });
      const { rows } = await db.driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM referral_events
          WHERE cohort_id = 'c-offer-rush' AND kind = 'offered'`,
      );
      expect(Number(rows[0]!.n)).toBe(7);
      const stillAccepted = must(
        await db.referrals.list({ status: 'accepted', limit: 1000 }),
      ).filter((r) => rs.some((x) => x.id === r.id));
      expect(stillAccepted).toHaveLength(53);
      expect(stillAccepted.every((r) => r.version === 1)).toBe(true);
    }, 120_000);

    it('keeps the place of a family that declines an offer, and offers the seat to the next child', async () => {
      must(await db.cohorts.create(cohort('c-decline', 1)));
      // The same waiting time and priority for all: the waiting order ranks them by id.
      const same = '2026-01-15T08:00:00.000Z';
      const [s, ...queued] = await Promise.all(
        ['s', 'q0', 'q1', 'q2'].map(async (tag) =>
          must(
            await db.referrals.create(
              newReferral({
                request: referralRequest('rinkeby-kista', `decline-${tag}`),
                status: 'accepted',
                submittedAt: same,
              }),
            ),
          ),
        ),
      );
      const [q0, q1, q2] = queued.sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const r of [s, q2, q0, q1])
        must(await db.seats.enrol({ referralId: r!.id, cohortId: 'c-decline', event: event() }));
      const queue = async () =>
        must(await db.seats.waitlist('c-decline')).map((w) => [w.position, w.referralId]);
      expect(await queue()).toEqual([
        [1, q0!.id],
        [2, q1!.id],
        [3, q2!.id],
      ]);
      const release = must(
        await db.seats.releaseSeat({
          referralId: s!.id,
          cohortId: 'c-decline',
          toStatus: 'withdrawn',
          event: event('2026-03-09T10:00:00.000Z'),
        }),
      );
      expect(release.offered?.id).toBe(q0!.id);
      // The time does not suit q0's family: it declines this offer, not its place.
      const declined = must(
        await db.seats.releaseSeat({
          referralId: q0!.id,
          cohortId: 'c-decline',
          toStatus: 'waitlisted',
          event: { ...event('2026-03-11T10:00:00.000Z'), role: 'family', actorId: 'family-q0' },
        }),
      );
      // Waiting again in this cohort's queue, it names the cohort, as every waitlisted referral does.
      expect(declined.released).toMatchObject({ status: 'waitlisted', cohortId: 'c-decline' });
      expect(declined.offered?.id).toBe(q1!.id);
      expect(await queue()).toEqual([
        [1, q0!.id],
        [2, q2!.id],
      ]);
      const back = must(await db.seats.waitlist('c-decline'))[0]!;
      expect(back).toMatchObject({ submittedAt: same, since: '2026-03-02T09:00:00.000Z' });
      expect(must(await db.referrals.events(q0!.id)).at(-1)).toMatchObject({
        kind: 'seat_released',
        fromStatus: 'offered',
        toStatus: 'waitlisted',
        details: { seatState: 'offered', position: 1 },
      });
      // q1 declines too: back between q0 and q2, and the seat goes to q0, first in line again.
      const again = must(
        await db.seats.releaseSeat({
          referralId: q1!.id,
          cohortId: 'c-decline',
          toStatus: 'waitlisted',
          event: event('2026-03-12T10:00:00.000Z'),
        }),
      );
      expect(again.offered?.id).toBe(q0!.id);
      expect(await queue()).toEqual([
        [1, q1!.id],
        [2, q2!.id],
      ]);
      // Withdrawing from an offer is leaving, not declining: no place is kept.
      must(
        await db.seats.releaseSeat({
          referralId: q0!.id,
          cohortId: 'c-decline',
          toStatus: 'withdrawn',
          offerNext: false,
          event: event('2026-03-13T10:00:00.000Z'),
        }),
      );
      expect(await queue()).toEqual([
        [1, q1!.id],
        [2, q2!.id],
      ]);
    });

    it('returns a family that declines an offer elsewhere to the queue it left, at its place', async () => {
      must(await db.cohorts.create(cohort('c-home', 1)));
      must(await db.cohorts.create(cohort('c-away', 3, { status: 'planned' })));
      const [seated, first, second, third] = await referrals(db, 4, 'away');
      for (const r of [seated, first, second, third])
        must(await db.seats.enrol({ referralId: r!.id, cohortId: 'c-home', event: event() }));
      must(
        await db.seats.offer({
          referralId: second!.id,
          cohortId: 'c-away',
          expectedVersion: 2,
          event: event('2026-03-10T09:00:00.000Z'),
        }),
      );
      expect(must(await db.seats.waitlist('c-home')).map((w) => w.referralId)).toEqual([
        first!.id,
        third!.id,
      ]);
      must(
        await db.seats.releaseSeat({
          referralId: second!.id,
          cohortId: 'c-away',
          toStatus: 'waitlisted',
          event: event('2026-03-12T09:00:00.000Z'),
        }),
      );
      expect(must(await db.seats.waitlist('c-home')).map((w) => w.referralId)).toEqual([
        first!.id,
        second!.id,
        third!.id,
      ]);
      expect(must(await db.seats.availability('c-away'))).toMatchObject({ offered: 0, waiting: 0 });
      expect(must(await db.referrals.get(second!.id))).toMatchObject({ cohortId: 'c-home' });
    });

    it('does not put a family back in the queue of a cohort that was cancelled meanwhile', async () => {
      must(await db.cohorts.create(cohort('c-gone', 1)));
      must(await db.cohorts.create(cohort('c-other', 2, { status: 'planned' })));
      const [seated, waiting] = await referrals(db, 2, 'gone');
      for (const r of [seated, waiting])
        must(await db.seats.enrol({ referralId: r!.id, cohortId: 'c-gone', event: event() }));
      must(
        await db.seats.offer({
          referralId: waiting!.id,
          cohortId: 'c-other',
          expectedVersion: 2,
          event: event('2026-03-10T09:00:00.000Z'),
        }),
      );
      const {
        version,
        createdAt: _c,
        updatedAt: _u,
        ...gone
      } = must(await db.cohorts.get('c-gone'));
      must(await db.cohorts.update({ ...gone, status: 'cancelled' }, { expectedVersion: version }));
      const declined = must(
        await db.seats.releaseSeat({
          referralId: waiting!.id,
          cohortId: 'c-other',
          toStatus: 'waitlisted',
          event: event('2026-03-12T09:00:00.000Z'),
        }),
      );
      expect(declined.released).toMatchObject({ status: 'waitlisted' });
      expect(declined.released.cohortId).toBeUndefined();
      expect(must(await db.seats.waitlist('c-gone'))).toEqual([]);
    });

    it('never overfills: 200 concurrent enrolments on a 10-seat cohort give 10 seats and 190 in order', async () => {
      must(await db.cohorts.create(cohort('c-rush', 10)));
      const rs = await referrals(db, 200, 'rush');
      const results = await Promise.all(
        shuffled(rs).map((r, i) =>
          db.seats.enrol({
            referralId: r.id,
            cohortId: 'c-rush',
            event: {
              actorId: `worker-${i % 7}`,
              role: 'coordinator',
              at: '2026-03-10T12:00:00.000Z',
            },
          }),
        ),
      );
      const outcomes = results.map(must);
      expect(outcomes.filter((o) => o.outcome === 'enrolled')).toHaveLength(10);
      expect(outcomes.filter((o) => o.outcome === 'waitlisted')).toHaveLength(190);

      const seats = must(await db.seats.seats('c-rush'));
      expect(seats).toHaveLength(10);
      const seated = new Set(seats.map((s) => s.referralId));
      const queue = must(await db.seats.waitlist('c-rush'));
      expect(queue).toHaveLength(190);
      // The queue is ordered by waiting time (submittedAt), whatever the order of arrival.
      const expected = rs.filter((r) => !seated.has(r.id)).map((r) => r.id);
      expect(queue.map((q) => q.referralId)).toEqual(expected);
      expect(queue.map((q) => q.position)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));

      const { rows } = await db.driver.query<{ kind: string; n: number }>(
        `SELECT kind, count(*)::int AS n FROM referral_events
          WHERE cohort_id = 'c-rush' AND kind IN ('enrolled', 'waitlisted') GROUP BY kind ORDER BY kind`,
      );
      expect(rows.map((r) => [r.kind, Number(r.n)])).toEqual([
        ['enrolled', 10],
        ['waitlisted', 190],
      ]);
      const perReferral = await db.driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM referral_events e JOIN referrals r ON r.id = e.referral_id
          WHERE r.cohort_id = 'c-rush' AND e.kind IN ('enrolled', 'waitlisted')
          GROUP BY e.referral_id HAVING count(*) <> 1`,
      );
      expect(perReferral.rows).toEqual([]);
      expect(must(await db.seats.availability('c-rush'))).toMatchObject({
        enrolled: 10,
        free: 0,
        waiting: 190,
      });
    }, 120_000);
  });
});
