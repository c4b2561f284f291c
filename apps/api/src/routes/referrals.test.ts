import { randomBytes } from 'node:crypto';
import { createCatalogue, stockholmCatalogueData } from '@lotsen/catalogue';
import { openDatabase } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  B,
  cohortBody,
  createWorld,
  digest,
  leaderBody,
  referralBody,
  type Caller,
  type World,
} from '../test-support.js';

let w: World;

beforeAll(async () => {
  w = await createWorld();
  for (const id of ['exp-1', 'exp-2']) {
    const res = await post('coordinator', '/v1/leaders', leaderBody(id));
    expect(res.statusCode).toBe(201);
  }
  for (const [which, max] of [
    ['A', 2],
    ['B', 4],
  ] as const) {
    const res = await post(
      'coordinator',
      '/v1/cohorts',
      cohortBody(which, { leaderIds: ['exp-1', 'exp-2'], status: 'open', seats: { min: 1, max } }),
    );
    expect(res.statusCode).toBe(201);
  }
  // A group in the neighbouring district (Enskede-Årsta-Vantör), which Farsta's children may join.
  const res = await post(
    'coordinator',
    '/v1/cohorts',
    cohortBody('A', {
      id: 'eav-barngrupp-ht26',
      serviceId: 'enskede-arsta-vantor-barngrupper',
      premises: { name: 'Familjecentrum', districtId: 'enskede-arsta-vantor', confidential: false },
      leaderIds: ['exp-1', 'exp-2'],
      status: 'open',
      seats: { min: 1, max: 6 },
    }),
  );
  expect(res.statusCode).toBe(201);
});
afterAll(async () => {
  await w.close();
});

