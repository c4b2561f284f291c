import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  cohortBody,
  createWorld,
  digest,
  leaderBody,
  referralBody,
  type Caller,
  type World,
} from '../test-support.js';

let w: World;
let teen: string;
let child: string;

function req(method: 'GET' | 'POST', caller: Caller, url: string, payload?: unknown) {
  return w.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: w.headers(caller),
  });
}

async function enrolled(pseudonym: string, age: number) {
  const body = referralBody('A', pseudonym);
  const created = await req('POST', 'coordinator', '/v1/referrals', {
    ...body,
    child: { ...body.child, age },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  for (const event of [
    { type: 'ACCEPT' },
    { type: 'OFFER', cohortId: A.cohort, startDate: '2026-09-01', replyBy: '2026-03-20T00:00:00Z' },
    { type: 'ACCEPT_OFFER' },
    { type: 'ENROL' },
  ]) {
    const res = await req('POST', 'coordinator', `/v1/referrals/${id}/events`, event);
    expect(res.statusCode, res.body).toBe(200);
  }
  return id;
}

const record = (id: string, body: Record<string, unknown>, caller: Caller = 'leaderA') =>
  req('POST', caller, `/v1/referrals/${id}/outcomes`, body);

beforeAll(async () => {
  w = await createWorld();
  w.setNow('2026-03-02T09:00:00Z');
  for (const id of ['exp-1', 'exp-2'])
    expect((await req('POST', 'coordinator', '/v1/leaders', leaderBody(id))).statusCode).toBe(201);
  const cohort = await req(
    'POST',
    'coordinator',
    '/v1/cohorts',
    cohortBody('A', {
      leaderIds: ['exp-1', 'exp-2'],
      status: 'open',
      ageBand: { min: 7, max: 16 },
      seats: { min: 2, max: 8 },
    }),
  );
  expect(cohort.statusCode, cohort.body).toBe(201);
  teen = await enrolled('FA-OUT-TEEN', 15);
  child = await enrolled('FA-OUT-CHILD', 9);
  // The sessions happen in the autumn; the server's today is after them.
  w.setNow('2026-12-01T09:00:00Z');
});
afterAll(async () => {
  await w.close();
});

describe('POST /v1/referrals/:id/outcomes', () => {
  it("scores a form with @lotsen/outcomes at the child's age, and stores items and score", async () => {
    const res = await record(teen, {
      instrument: 'ORS',
      session: 1,
      date: '2026-09-08',
      rater: 'young-person',
      items: [3, 4, 5, 4],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      referralId: teen,
      instrument: 'ORS',
      items: [3, 4, 5, 4],
      score: { kind: 'outcome', total: 16, population: 'adolescent', clinical: true },
    });
    for (const [session, date, ors, srs] of [
      [1, '2026-09-08', null, [9, 9, 9.5, 9.5]],
      [4, '2026-09-29', [7, 7, 8, 7.5], [9, 8, 9, 9]],
    ] as const) {
      if (ors) {
        const o = await record(teen, {
          instrument: 'ORS',
          session,
          date,
          rater: 'young-person',
          items: ors,
        });
        expect(o.statusCode, o.body).toBe(201);
      }
      const s = await record(teen, {
        instrument: 'SRS',
        session,
        date,
        rater: 'young-person',
        items: srs,
      });
      expect(s.statusCode, s.body).toBe(201);
    }
  });

  it('records KASAM, SCORE-15 with its ratings, and YCORS without a score', async () => {
    const kasam = await record(teen, {
      instrument: 'SOC-13',
      session: 1,
      date: '2026-09-08',
      rater: 'young-person',
      items: [2, 2, 2, 6, 6, 6, 2, 6, 6, 2, 6, 6, 6],
    });
    expect(kasam.statusCode, kasam.body).toBe(201);
    expect(kasam.json().score).toMatchObject({ total: 78, band: 'high' });
    const score15 = await record(child, {
      instrument: 'SCORE-15',
      session: 1,
      date: '2026-09-08',
      rater: 'parent',
      items: [2, 4, 2, 4, 4, 2, 4, 4, 4, 2, 4, 4, 4, 4, 2],
      extra: { problemSeverity: 6 },
    });
    expect(score15.statusCode, score15.body).toBe(201);
    expect(score15.json().score).toMatchObject({
      total: { sum: 30 },
      extra: { problemSeverity: 6 },
    });
    const ycors = await record(child, {
      instrument: 'YCORS',
      session: 1,
      date: '2026-09-08',
      rater: 'child',
      items: [1, 2, 3, 4],
    });
    expect(ycors.statusCode, ycors.body).toBe(201);
    expect(ycors.json().score).toBeUndefined();
  });

  it('refuses a form that does not score, with the item paths, and stores nothing', async () => {
    const before = await digest(w.db);
    const bad = await record(teen, {
      instrument: 'ORS',
      session: 2,
      date: '2026-09-15',
      rater: 'young-person',
      items: [6.8, null, 11, 7.7],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.1', 'items.2']);
    // ORS is not a form for a nine-year-old: CORS is.
    const age = await record(child, {
      instrument: 'ORS',
      session: 1,
      date: '2026-09-08',
      rater: 'child',
      items: [5, 5, 5, 5],
    });
    expect(age.statusCode).toBe(422);
    expect(age.json().code).toBe('AGE_NOT_ELIGIBLE');
    const future = await record(teen, {
      instrument: 'ORS',
      session: 9,
      date: '2027-01-01',
      rater: 'young-person',
      items: [5, 5, 5, 5],
    });
    expect(future.statusCode).toBe(400);
    const score15 = {
      instrument: 'SCORE-15',
      session: 2,
      date: '2026-09-15',
      rater: 'parent',
      items: [2, 4, 2, 4, 4, 2, 4, 4, 4, 2, 4, 4, 4, 4, 2],
    };
    const freeText = await record(child, {
      ...score15,
      extra: { biggestProblem: 'Pappa dricker' },
    });
    expect(freeText.statusCode).toBe(400);
    // The package scores the items beside a faulty supplementary rating; the API still refuses the
    // whole administration, so that nothing is half-stored, with the rating's path.
    const rating = await record(child, { ...score15, extra: { problemSeverity: 11 } });
    expect(rating.statusCode, rating.body).toBe(400);
    expect(rating.json()).toMatchObject({
      code: 'OUT_OF_RANGE',
      errors: [{ path: 'extra.problemSeverity' }],
    });
    const twice = await record(teen, {
      instrument: 'ORS',
      session: 1,
      date: '2026-09-08',
      rater: 'young-person',
      items: [3, 4, 5, 4],
    });
    expect(twice.statusCode).toBe(409);
    expect(await digest(w.db)).toEqual(before);
  });

  it("is for the cohort's group leaders, the district and coordinators; a 404 for others", async () => {
    const body = {
      instrument: 'CORS',
      session: 1,
      date: '2026-09-08',
      rater: 'child',
      items: [3, 3, 3, 3],
    };
    expect((await record(child, body, 'leaderB')).statusCode).toBe(404);
    expect((await record(child, body, 'socialWorkerB')).statusCode).toBe(404);
    expect((await record(child, body, 'system')).statusCode).toBe(403);
    expect((await record(child, body, 'anonymous')).statusCode).toBe(401);
    expect((await record(child, body, 'socialWorkerA')).statusCode).toBe(201);
  });
});

describe('GET /v1/referrals/:id/outcomes', () => {
  it('returns the series with the change since the first session, its category and alerts', async () => {
    const res = await req('GET', 'leaderA', `/v1/referrals/${teen}/outcomes`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.administrations).toHaveLength(5);
    const ors = body.outcome[0];
    expect(ors).toMatchObject({
      form: 'ORS',
      rater: 'young-person',
      changeSinceFirst: 13.5,
      latestCategory: 'recovered',
    });
    expect(ors.points.map((p: { total: number }) => p.total)).toEqual([16, 29.5]);
    expect(body.alerts.map((a: { code: string }) => a.code)).toEqual(
      expect.arrayContaining(['SRS_FALLING', 'SRS_BELOW_CUTOFF']),
    );
    expect(body.kasam).toHaveLength(1);
    const younger = (await req('GET', 'coordinator', `/v1/referrals/${child}/outcomes`)).json();
    expect(younger.unscored).toHaveLength(1);
    expect(younger.score15).toHaveLength(1);
  });

  it('draws the trajectory chart as accessible SVG', async () => {
    const res = await req(
      'GET',
      'socialWorkerA',
      `/v1/referrals/${teen}/outcomes/chart.svg?lang=en`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.body).toMatch(/^<svg [^>]*role="img"/);
    expect(res.body).toContain('<title');
    expect(
      (await req('GET', 'leaderB', `/v1/referrals/${teen}/outcomes/chart.svg`)).statusCode,
    ).toBe(404);
  });
});
