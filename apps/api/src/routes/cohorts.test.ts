import { stockholmCatalogue } from '@lotsen/catalogue';
import { isGroupKind } from '@lotsen/domain';
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

function req(
  method: 'GET' | 'POST' | 'PUT',
  caller: Caller,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) {
  return w.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: { ...w.headers(caller), ...headers },
  });
}

async function enrolledReferral(which: 'A' | 'B', pseudonym: string, cohortId: string) {
  const created = await req('POST', 'coordinator', '/v1/referrals', referralBody(which, pseudonym));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const event of [
    { type: 'ACCEPT' },
    { type: 'OFFER', cohortId, startDate: '2026-09-01', replyBy: '2026-03-20T00:00:00Z' },
    { type: 'ACCEPT_OFFER' },
    { type: 'ENROL' },
  ]) {
    const res = await req('POST', 'coordinator', `/v1/referrals/${id}/events`, event);
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

beforeAll(async () => {
  w = await createWorld();
  for (const [id, experience] of [
    ['exp-1', 'experienced'],
    ['exp-2', 'experienced'],
    ['new-1', 'first_time'],
    ['new-2', 'first_time'],
  ] as const) {
    expect(
      (await req('POST', 'coordinator', '/v1/leaders', leaderBody(id, experience))).statusCode,
    ).toBe(201);
  }
});
afterAll(async () => {
  await w.close();
});

describe('cohorts and the leader rule', () => {
  it('creates a planned cohort without leaders, but refuses to open one without them', async () => {
    const planned = await req('POST', 'coordinator', '/v1/cohorts', cohortBody('A'));
    expect(planned.statusCode, planned.body).toBe(201);
    expect(planned.json()).toMatchObject({ id: A.cohort, version: 1, status: 'planned' });
    expect(planned.headers.etag).toBe('"1"');
    const before = await digest(w.db);
    const open = await req(
      'PUT',
      'coordinator',
      `/v1/cohorts/${A.cohort}`,
      cohortBody('A', { status: 'open' }),
    );
    expect(open.statusCode).toBe(422);
    expect(open.json().code).toBe('LEADER_RULE');
    expect(await digest(w.db)).toEqual(before);
  });

  it('enforces two leaders, one experienced, and a mentor for each first-time leader', async () => {
    const cases: [string[], number][] = [
      [['exp-1'], 422],
      [['new-1', 'new-2'], 422],
      [['exp-1', 'new-1', 'new-2'], 422],
      [['exp-1', 'new-1'], 200],
      [['exp-1', 'exp-2', 'new-1'], 200],
    ];
    for (const [leaderIds, status] of cases) {
      const res = await req('PUT', 'coordinator', `/v1/cohorts/${A.cohort}/leaders`, { leaderIds });
      expect(res.statusCode, `${leaderIds.join('+')}: ${res.body}`).toBe(status);
      if (status === 422) {
        expect(res.json().errors.every((e: { path: string }) => e.path === 'leaderIds')).toBe(true);
      } else {
        expect(res.json().leaderIds).toEqual(leaderIds);
      }
    }
    const unknown = await req('PUT', 'coordinator', `/v1/cohorts/${A.cohort}/leaders`, {
      leaderIds: ['exp-1', 'ghost'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('leaderIds.1');
  });

  it('plans a cohort with If-Match, refusing a stale version and a body for another cohort', async () => {
    const current = (await req('GET', 'coordinator', `/v1/cohorts/${A.cohort}`)).json().cohort;
    const body = cohortBody('A', {
      status: 'open',
      leaderIds: ['exp-1', 'exp-2'],
      startDate: '2026-09-08',
    });
    const stale = await req('PUT', 'coordinator', `/v1/cohorts/${A.cohort}`, body, {
      'if-match': `"${current.version - 1}"`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(current.version);
    const fresh = await req('PUT', 'coordinator', `/v1/cohorts/${A.cohort}`, body, {
      'if-match': `"${current.version}"`,
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toMatchObject({ status: 'open', startDate: '2026-09-08' });
    const other = await req('PUT', 'coordinator', `/v1/cohorts/${A.cohort}`, cohortBody('B'));
    expect(other.statusCode).toBe(400);
  });

  it('refuses a cohort of a service that is not a group, or in an unknown district', async () => {
    const individual = stockholmCatalogue().services.find((s) => !isGroupKind(s.kind))!;
    const res = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('B', { id: 'not-a-group', serviceId: individual.id }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'serviceId' });
    const nowhere = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('B', {
        id: 'nowhere',
        premises: { name: 'X', districtId: 'atlantis', confidential: false },
      }),
    );
    expect(nowhere.statusCode).toBe(400);
  });

  it('lists planned and open cohorts with places left publicly, never a confidential place', async () => {
    const secret = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('B', {
        leaderIds: ['exp-1', 'exp-2'],
        status: 'open',
        premises: {
          name: 'Skyddat boende',
          address: 'Hemlig väg 1',
          districtId: B.district,
          confidential: true,
        },
      }),
    );
    expect(secret.statusCode, secret.body).toBe(201);
    const res = await req('GET', 'anonymous', '/v1/cohorts');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    const b = items.find((c: { id: string }) => c.id === B.cohort);
    expect(b).toMatchObject({
      placesLeft: 4,
      premises: { districtId: B.district, confidential: true },
    });
    expect(JSON.stringify(res.json())).not.toMatch(/Hemlig|Skyddat/);
    expect(b.leaderIds).toBeUndefined();
    const filtered = (await req('GET', 'anonymous', `/v1/cohorts?districtId=${A.district}`)).json();
    expect(filtered.items.map((c: { id: string }) => c.id)).toEqual([A.cohort]);
  });
});

describe('a leader in two places at once', () => {
  const tuesdays = (startTime: string) => ({
    count: 10,
    weekday: 'tue',
    startTime,
    durationMinutes: 90,
  });

  it('refuses, with 409 naming the leader and the other cohort, to book a busy leader', async () => {
    for (const id of ['tis-1', 'tis-2', 'tis-3'])
      expect((await req('POST', 'coordinator', '/v1/leaders', leaderBody(id))).statusCode).toBe(
        201,
      );
    // Farsta's group on Tuesdays 18:00–19:30; a Hägersten group on Tuesdays from 18:30.
    const farsta = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('A', {
        id: 'farsta-tisdag',
        meetings: tuesdays('18:00'),
        leaderIds: ['tis-1', 'tis-2'],
        status: 'open',
      }),
    );
    expect(farsta.statusCode, farsta.body).toBe(201);
    const hl = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('B', { id: 'hl-tisdag', meetings: tuesdays('18:30') }),
    );
    expect(hl.statusCode, hl.body).toBe(201);

    const before = await digest(w.db);
    const assigned = await req('PUT', 'coordinator', '/v1/cohorts/hl-tisdag/leaders', {
      leaderIds: ['tis-3', 'tis-2'],
    });
    expect(assigned.statusCode).toBe(409);
    expect(assigned.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(assigned.json()).toMatchObject({
      status: 409,
      code: 'CONFLICT',
      instance: '/v1/cohorts/hl-tisdag/leaders',
      detail: 'Leader tis-2 already leads cohort farsta-tisdag, which meets at the same time',
      errors: [
        {
          path: 'leaderIds.1',
          message: 'Leader tis-2 already leads cohort farsta-tisdag, which meets at the same time',
        },
      ],
    });
    const created = await req(
      'POST',
      'coordinator',
      '/v1/cohorts',
      cohortBody('B', {
        id: 'hl-tisdag-2',
        meetings: tuesdays('17:00'),
        leaderIds: ['tis-1', 'tis-3'],
      }),
    );
    expect(created.statusCode).toBe(409);
    expect(created.json().errors).toEqual([
      {
        path: 'leaderIds.0',
        message: 'Leader tis-1 already leads cohort farsta-tisdag, which meets at the same time',
      },
    ]);
    expect(await digest(w.db)).toEqual(before);
  });

  it('lets the leader lead on another day, and refuses moving that group onto the busy evening', async () => {
    const wednesday = { ...tuesdays('18:30'), weekday: 'wed' };
    const current = (await req('GET', 'coordinator', '/v1/cohorts/hl-tisdag')).json().cohort;
    const moved = await req(
      'PUT',
      'coordinator',
      '/v1/cohorts/hl-tisdag',
      cohortBody('B', { id: 'hl-tisdag', meetings: wednesday, leaderIds: ['tis-3', 'tis-2'] }),
      { 'if-match': `"${current.version}"` },
    );
    expect(moved.statusCode, moved.body).toBe(200);
    const before = await digest(w.db);
    const back = await req(
      'PUT',
      'coordinator',
      '/v1/cohorts/hl-tisdag',
      cohortBody('B', {
        id: 'hl-tisdag',
        meetings: tuesdays('18:30'),
        leaderIds: ['tis-3', 'tis-2'],
      }),
    );
    expect(back.statusCode).toBe(409);
    expect(back.json().errors).toEqual([
      {
        path: 'leaderIds.1',
        message: 'Leader tis-2 already leads cohort farsta-tisdag, which meets at the same time',
      },
    ]);
    expect(await digest(w.db)).toEqual(before);
  });
});

describe('attendance', () => {
  let child: string;
  beforeAll(async () => {
    child = await enrolledReferral('A', 'FA-ATT-1', A.cohort);
  });

  it("lets the cohort's own group leader record a meeting, and nobody else", async () => {
    const body = {
      session: 1,
      date: '2026-09-08',
      records: [{ referralId: child, status: 'present' }],
    };
    const ok = await req('POST', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`, body);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ cohortId: A.cohort, session: 1, recordedBy: 'leader-a' });
    const before = await digest(w.db);
    // Another cohort's leader: 404, as on GET, the same as for a cohort that does not exist.
    const foreign = await req('POST', 'leaderB', `/v1/cohorts/${A.cohort}/attendance`, body);
    expect(foreign.json()).toMatchObject({ status: 404, detail: `No cohort ${A.cohort}` });
    const missing = await req('POST', 'leaderB', '/v1/cohorts/no-such-cohort/attendance', body);
    expect(missing.json()).toMatchObject({ status: 404, detail: 'No cohort no-such-cohort' });
    expect((await req('GET', 'leaderB', `/v1/cohorts/${A.cohort}/attendance`)).statusCode).toBe(
      404,
    );
    for (const caller of ['coordinator', 'socialWorkerA'] as const) {
      const res = await req('POST', caller, `/v1/cohorts/${A.cohort}/attendance`, body);
      expect(res.statusCode, caller).toBe(403);
    }
    expect(
      (await req('POST', 'anonymous', `/v1/cohorts/${A.cohort}/attendance`, body)).statusCode,
    ).toBe(401);
    expect(await digest(w.db)).toEqual(before);
  });

  it('keeps attendance for enrolled children only, and for meetings the cohort has', async () => {
    const stranger = await req(
      'POST',
      'coordinator',
      '/v1/referrals',
      referralBody('A', 'FA-ATT-X'),
    );
    const before = await digest(w.db);
    const notEnrolled = await req('POST', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`, {
      session: 2,
      date: '2026-09-15',
      records: [
        { referralId: child, status: 'present' },
        { referralId: stranger.json().id, status: 'present' },
      ],
    });
    expect(notEnrolled.statusCode).toBe(409);
    expect(notEnrolled.json().errors).toEqual([
      { path: 'records.1.referralId', message: 'Not enrolled in this cohort' },
    ]);
    const noMeeting = await req('POST', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`, {
      session: 11,
      date: '2026-11-15',
      records: [{ referralId: child, status: 'present' }],
    });
    expect(noMeeting.statusCode).toBe(400);
    expect(await digest(w.db)).toEqual(before);
  });

  it('corrects a meeting recorded again, and counts per child', async () => {
    await req('POST', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`, {
      session: 2,
      date: '2026-09-15',
      records: [{ referralId: child, status: 'absent' }],
    });
    await req('POST', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`, {
      session: 2,
      date: '2026-09-15',
      records: [{ referralId: child, status: 'excused' }],
    });
    const res = await req('GET', 'leaderA', `/v1/cohorts/${A.cohort}/attendance`);
    expect(res.statusCode).toBe(200);
    expect(res.json().meetings.map((m: { session: number }) => m.session)).toEqual([1, 2]);
    expect(res.json().children).toEqual([{ referralId: child, present: 1, absent: 0, excused: 1 }]);
    expect((await req('GET', 'coordinator', `/v1/cohorts/${A.cohort}/attendance`)).statusCode).toBe(
      200,
    );
    expect((await req('GET', 'leaderB', `/v1/cohorts/${A.cohort}/attendance`)).statusCode).toBe(
      404,
    );
  });
});

describe('group formation', () => {
  const waiting: string[] = [];
  beforeAll(async () => {
    // Cohort B takes 4 children from Hägersten-Liljeholmen; five are waiting.
    for (let i = 0; i < 5; i++) {
      const created = await req(
        'POST',
        'coordinator',
        '/v1/referrals',
        referralBody('B', `HL-F-${i}`),
      );
      const id = created.json().id as string;
      expect(
        (await req('POST', 'coordinator', `/v1/referrals/${id}/events`, { type: 'ACCEPT' }))
          .statusCode,
      ).toBe(200);
      waiting.push(id);
    }
  });

  it('proposes placements, and explains every child it does not place', async () => {
    const res = await req('POST', 'coordinator', '/v1/formation/proposals', {
      cohortIds: [B.cohort],
      date: '2026-03-02',
    });
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json();
    expect(proposal.placements).toHaveLength(4);
    expect(proposal.unplaced).toHaveLength(1);
    expect(proposal.unplaced[0].reason.text.sv.length).toBeGreaterThan(0);
    expect(proposal.cohorts[0]).toMatchObject({ cohortId: B.cohort, launched: true, total: 4 });
    expect(proposal.summary.placed).toBe(4);
  });

  it('accepts a proposal as seat offers, all or none', async () => {
    const proposal = (
      await req('POST', 'coordinator', '/v1/formation/proposals', { cohortIds: [B.cohort] })
    ).json();
    const placements = proposal.placements.map((p: { referralId: string; cohortId: string }) => ({
      referralId: p.referralId,
      cohortId: p.cohortId,
    }));
    const before = await digest(w.db);
    // Adjusted by hand to put the fifth child in too: more than the seats, so nothing is offered.
    const unplaced = proposal.unplaced[0].referralId;
    const tooMany = await req('POST', 'coordinator', '/v1/formation/decisions', {
      placements: [...placements, { referralId: unplaced, cohortId: B.cohort }],
      replyBy: '2026-03-20T00:00:00Z',
    });
    expect(tooMany.statusCode).toBe(409);
    expect(await digest(w.db)).toEqual(before);
    // A child who does not fit the cohort chosen by hand (another district, beyond travel).
    const misfit = await req('POST', 'coordinator', '/v1/formation/decisions', {
      placements: [{ referralId: unplaced, cohortId: A.cohort }],
      replyBy: '2026-03-20T00:00:00Z',
      mayTravel: 'own_district',
    });
    expect(misfit.statusCode).toBe(422);
    expect(await digest(w.db)).toEqual(before);

    const accepted = await req('POST', 'coordinator', '/v1/formation/decisions', {
      placements,
      replyBy: '2026-03-20T00:00:00Z',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().offered).toHaveLength(4);
    for (const o of accepted.json().offered) {
      const r = (await req('GET', 'coordinator', `/v1/referrals/${o.referralId}`)).json();
      expect(r).toMatchObject({ status: 'offered', cohortId: B.cohort });
    }
    // The same decision again: the children are no longer waiting.
    const again = await req('POST', 'coordinator', '/v1/formation/decisions', {
      placements,
      replyBy: '2026-03-20T00:00:00Z',
    });
    expect(again.statusCode).toBe(409);
  });
});