function post(caller: Caller, url: string, payload: unknown, headers: Record<string, string> = {}) {
  return w.app.inject({
    method: 'POST',
    url,
    payload: payload as object,
    headers: { ...w.headers(caller), ...headers },
  });
}
function get(caller: Caller, url: string) {
  return w.app.inject({ method: 'GET', url, headers: w.headers(caller) });
}
async function create(caller: Caller = 'socialWorkerA', body: unknown = referralBody('A')) {
  const res = await post(caller, '/v1/referrals', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
async function send(id: string, event: Record<string, unknown>, caller: Caller = 'coordinator') {
  return post(caller, `/v1/referrals/${id}/events`, event);
}
async function sendOk(id: string, event: Record<string, unknown>, caller: Caller = 'coordinator') {
  const res = await send(id, event, caller);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const offer = (cohortId: string, extra: Record<string, unknown> = {}) => ({
  type: 'OFFER',
  cohortId,
  startDate: '2026-09-01',
  replyBy: '2026-03-20T00:00:00Z',
  ...extra,
});

describe('POST /v1/referrals', () => {
  it('creates and submits a referral with the minimum child data, and logs who created it', async () => {
    const res = await post('socialWorkerA', '/v1/referrals', referralBody('A', 'FA-NEW-1'));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'submitted',
      version: 1,
      child: { pseudonym: 'FA-NEW-1', districtId: A.district },
      serviceId: A.service,
    });
    expect(body.allowedEvents).toEqual(expect.arrayContaining(['ACCEPT', 'DECLINE', 'WITHDRAW']));
    expect(res.headers.location).toBe(`/v1/referrals/${body.id}`);
    expect(res.headers.etag).toBe('"1"');
    const events = (await get('socialWorkerA', `/v1/referrals/${body.id}/events`)).json().items;
    expect(events).toEqual([
      expect.objectContaining({
        version: 1,
        kind: 'created',
        fromStatus: null,
        toStatus: 'submitted',
        actorId: 'sw-farsta-1',
        role: 'district_social_worker',
      }),
    ]);
  });

  it('keeps a draft when asked, and routes a protection concern to social services at once', async () => {
    const draft = await create('socialWorkerA', {
      ...referralBody('A', 'FA-DRAFT'),
      submit: false,
    });
    expect(draft.status).toBe('draft');
    expect(draft.submittedAt).toBeUndefined();
    const concern = await create('socialWorkerA', {
      ...referralBody('A', 'FA-CONCERN'),
      protectionConcern: true,
    });
    expect(concern).toMatchObject({
      status: 'declined',
      declineReason: 'protection_concern',
      routeTo: 'social_services',
      allowedEvents: [],
    });
  });

  it('refuses a name, a personal identity number and unknown fields, and stores nothing', async () => {
    const before = await digest(w.db);
    const withName = await post('socialWorkerA', '/v1/referrals', {
      ...referralBody('A'),
      child: { ...referralBody('A').child, name: 'Alva Svensson' },
    });
    expect(withName.statusCode).toBe(400);
    expect(withName.headers['content-type']).toContain('application/problem+json');
    const pin = await post('socialWorkerA', '/v1/referrals', {
      ...referralBody('A'),
      child: { ...referralBody('A').child, pseudonym: '20150314-2380' },
    });
    expect(pin.statusCode).toBe(400);
    expect(pin.json().errors.map((e: { path: string }) => e.path)).toContain('child.pseudonym');
    const extra = await post('socialWorkerA', '/v1/referrals', {
      ...referralBody('A'),
      notes: 'Mamma dricker',
    });
    expect(extra.statusCode).toBe(400);
    expect(await digest(w.db)).toEqual(before);
  });

  it('answers 400 with the field path for an unknown service, district or need', async () => {
    const res = await post('coordinator', '/v1/referrals', {
      ...referralBody('A'),
      serviceId: 'no-such-service',
      needs: ['parental-substance-abuse', 'astrology'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['serviceId']),
    );
  });

  it('lets a district social worker refer children of their own district only', async () => {
    const res = await post('socialWorkerA', '/v1/referrals', referralBody('B'));
    expect(res.statusCode).toBe(403);
    expect((await post('coordinator', '/v1/referrals', referralBody('B'))).statusCode).toBe(201);
  });
});

describe('POST /v1/referrals with an Idempotency-Key', () => {
  /** How many referrals the database holds for a child. */
  const count = async (pseudonym: string) => {
    const { rows } = await w.db.driver.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM referrals WHERE request->'child'->>'pseudonym' = $1",
      [pseudonym],
    );
    return rows[0]!.n;
  };

  it('answers a retry of the same request with the first referral, and stores one', async () => {
    const body = referralBody('A', 'FA-IDEM-0001');
    const key = { 'idempotency-key': 'c2f1d7a8-0b7e-4d0e-9a55-9f1b1f0e1a01' };
    const first = await post('socialWorkerA', '/v1/referrals', body, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The same key as a Structured Field string, as the draft writes it, is the same key.
    const retry = await post('socialWorkerA', '/v1/referrals', body, {
      'idempotency-key': `"${key['idempotency-key']}"`,
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(await count('FA-IDEM-0001')).toBe(1);
  });

  it('refuses the key with another request (422) and stores nothing', async () => {
    const key = { 'idempotency-key': 'key-for-one-request' };
    expect(
      (await post('socialWorkerA', '/v1/referrals', referralBody('A', 'FA-IDEM-0002'), key))
        .statusCode,
    ).toBe(201);
    const other = await post(
      'socialWorkerA',
      '/v1/referrals',
      referralBody('A', 'FA-IDEM-0003'),
      key,
    );
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json().type).toBe('https://lotsen.stockholm/problems/idempotency-key-reused');
    expect(await count('FA-IDEM-0003')).toBe(0);
  });

  it("never answers with another caller's referral: a key is the caller's own", async () => {
    const key = { 'idempotency-key': 'shared-looking-key' };
    const mine = await post(
      'socialWorkerA',
      '/v1/referrals',
      referralBody('A', 'FA-IDEM-0004'),
      key,
    );
    const theirs = await post(
      'coordinator',
      '/v1/referrals',
      referralBody('A', 'FA-IDEM-0004'),
      key,
    );
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it('creates one referral when a client sends the same request several times at once', async () => {
    const body = referralBody('A', 'FA-IDEM-0005');
    const key = { 'idempotency-key': 'sent-five-times' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => post('socialWorkerA', '/v1/referrals', body, key)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await count('FA-IDEM-0005')).toBe(1);
  });

  it('replays a retry even when a release has paused the service since the first request', async () => {
    const body = referralBody('A', 'FA-IDEM-0007');
    const key = { 'idempotency-key': 'before-the-release' };
    const first = await post('socialWorkerA', '/v1/referrals', body, key);
    expect(first.statusCode, first.body).toBe(201);
    // The next release of the app, on the same database, has the service paused.
    const data = stockholmCatalogueData();
    const paused = createCatalogue({
      ...data,
      services: data.services.map((s) =>
        s.id === A.service ? { ...s, status: 'temporarily_closed' as const } : s,
      ),
    });
    if (!paused.ok) throw paused.error;
    const next = await createWorld({ db: w.db, app: { catalogue: paused.value } });
    try {
      // The same social worker (the same token subject) as before.
      const send = (payload: unknown, headers: Record<string, string>) =>
        next.app.inject({
          method: 'POST',
          url: '/v1/referrals',
          payload: payload as object,
          headers: { ...next.headers('socialWorkerA'), ...headers },
        });
      const retry = await send(body, key);
      expect(retry.statusCode, retry.body).toBe(201);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json().id).toBe(first.json().id);
      // A new request for the paused service is refused, as before.
      const fresh = await send(referralBody('A', 'FA-IDEM-0008'), {
        'idempotency-key': 'after-the-release',
      });
      expect(fresh.statusCode).toBe(422);
      expect(await count('FA-IDEM-0008')).toBe(0);
    } finally {
      await next.close();
    }
  });

  it('answers 400 with the header named for a key it cannot use', async () => {
    for (const bad of ['', 'has space', 'x'.repeat(256), 'quote"inside']) {
      const res = await post('socialWorkerA', '/v1/referrals', referralBody('A', 'FA-IDEM-0006'), {
        'idempotency-key': bad,
      });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ in: 'headers', path: 'idempotency-key' });
    }
    expect(await count('FA-IDEM-0006')).toBe(0);
  });
});

describe('reading and listing referrals', () => {
  it("answers 404 for another district's referral, exactly as for one that does not exist", async () => {
    const theirs = await create('socialWorkerB', referralBody('B', 'HL-0001'));
    const other = await get('socialWorkerA', `/v1/referrals/${theirs.id}`);
    const missing = await get(
      'socialWorkerA',
      '/v1/referrals/00000000-0000-4000-8000-000000000000',
    );
    expect(other.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(Object.keys(other.json()).sort()).toEqual(Object.keys(missing.json()).sort());
    expect(other.json().title).toBe(missing.json().title);
    expect((await get('socialWorkerB', `/v1/referrals/${theirs.id}`)).statusCode).toBe(200);
    expect((await get('coordinator', `/v1/referrals/${theirs.id}`)).statusCode).toBe(200);
    // The event routes keep the same rule.
    expect((await get('socialWorkerA', `/v1/referrals/${theirs.id}/events`)).statusCode).toBe(404);
    expect((await send(theirs.id, { type: 'WITHDRAW' }, 'socialWorkerA')).statusCode).toBe(404);
  });

  it("lists only the caller's district for a social worker, everything for a coordinator", async () => {
    await create('socialWorkerB', referralBody('B', 'HL-0002'));
    const mine = (await get('socialWorkerA', '/v1/referrals?limit=500')).json().items;
    expect(mine.length).toBeGreaterThan(0);
    expect(
      mine.every((r: { child: { districtId: string } }) => r.child.districtId === A.district),
    ).toBe(true);
    const all = (await get('coordinator', '/v1/referrals?limit=500')).json().items;
    expect(new Set(all.map((r: { child: { districtId: string } }) => r.child.districtId))).toEqual(
      new Set([A.district, B.district]),
    );
    expect((await get('socialWorkerA', `/v1/referrals?districtId=${B.district}`)).statusCode).toBe(
      403,
    );
    const drafts = (await get('coordinator', '/v1/referrals?status=draft,declined')).json().items;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((r: { status: string }) => ['draft', 'declined'].includes(r.status))).toBe(
      true,
    );
  });
});

describe('POST /v1/referrals/:id/events', () => {
  it('walks a referral from submission to enrolment, taking a seat, with the actor from the token', async () => {
    const r = await create();
    const accepted = await sendOk(r.id, { type: 'ACCEPT' });
    expect(accepted).toMatchObject({ status: 'accepted', version: 2 });
    const waitlisted = await sendOk(r.id, {
      type: 'WAITLIST',
      waitBand: 'under_1_month',
      motivatorRole: 'district_social_worker',
    });
    expect(waitlisted.waitlist).toMatchObject({ position: 1, waitBand: 'under_1_month' });
    expect(waitlisted.timers.map((t: { kind: string }) => t.kind)).toEqual(['waitlist_check_in']);
    const offered = await sendOk(r.id, offer(A.cohort));
    expect(offered).toMatchObject({ status: 'offered', cohortId: A.cohort });
    // The offer holds a seat in storage until the family replies.
    const holding = (await get('coordinator', `/v1/cohorts/${A.cohort}`)).json();
    expect(holding.seats).toMatchObject({ offered: 1, enrolled: 0 });
    await sendOk(r.id, { type: 'ACCEPT_OFFER' }, 'socialWorkerA');
    const enrolled = await sendOk(r.id, { type: 'ENROL' });
    expect(enrolled.status).toBe('enrolled');
    const cohort = (await get('coordinator', `/v1/cohorts/${A.cohort}`)).json();
    expect(cohort.seats).toMatchObject({ enrolled: 1 });

    const trail = (await get('coordinator', `/v1/referrals/${r.id}/events`)).json().items;
    expect(trail.map((e: { toStatus: string }) => e.toStatus)).toEqual([
      'submitted',
      'accepted',
      'waitlisted',
      'offered',
      'offered',
      'enrolled',
    ]);
    expect(trail[1]).toMatchObject({
      actorId: 'coord-anna',
      role: 'coordinator',
      reason: 'ACCEPT',
    });
    expect(trail[4]).toMatchObject({ actorId: 'sw-farsta-1', role: 'district_social_worker' });
    expect(trail.map((e: { version: number }) => e.version)).toEqual([1, 2, 3, 4, 5, 6]);

    // Protection now: the child leaves the group and the seat is given up in the same transaction.
    const concern = await sendOk(r.id, { type: 'PROTECTION_CONCERN' }, 'socialWorkerA');
    expect(concern).toMatchObject({ status: 'declined', routeTo: 'social_services' });
    const after = (await get('coordinator', `/v1/cohorts/${A.cohort}`)).json();
    expect(after.seats).toMatchObject({ enrolled: 0 });
  });

  it('answers 409 with the allowed events for an event the referral does not accept now', async () => {
    const r = await create();
    const before = await digest(w.db);
    const res = await send(r.id, { type: 'ENROL' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'EVENT_NOT_ALLOWED', status: 409 });
    expect(res.json().allowedEvents).toEqual(expect.arrayContaining(['ACCEPT', 'DECLINE']));
    expect(res.json().allowedEvents).not.toContain('ENROL');
    expect(await digest(w.db)).toEqual(before);
  });

  it('refuses an actor or time in the body: they come from the token and the clock', async () => {
    const r = await create();
    const by = await send(r.id, {
      type: 'ACCEPT',
      by: { id: 'someone-else', role: 'coordinator' },
    });
    expect(by.statusCode).toBe(400);
    const at = await send(r.id, { type: 'ACCEPT', at: '2020-01-01T00:00:00Z' });
    expect(at.statusCode).toBe(400);
  });

  it('answers 400 with field paths for a malformed event', async () => {
    const r = await create();
    const res = await send(r.id, { type: 'DECLINE', reason: 'because' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain('reason');
    expect((await send(r.id, { type: 'TELEPORT' })).statusCode).toBe(400);
  });

  it('answers 409 with the current version when If-Match is stale, and writes nothing', async () => {
    const r = await create();
    await sendOk(r.id, { type: 'ACCEPT' });
    const before = await digest(w.db);
    const stale = await post(
      'coordinator',
      `/v1/referrals/${r.id}/events`,
      { type: 'DECLINE', reason: 'no_capacity' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(await digest(w.db)).toEqual(before);
    const fresh = await post(
      'coordinator',
      `/v1/referrals/${r.id}/events`,
      { type: 'DECLINE', reason: 'no_capacity' },
      { 'if-match': '"2"' },
    );
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers.etag).toBe('"3"');
  });

  it('lets exactly one of two concurrent writers with the same version win', async () => {
    const r = await create();
    const [a, b] = await Promise.all([
      post(
        'coordinator',
        `/v1/referrals/${r.id}/events`,
        { type: 'ACCEPT' },
        { 'if-match': '"1"' },
      ),
      post(
        'socialWorkerA',
        `/v1/referrals/${r.id}/events`,
        { type: 'WITHDRAW' },
        { 'if-match': '"1"' },
      ),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const trail = (await get('coordinator', `/v1/referrals/${r.id}/events`)).json().items;
    expect(trail).toHaveLength(2);
  });

  it('refuses an offer of a full cohort or an unknown one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await create('socialWorkerA', referralBody('A', `FA-FULL-${i}`));
      await sendOk(r.id, { type: 'ACCEPT' });
      ids.push(r.id);
    }
    // Cohort A has two seats: two offers fill it, and the third is refused.
    const results = [];
    for (const id of ids) results.push((await send(id, offer(A.cohort))).statusCode);
    expect(results).toContain(409);
    const before = await digest(w.db);
    const full = await send(ids[2]!, offer(A.cohort));
    expect(full.statusCode).toBe(409);
    expect(full.json()).toMatchObject({ code: 'NO_SEATS', title: 'No seats left' });
    expect(await digest(w.db)).toEqual(before);
    const unknown = await send(ids[2]!, offer('no-such-cohort'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('cohortId');
  });
});

describe('declining an offer', () => {
  it('returns the family to the waitlist with its place and waiting time, and frees the seat', async () => {
    const r = await create('socialWorkerA', referralBody('A', 'FA-DECLINE'));
    await sendOk(r.id, { type: 'ACCEPT' });
    const waitlisted = await sendOk(r.id, {
      type: 'WAITLIST',
      waitBand: '1_to_3_months',
      motivatorRole: 'district_social_worker',
    });
    const offered = await send(r.id, offer('eav-barngrupp-ht26', { crossDistrict: true }));
    expect(offered.statusCode, offered.body).toBe(200);
    const seatsBefore = (await get('coordinator', '/v1/cohorts/eav-barngrupp-ht26')).json().seats;
    // The time does not suit the family: it says no to this group, not to support.
    const declined = await sendOk(r.id, { type: 'DECLINE_OFFER' }, 'socialWorkerA');
    expect(declined).toMatchObject({
      status: 'waitlisted',
      waitlist: waitlisted.waitlist,
      submittedAt: waitlisted.submittedAt,
    });
    expect(declined.offer).toBeUndefined();
    expect(declined.cohortId).toBeUndefined();
    const seatsAfter = (await get('coordinator', '/v1/cohorts/eav-barngrupp-ht26')).json().seats;
    expect(seatsAfter.offered).toBe(seatsBefore.offered - 1);
    expect(seatsAfter.free).toBe(seatsBefore.free + 1);
  });
});

describe('GET /v1/referrals/:id/cross-district-offers', () => {
  it('offers the nearest cohort with room in a neighbouring district, with a reason', async () => {
    const r = await create('socialWorkerA', referralBody('A', 'FA-CROSS'));
    await sendOk(r.id, { type: 'ACCEPT' });
    const res = await get('socialWorkerA', `/v1/referrals/${r.id}/cross-district-offers?limit=5`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.referralId).toBe(r.id);
    const neighbour = body.offers.find(
      (o: { cohortId: string }) => o.cohortId === 'eav-barngrupp-ht26',
    );
    expect(neighbour).toMatchObject({ proximity: 'neighbour', districtId: 'enskede-arsta-vantor' });
    expect(neighbour.reason.text.sv).toContain('eav-barngrupp-ht26');
    // Cohort A is full, so the own district has a queue or no room.
    expect(body.situation.code).not.toBe('own_district_has_room');
    // The neighbouring offer is then made as a cross-district OFFER.
    const made = await sendOk(r.id, offer('eav-barngrupp-ht26', { crossDistrict: true }));
    expect(made.offer).toMatchObject({ cohortId: 'eav-barngrupp-ht26', crossDistrict: true });
  });

  it("is a 404 for another district's referral", async () => {
    const theirs = await create('socialWorkerB', referralBody('B', 'HL-CROSS'));
    const res = await get('socialWorkerA', `/v1/referrals/${theirs.id}/cross-district-offers`);
    expect(res.statusCode).toBe(404);
  });
});

// PGlite always; PostgreSQL, where requests really run side by side, when DATABASE_URL is set.
const DATABASE_URL = process.env.DATABASE_URL || undefined;
const ENGINES = [
  { name: 'pglite', url: undefined, available: true },
  { name: 'postgres', url: DATABASE_URL, available: DATABASE_URL !== undefined },
];

describe.each(ENGINES)('concurrent offers on $name', ({ url, available }) => {
  describe.skipIf(!available)('one cohort', () => {
    const schema = `t_api_offers_${randomBytes(4).toString('hex')}`;
    let world: World;
    beforeAll(async () => {
      const db = await openDatabase(
        url === undefined ? { dataDir: 'memory://' } : { url, schema, maxConnections: 10 },
      );
      world = await createWorld({ db });
    });
    afterAll(async () => {
      await world?.close();
      if (url !== undefined) await world?.db.driver.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await world?.db.close();
    });

    it('offers exactly the free seats when many coordinators offer at once; the rest are 409', async () => {
      const call = (method: 'POST' | 'GET', u: string, payload?: unknown) =>
        world.app.inject({
          method,
          url: u,
          ...(payload === undefined ? {} : { payload: payload as object }),
          headers: world.headers('coordinator'),
        });
      for (const id of ['exp-1', 'exp-2'])
        expect((await call('POST', '/v1/leaders', leaderBody(id))).statusCode).toBe(201);
      const seats = 3;
      const created = await call(
        'POST',
        '/v1/cohorts',
        cohortBody('A', {
          leaderIds: ['exp-1', 'exp-2'],
          status: 'open',
          seats: { min: 1, max: seats },
        }),
      );
      expect(created.statusCode, created.body).toBe(201);
      const ids: string[] = [];
      for (let i = 0; i < 16; i++) {
        const r = await call('POST', '/v1/referrals', referralBody('A', `FA-RUSH-${i}`));
        expect(r.statusCode, r.body).toBe(201);
        const id = r.json().id as string;
        expect(
          (await call('POST', `/v1/referrals/${id}/events`, { type: 'ACCEPT' })).statusCode,
        ).toBe(200);
        ids.push(id);
      }
      const answers = await Promise.all(
        ids.map((id) => call('POST', `/v1/referrals/${id}/events`, offer(A.cohort))),
      );
      const statuses = answers.map((a) => a.statusCode);
      expect(statuses.filter((s) => s === 200)).toHaveLength(seats);
      expect(statuses.filter((s) => s === 409)).toHaveLength(ids.length - seats);
      for (const refused of answers.filter((a) => a.statusCode === 409))
        expect(refused.json().code).toBe('NO_SEATS');
      const cohort = (await call('GET', `/v1/cohorts/${A.cohort}`)).json();
      expect(cohort.seats).toMatchObject({ offered: seats, free: 0 });
      const offered = await call('GET', '/v1/referrals?status=offered');
      expect(offered.json().items).toHaveLength(seats);
      const stillAccepted = await call('GET', '/v1/referrals?status=accepted');
      expect(stillAccepted.json().items).toHaveLength(ids.length - seats);
    }, 60_000);
  });
});
