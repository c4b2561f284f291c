import { compareWaitingOrder } from '@lotsen/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { cohort, event, must, newReferral, referralRequest } from './fixtures.test-support.js';
import type { Database } from './index.js';

const T0 = new Date('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(engines('jobs'))('jobs, tasks and the waiting order on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    let other: Database;
    beforeAll(async () => {
      db = await engine.open({ maxConnections: 10 });
      // A second handle: on PostgreSQL a second pool, as a second instance would have.
      other = engine.name === 'postgres' ? await engine.open({ maxConnections: 10 }) : db;
    });
    afterAll(async () => {
      if (other !== db) await other?.close();
      await db?.close();
      await engine.cleanup();
    });

    it('fires each due job once when two instances poll at the same time', async () => {
      const n = 300;
      for (let i = 0; i < n; i++) {
        must(
          await db.jobs.schedule({
            kind: 'test.race',
            key: `race-${i}`,
            runAt: at(i).toISOString(),
          }),
        );
      }
      // Scheduling again is idempotent by key.
      expect(
        must(
          await db.jobs.schedule({ kind: 'test.race', key: 'race-0', runAt: at(0).toISOString() }),
        ),
      ).toBe(false);
      const fired: string[] = [];
      const poll = async (handle: Database, who: string) => {
        for (;;) {
          const report = must(
            await handle.jobs.runDue({
              now: at(60_000),
              batchSize: 7,
              kinds: ['test.race'],
              handle: async (job, tx) => {
                fired.push(job.key);
                // The effect is written in the claim's transaction, so it commits with `done`.
                must(
                  await tx.tasks.add({
                    kind: 'undelivered_message',
                    key: `effect:${job.key}`,
                    assigneeRole: 'coordinator',
                    dueAt: job.runAt,
                    details: { who },
                    createdAt: job.runAt,
                  }),
                );
                return { done: true };
              },
            }),
          );
          if (report.claimed === 0) return;
        }
      };
      await Promise.all([poll(db, 'a'), poll(other, 'b')]);
      expect(fired).toHaveLength(n);
      expect(new Set(fired).size).toBe(n);
      const { rows } = await db.driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tasks WHERE key LIKE 'effect:race-%'`,
      );
      expect(Number(rows[0]!.n)).toBe(n);
      const pending = must(await db.jobs.list({ kindPrefix: 'test.race', state: ['pending'] }));
      expect(pending).toHaveLength(0);
    }, 120_000);

    it('leaves a job that is not due, retries a failure with backoff and gives up after the last attempt', async () => {
      must(
        await db.jobs.schedule({
          kind: 'test.flaky',
          key: 'flaky',
          runAt: at(0).toISOString(),
          maxAttempts: 2,
        }),
      );
      must(
        await db.jobs.schedule({
          kind: 'test.flaky',
          key: 'later',
          runAt: at(3_600_000).toISOString(),
        }),
      );
      const givenUp: string[] = [];
      const run = (ms: number) =>
        db.jobs.runDue({
          now: at(ms),
          kinds: ['test.flaky'],
          backoffMs: () => 1_000,
          handle: async (job, tx) => {
            // A write that must not survive the failed attempt.
            await tx.tasks.add({
              kind: 'seat_proposal',
              key: `half-${job.attempts}`,
              assigneeRole: 'coordinator',
              dueAt: job.runAt,
              createdAt: job.runAt,
            });
            return { done: false, error: 'Teams said 503' };
          },
          onGiveUp: async (job) => {
            givenUp.push(job.key);
          },
        });
      expect(must(await run(0))).toEqual({ claimed: 1, done: 0, retried: 1, failed: 0 });
      // Not again before the backoff has passed.
      expect(must(await run(500)).claimed).toBe(0);
      expect(must(await run(1_000))).toEqual({ claimed: 1, done: 0, retried: 0, failed: 1 });
      expect(givenUp).toEqual(['flaky']);
      const [job] = must(await db.jobs.list({ kindPrefix: 'test.flaky', state: ['failed'] }));
      expect(job).toMatchObject({ key: 'flaky', attempts: 2, lastError: 'Teams said 503' });
      expect(
        must(await db.tasks.list({ kind: ['seat_proposal'] })).filter((t) =>
          t.key.startsWith('half-'),
        ),
      ).toEqual([]);
    });

    it('replaces a referral timers: cancels the unwanted, keeps a fired one from firing again', async () => {
      const r = must(await db.referrals.create(newReferral({ status: 'accepted' })));
      const job = (key: string, ms: number) => ({
        kind: 'timer.test',
        key,
        referralId: r.id,
        runAt: at(ms).toISOString(),
      });
      must(await db.jobs.replaceForReferral(r.id, 'timer.', [job('a', 0), job('b', 10)]));
      must(await db.jobs.replaceForReferral(r.id, 'timer.', [job('b', 10), job('c', 20)]));
      const jobs = must(await db.jobs.list({ referralId: r.id }));
      expect(jobs.map((j) => [j.key, j.state])).toEqual([
        ['a', 'cancelled'],
        ['b', 'pending'],
        ['c', 'pending'],
      ]);
    });

    it('orders a queue in SQL exactly as the domain comparator does', async () => {
      must(await db.cohorts.create(cohort('c-sql-order', 1)));
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              ms: fc.integer({ min: 0, max: 400 * 86_400_000 }),
              priority: fc.integer({ min: -1, max: 4 }),
            }),
            { minLength: 1, maxLength: 12 },
          ),
          async (children) => {
            await db.driver.query(`DELETE FROM cohort_waitlist WHERE cohort_id = 'c-sql-order'`);
            const facts = [];
            for (const [i, c] of children.entries()) {
              // Some share a submission instant, so that the id decides.
              const submittedAt = new Date(
                Date.UTC(2025, 0, 1) + (i % 3 === 0 ? 0 : c.ms),
              ).toISOString();
              const r = must(
                await db.referrals.create(
                  newReferral({
                    request: referralRequest('rinkeby-kista', `order-${i}`),
                    status: 'accepted',
                    submittedAt,
                    priority: c.priority,
                  }),
                ),
              );
              must(
                await db.seats.enrol({ referralId: r.id, cohortId: 'c-sql-order', event: event() }),
              );
              facts.push({ id: r.id, submittedAt, priority: c.priority });
            }
            const queue = must(await db.seats.waitlist('c-sql-order')).map((w) => w.referralId);
            const seated = new Set(
              must(await db.seats.seats('c-sql-order')).map((s) => s.referralId),
            );
            const expected = facts
              .filter((f) => !seated.has(f.id))
              .sort(compareWaitingOrder)
              .map((f) => f.id);
            expect(queue).toEqual(expected);
            await db.driver.query(`DELETE FROM cohort_seats WHERE cohort_id = 'c-sql-order'`);
          },
        ),
        { numRuns: 15 },
      );
    }, 120_000);

    it('puts a child on a service general list and gives it a seat freed in a cohort with no queue', async () => {
      must(await db.cohorts.create(cohort('c-general', 1)));
      const svc = must(await db.cohorts.get('c-general')).serviceId;
      const [seated, general] = [
        must(
          await db.referrals.create(
            newReferral({ status: 'accepted', submittedAt: '2026-01-01T00:00:00.000Z' }),
          ),
        ),
        must(
          await db.referrals.create(
            newReferral({ status: 'accepted', submittedAt: '2026-01-02T00:00:00.000Z' }),
          ),
        ),
      ];
      must(await db.seats.enrol({ referralId: seated.id, cohortId: 'c-general', event: event() }));
      const joined = must(
        await db.seats.joinServiceList({ referralId: general.id, serviceId: svc, event: event() }),
      );
      expect(joined.position).toBe(1);
      expect(must(await db.seats.standing(general.id, T0.toISOString()))).toMatchObject({
        list: 'service',
        listId: svc,
        position: 1,
        of: 1,
        offersInWindow: 0,
      });
      const released = must(
        await db.seats.releaseSeat({
          referralId: seated.id,
          cohortId: 'c-general',
          toStatus: 'withdrawn',
          replyBy: '2026-03-09T09:00:00.000Z',
          event: event('2026-03-02T10:00:00.000Z'),
        }),
      );
      expect(released.offered).toMatchObject({
        id: general.id,
        status: 'offered',
        cohortId: 'c-general',
      });
      expect(must(await db.seats.serviceWaitlist(svc))).toEqual([]);
    });

    it('proposes a freed seat to the coordinator when the cohort says so, in the same transaction', async () => {
      must(await db.cohorts.create(cohort('c-propose', 1)));
      await db.driver.query(
        `UPDATE cohorts SET freed_seat_policy = 'propose' WHERE id = 'c-propose'`,
      );
      const [a, b] = [
        must(
          await db.referrals.create(
            newReferral({ status: 'accepted', submittedAt: '2026-01-01T00:00:00.000Z' }),
          ),
        ),
        must(
          await db.referrals.create(
            newReferral({ status: 'accepted', submittedAt: '2026-01-02T00:00:00.000Z' }),
          ),
        ),
      ];
      must(await db.seats.enrol({ referralId: a.id, cohortId: 'c-propose', event: event() }));
      must(await db.seats.enrol({ referralId: b.id, cohortId: 'c-propose', event: event() }));
      const released = must(
        await db.seats.releaseSeat({
          referralId: a.id,
          cohortId: 'c-propose',
          toStatus: 'withdrawn',
          event: event(),
        }),
      );
      expect(released).toMatchObject({ offered: null, proposed: [b.id] });
      const tasks = must(await db.tasks.list({ kind: ['seat_proposal'], referralId: b.id }));
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({ cohortId: 'c-propose', assigneeRole: 'coordinator' });
      expect(must(await db.referrals.get(b.id)).status).toBe('waitlisted');
    });

    it('rolls a whole transaction back on an error result', async () => {
      const r = must(await db.referrals.create(newReferral({ status: 'accepted' })));
      const result = await db.transaction(async (tx) => {
        must(
          await tx.tasks.add({
            kind: 'seat_proposal',
            key: `tx-${r.id}`,
            referralId: r.id,
            assigneeRole: 'coordinator',
            dueAt: T0.toISOString(),
            createdAt: T0.toISOString(),
          }),
        );
        return { ok: false as const, error: 'changed my mind' };
      });
      expect(result).toEqual({ ok: false, error: 'changed my mind' });
      expect(must(await db.tasks.list({ referralId: r.id }))).toEqual([]);
    });
  });
});
