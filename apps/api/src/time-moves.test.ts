import { compareWaitingOrder } from '@lotsen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortBody, createWorld, leaderBody, referralBody, type World } from './test-support.js';
import { fireDueTimers } from './timers.js';
import { DEFAULT_WAITING_SETTINGS } from './waiting-settings.js';

/*
 * Issue 17's acceptance, through the HTTP API alone: 200 referrals for a 10-seat cohort, the
 * waiting list in the documented order, a declined seat offered on automatically, and an
 * unanswered offer that lapses by itself (the clock is injected: the timers fire in milliseconds).
 */

let w: World;
const COHORT = 'farsta-humlan-vt27';
const START = new Date('2026-03-02T09:00:00.000Z').getTime();

const post = (
  url: string,
  payload: unknown,
  caller: 'coordinator' | 'socialWorkerA' = 'coordinator',
) => w.app.inject({ method: 'POST', url, payload: payload as object, headers: w.headers(caller) });
const get = (url: string) =>
  w.app.inject({ method: 'GET', url, headers: w.headers('coordinator') });
const at = (ms: number) => new Date(START + ms).toISOString();

beforeAll(async () => {
  w = await createWorld();
  for (const id of ['exp-1', 'exp-2'])
    expect((await post('/v1/leaders', leaderBody(id))).statusCode).toBe(201);
  const cohort = await post(
    '/v1/cohorts',
    cohortBody('A', {
      id: COHORT,
      leaderIds: ['exp-1', 'exp-2'],
      status: 'open',
      seats: { min: 2, max: 10 },
    }),
  );
  expect(cohort.statusCode, cohort.body).toBe(201);
}, 60_000);
afterAll(async () => w?.close());

