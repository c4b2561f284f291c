import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@lotsen/test-support';
import { freePort, startServer, type ServerProcess } from '@lotsen/test-support/servers';
import { cohortBody, createWorld, leaderBody, referralBody, type World } from './test-support.js';

/*
 * Exactly once across instances, with real processes: two API servers on one PostgreSQL fire a
 * burst of due offer deadlines; one is killed with SIGKILL in the middle and started again. Every
 * timer fires once: the audit trail has one OFFER_EXPIRED per offer, every freed seat is offered on
 * once, and no job is left or failed. Runs when DATABASE_URL names a PostgreSQL (a schema of its own).
 */

const URL = process.env.DATABASE_URL || undefined;
const OFFERS = 240;
const QUEUED = 60;
const COHORT = 'farsta-burst';

async function startApi(schema: string, name: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer(
    join(REPOSITORY_ROOT, 'apps/api/src/server.ts'),
    {
      DATABASE_URL: URL!,
      LOTSEN_DATABASE_SCHEMA: schema,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOTSEN_TIMER_POLL_MS: '20',
      LOTSEN_RATE_LIMIT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'info',
      LOTSEN_INSTANCE: name,
    },
    /Lotsen is running/,
    `http://127.0.0.1:${port}`,
  );
}

describe.skipIf(URL === undefined)('durable timers across two API processes', () => {
  const schema = `t_timers_proc_${randomBytes(4).toString('hex')}`;
  let db: Database;
  let w: World;
  const servers: ServerProcess[] = [];
  const offered: string[] = [];
  const queued: string[] = [];

  beforeAll(async () => {
    db = await openDatabase({ url: URL, schema, maxConnections: 4 });
    w = await createWorld({ db });
    const post = (url: string, payload: unknown) =>
      w.app.inject({
        method: 'POST',
        url,
        payload: payload as object,
        headers: w.headers('coordinator'),
      });
    // Two hours ago the offers were made, with a reply deadline an hour ago: all due at once.
    const made = Date.now() - 2 * 3_600_000;
    w.setNow(new Date(made).toISOString());
    const replyBy = new Date(made + 3_600_000).toISOString();
    for (const id of ['exp-1', 'exp-2']) await post('/v1/leaders', leaderBody(id));
    const cohort = await post(
      '/v1/cohorts',
      cohortBody('A', {
        id: COHORT,
        leaderIds: ['exp-1', 'exp-2'],
        status: 'open',
        startDate: '2027-09-01',
        cutoffDate: '2027-08-15',
        seats: { min: 2, max: OFFERS },
      }),
    );
    expect(cohort.statusCode, cohort.body).toBe(201);
    for (let i = 0; i < OFFERS + QUEUED; i++) {
      const r = (await post('/v1/referrals', referralBody('A', `BURST-${i}`))).json();
      await post(`/v1/referrals/${r.id}/events`, { type: 'ACCEPT' });
      if (i < OFFERS) {
        const res = await post(`/v1/referrals/${r.id}/events`, {
          type: 'OFFER',
          cohortId: COHORT,
          startDate: '2027-09-01',
          replyBy,
        });
        expect(res.statusCode, res.body).toBe(200);
        offered.push(r.id);
      } else {
        const res = await post(`/v1/referrals/${r.id}/events`, {
          type: 'WAITLIST',
          cohortId: COHORT,
        });
        expect(res.json().status).toBe('waitlisted');
        queued.push(r.id);
      }
    }
    const due = await db.driver.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM jobs WHERE kind = 'timer.offer_deadline' AND state = 'pending' AND run_at < now()`,
    );
    expect(Number(due.rows[0]!.n)).toBe(OFFERS);
  }, 300_000);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await w?.close();
    await db?.driver.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await db?.close();
  }, 60_000);

  it('fires every timer exactly once when one process is SIGKILLed mid-burst and restarted', async () => {
    const count = async (sql: string) =>
      Number((await db.driver.query<{ n: number }>(sql)).rows[0]!.n);
    const doneJobs = () =>
      count(
        `SELECT count(*)::int AS n FROM jobs WHERE kind = 'timer.offer_deadline' AND state = 'done'`,
      );
    const [a, b] = await Promise.all([startApi(schema, 'a'), startApi(schema, 'b')]);
    servers.push(a, b);
    // Kill `a` with SIGKILL while the burst is under way: some fired, most not yet.
    const started = performance.now();
    while ((await doneJobs()) < 20) {
      if (performance.now() - started > 120_000) throw new Error('the burst did not start');
      await new Promise((r) => setTimeout(r, 10));
    }
    const atKill = await doneJobs();
    await a.kill('SIGKILL');
    console.info(`[timers.processes] SIGKILL after ${atKill} of ${OFFERS} deadlines fired`);
    expect(atKill).toBeLessThan(OFFERS);
    const restarted = await startApi(schema, 'a2');
    servers.push(restarted);
    while ((await doneJobs()) < OFFERS) {
      if (performance.now() - started > 240_000) throw new Error(`only ${await doneJobs()} fired`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // Let any straggler round end before counting.
    await new Promise((r) => setTimeout(r, 500));
    expect(
      await count(`SELECT count(*)::int AS n FROM jobs WHERE state IN ('failed', 'running')`),
    ).toBe(0);
    // The audit trail: one lapse per offer, by the system; none twice.
    const lapses = await db.driver.query<{ referral_id: string; n: number }>(
      `SELECT referral_id, count(*)::int AS n FROM referral_events
        WHERE reason = 'OFFER_EXPIRED' GROUP BY referral_id`,
    );
    expect(lapses.rows).toHaveLength(OFFERS);
    expect(lapses.rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(new Set(lapses.rows.map((r) => r.referral_id))).toEqual(new Set(offered));
    expect(
      await count(
        `SELECT count(*)::int AS n FROM referral_events WHERE reason = 'OFFER_EXPIRED' AND (actor_id <> 'system' OR role <> 'system')`,
      ),
    ).toBe(0);
    // Each freed seat went on once: every queued child offered exactly once, by the system.
    const offers = await db.driver.query<{ referral_id: string; n: number }>(
      `SELECT referral_id, count(*)::int AS n FROM referral_events
        WHERE kind = 'offered' AND actor_id = 'system' GROUP BY referral_id`,
    );
    expect(offers.rows.map((r) => r.referral_id).sort()).toEqual([...queued].sort());
    expect(offers.rows.every((r) => Number(r.n) === 1)).toBe(true);
    expect(
      await count(`SELECT count(*)::int AS n FROM cohort_seats WHERE cohort_id = '${COHORT}'`),
    ).toBe(QUEUED);
  }, 400_000);
});