describe('one waiting list, and time that moves it', () => {
  const ids: string[] = [];
  const submitted = new Map<string, string>();

  it('gives a 10-seat cohort 10 seats and puts 190 on its list at positions 1..190 in the documented order', async () => {
    for (let i = 0; i < 200; i++) {
      // Submitted a minute apart, in an order unrelated to the ids.
      w.setNow(at(i * 60_000));
      const created = await post(
        '/v1/referrals',
        referralBody('A', `TM-${String(i).padStart(3, '0')}`),
      );
      expect(created.statusCode, created.body).toBe(201);
      const r = created.json();
      ids.push(r.id);
      submitted.set(r.id, r.submittedAt);
      expect((await post(`/v1/referrals/${r.id}/events`, { type: 'ACCEPT' })).statusCode).toBe(200);
    }
    w.setNow(at(200 * 60_000));
    const offer = {
      type: 'OFFER',
      cohortId: COHORT,
      startDate: '2026-09-01',
      replyBy: '2026-03-12T09:00:00Z',
    };
    let seated = 0;
    for (const id of ids) {
      const res = await post(`/v1/referrals/${id}/events`, offer);
      if (res.statusCode === 200) {
        seated++;
        continue;
      }
      // A full cohort says so, with the event to send instead.
      expect(res.statusCode).toBe(409);
      const problem = res.json();
      expect(problem.detail).toMatch(/Full: waitlist instead/);
      expect(problem.sendInstead).toEqual({ type: 'WAITLIST', cohortId: COHORT });
      const queued = await post(`/v1/referrals/${id}/events`, problem.sendInstead);
      expect(queued.statusCode, queued.body).toBe(200);
      expect(queued.json().status).toBe('waitlisted');
    }
    expect(seated).toBe(10);
    const list = (await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items;
    expect(list.map((e: { position: number }) => e.position)).toEqual(
      Array.from({ length: 190 }, (_, i) => i + 1),
    );
    const expected = ids
      .slice(10)
      .map((id) => ({ id, submittedAt: submitted.get(id)!, priority: 0 }))
      .sort(compareWaitingOrder)
      .map((f) => f.id);
    expect(list.map((e: { referralId: string }) => e.referralId)).toEqual(expected);
    const place = (await get(`/v1/referrals/${expected[2]}/place`)).json();
    expect(place).toMatchObject({ list: 'cohort', position: 3, of: 190 });
    expect(place.text.en).toMatch(/^Place 3 of 190/);
  }, 300_000);

  it('refuses a supplied position with a 400 on the field', async () => {
    const res = await post(`/v1/referrals/${ids[0]}/events`, {
      type: 'WAITLIST',
      cohortId: COHORT,
      position: 1,
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toMatch(/position/);
  });

  it('offers a declined seat to number 1 at once, as the system, in the same transaction', async () => {
    const first = (await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items[0].referralId;
    w.setNow(at(300 * 60_000));
    const declined = await post(
      `/v1/referrals/${ids[0]}/events`,
      { type: 'DECLINE_OFFER' },
      'socialWorkerA',
    );
    expect(declined.statusCode, declined.body).toBe(200);
    const next = (await get(`/v1/referrals/${first}`)).json();
    expect(next).toMatchObject({ status: 'offered', cohortId: COHORT });
    expect(next.timers).toEqual([{ kind: 'offer_deadline', dueAt: next.offer.replyBy }]);
    const trail = (await get(`/v1/referrals/${first}/events`)).json().items;
    expect(trail.at(-1)).toMatchObject({ toStatus: 'offered', actorId: 'system', role: 'system' });
    expect((await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items).toHaveLength(189);
    // The pace now counts that offer: the place has an estimate.
    const place = (
      await get(
        `/v1/referrals/${(await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items[0].referralId}/place`,
      )
    ).json();
    expect(place.aboutWeeks).toBeGreaterThanOrEqual(1);
  });

  it('lapses an unanswered offer on its own and moves the seat on; the family keeps its place', async () => {
    const list = (await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items;
    const lapsing = await w.db.seats.seats(COHORT);
    expect(lapsing.ok).toBe(true);
    const held = lapsing.ok
      ? lapsing.value.filter((s) => s.state === 'offered' && s.replyBy !== undefined)
      : [];
    const auto = held.find(
      (s) => s.replyBy! > at(300 * 60_000) && s.replyBy! < '2026-03-12T09:00:00.000Z',
    )!;
    expect(auto).toBeDefined();
    const nextInLine = list[0].referralId;
    // Nothing is due a second before the deadline.
    const early = await fireDueTimers(
      w.db,
      new Date(Date.parse(auto.replyBy!) - 1000),
      DEFAULT_WAITING_SETTINGS,
    );
    expect(early.ok && early.value.done).toBe(0);
    const fired = await fireDueTimers(
      w.db,
      new Date(Date.parse(auto.replyBy!) + 1000),
      DEFAULT_WAITING_SETTINGS,
    );
    expect(fired.ok, JSON.stringify(fired)).toBe(true);
    const lapsed = (await get(`/v1/referrals/${auto.referralId}`)).json();
    expect(lapsed.status).toBe('waitlisted');
    const trail = (await get(`/v1/referrals/${auto.referralId}/events`)).json().items;
    expect(trail.at(-1)).toMatchObject({
      fromStatus: 'offered',
      toStatus: 'waitlisted',
      actorId: 'system',
      role: 'system',
      reason: 'OFFER_EXPIRED',
    });
    // Back at the head of the list, and the seat went to the one after it.
    const after = (await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items;
    expect(after[0].referralId).toBe(auto.referralId);
    expect((await get(`/v1/referrals/${nextInLine}`)).json().status).toBe('offered');
    // Firing again does nothing: each timer fires once.
    const again = await fireDueTimers(
      w.db,
      new Date(Date.parse(auto.replyBy!) + 2000),
      DEFAULT_WAITING_SETTINGS,
    );
    expect(again.ok && again.value.claimed).toBe(0);
  });

  it('makes check-in tasks for the motivation owner every 14 days and warns of a cohort below its minimum', async () => {
    const list = (await get(`/v1/cohorts/${COHORT}/waitlist`)).json().items;
    const waiting = list.at(-1).referralId;
    const fired = await fireDueTimers(
      w.db,
      new Date('2026-03-17T12:00:00.000Z'),
      DEFAULT_WAITING_SETTINGS,
      { batchSize: 200 },
    );
    expect(fired.ok).toBe(true);
    const tasks = (await get('/v1/tasks?kind=waitlist_check_in')).json().items;
    expect(
      tasks.some(
        (t: { referralId: string; assigneeRole: string; assigneeId: string }) =>
          t.referralId === waiting &&
          t.assigneeRole === 'coordinator' &&
          t.assigneeId === 'coord-anna',
      ),
    ).toBe(true);
    const trail = (await get(`/v1/referrals/${waiting}/events`)).json().items;
    expect(trail.at(-1)).toMatchObject({ reason: 'WAITLIST_CHECK_IN', actorId: 'system' });
    // A cohort with 2 seats minimum and nobody in it, 14 days before its start.
    const empty = await post(
      '/v1/cohorts',
      cohortBody('A', {
        id: 'farsta-humlan-empty',
        leaderIds: ['exp-1', 'exp-2'],
        startDate: '2026-04-01',
        cutoffDate: '2026-03-20',
        status: 'planned',
        meetings: { count: 10, weekday: 'wed', startTime: '10:00', durationMinutes: 90 },
      }),
    );
    expect(empty.statusCode, empty.body).toBe(201);
    const early = await fireDueTimers(
      w.db,
      new Date('2026-03-17T12:00:00.000Z'),
      DEFAULT_WAITING_SETTINGS,
    );
    expect(early.ok).toBe(true);
    expect((await get('/v1/tasks?kind=cohort_below_minimum')).json().items).toEqual([]);
    await fireDueTimers(w.db, new Date('2026-03-18T00:00:01.000Z'), DEFAULT_WAITING_SETTINGS, {
      batchSize: 200,
    });
    const warned = (await get('/v1/tasks?kind=cohort_below_minimum')).json().items;
    expect(warned).toMatchObject([
      {
        cohortId: 'farsta-humlan-empty',
        assigneeRole: 'coordinator',
        details: { min: 2, enrolled: 0 },
      },
    ]);
  }, 120_000);

  it("shows a social worker the tasks of their own district's families only, and lets only them close one", async () => {
    const created = await post('/v1/referrals', referralBody('A', 'uppgift-a'), 'socialWorkerA');
    expect(created.statusCode, created.body).toBe(201);
    const referralId = created.json().id as string;
    const added = await w.db.tasks.add({
      kind: 'waitlist_check_in',
      key: `task:test:${referralId}`,
      referralId,
      assigneeRole: 'district_social_worker',
      dueAt: at(0),
      createdAt: at(0),
    });
    expect(added.ok).toBe(true);
    const as = (caller: 'socialWorkerA' | 'socialWorkerB') => ({ headers: w.headers(caller) });
    const listed = async (caller: 'socialWorkerA' | 'socialWorkerB') =>
      (await w.app.inject({ method: 'GET', url: '/v1/tasks', ...as(caller) })).json().items as {
        id: number;
        referralId?: string;
      }[];
    expect((await listed('socialWorkerB')).some((t) => t.referralId === referralId)).toBe(false);
    const task = (await listed('socialWorkerA')).find((t) => t.referralId === referralId);
    expect(task).toBeDefined();
    const close = (caller: 'socialWorkerA' | 'socialWorkerB') =>
      w.app.inject({ method: 'POST', url: `/v1/tasks/${task!.id}/done`, ...as(caller) });
    expect((await close('socialWorkerB')).statusCode).toBe(404);
    expect((await listed('socialWorkerA')).some((t) => t.id === task!.id)).toBe(true);
    const closed = await close('socialWorkerA');
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await listed('socialWorkerA')).some((t) => t.id === task!.id)).toBe(false);
  });

  it('tells the coordinator, as a task, of a timer that failed for good instead of dropping it', async () => {
    const created = await post('/v1/referrals', referralBody('A', 'trasig-timer'), 'socialWorkerA');
    expect(created.statusCode, created.body).toBe(201);
    const referralId = created.json().id as string;
    // A timer whose event the machine cannot read: it fails on every attempt.
    const scheduled = await w.db.jobs.schedule({
      kind: 'timer.offer_deadline',
      key: `test:broken:${referralId}`,
      referralId,
      runAt: at(0),
      payload: {},
      maxAttempts: 1,
    });
    expect(scheduled.ok).toBe(true);
    const fired = await fireDueTimers(w.db, new Date(START + 60_000), DEFAULT_WAITING_SETTINGS, {
      scheduleCohortChecks: false,
    });
    expect(fired.ok && fired.value.failed).toBe(1);
    const tasks = (await get('/v1/tasks?kind=timer_failed')).json().items;
    expect(tasks).toMatchObject([
      { referralId, assigneeRole: 'coordinator', details: { timer: 'timer.offer_deadline' } },
    ]);
  });
});
