import { ReportsError } from '@lotsen/reports';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemFor } from '../problem.js';
import {
  A,
  CALLERS,
  cohortBody,
  createWorld,
  leaderBody,
  referralBody,
  type Caller,
  type World,
} from '../test-support.js';

/*
 * The equity report through HTTP, over real storage: referrals made and moved through the API at
 * set clock times, then read back as the report and as CSV.
 */

let w: World;
const NEED = 'parental-substance-abuse';

function req(caller: Caller, url: string, method: 'GET' | 'POST' = 'GET', payload?: unknown) {
  return w.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
    headers: w.headers(caller),
  });
}

async function send(id: string, events: object[]): Promise<void> {
  for (const event of events) {
    const res = await req('coordinator', `/v1/referrals/${id}/events`, 'POST', event);
    expect(res.statusCode, res.body).toBe(200);
  }
}

async function ors(id: string, session: number, date: string, items: number[]): Promise<void> {
  const res = await req('leaderA', `/v1/referrals/${id}/outcomes`, 'POST', {
    instrument: 'ORS',
    session,
    date,
    rater: 'young-person',
    items,
  });
  expect(res.statusCode, res.body).toBe(201);
}

interface Row {
  districtId: string;
  needId: string;
  [field: string]: unknown;
}

async function equity(query: string): Promise<{ asOf: string; rows: Row[] }> {
  const res = await req('coordinator', `/v1/reports/equity?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const cell = (report: { rows: Row[] }, need = NEED) =>
  report.rows.find((r) => r.districtId === A.district && r.needId === need)!;

beforeAll(async () => {
  w = await createWorld();
  w.setNow('2026-03-02T09:00:00Z');
  for (const id of ['exp-1', 'exp-2']) {
    expect((await req('coordinator', '/v1/leaders', 'POST', leaderBody(id))).statusCode).toBe(201);
  }
  const cohort = await req(
    'coordinator',
    '/v1/cohorts',
    'POST',
    cohortBody('A', {
      leaderIds: ['exp-1', 'exp-2'],
      status: 'open',
      ageBand: { min: 7, max: 16 },
      seats: { min: 2, max: 20 },
    }),
  );
  expect(cohort.statusCode, cohort.body).toBe(201);

  // Six teenagers referred on 2 March; five start on 12 March (a 10-day wait), one keeps waiting.
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) {
    const body = referralBody('A', `FA-EQ-${i}`);
    const created = await req('coordinator', '/v1/referrals', 'POST', {
      ...body,
      child: { ...body.child, age: 15 },
    });
    expect(created.statusCode, created.body).toBe(201);
    ids.push(created.json().id as string);
  }
  w.setNow('2026-03-12T09:00:00Z');
  for (const id of ids.slice(0, 5)) {
    await send(id, [
      { type: 'ACCEPT' },
      {
        type: 'OFFER',
        cohortId: A.cohort,
        startDate: '2026-09-01',
        replyBy: '2026-04-30T00:00:00Z',
      },
      { type: 'ACCEPT_OFFER' },
      { type: 'ENROL' },
    ]);
  }
  // Their ORS series recover (16 → 29.5) in the autumn; all five complete in December.
  w.setNow('2026-12-01T09:00:00Z');
  for (const id of ids.slice(0, 5)) {
    await ors(id, 1, '2026-09-08', [3, 4, 5, 4]);
    await ors(id, 4, '2026-09-29', [7, 7, 8, 7.5]);
  }
  w.setNow('2026-12-10T09:00:00Z');
  for (const id of ids.slice(0, 5)) await send(id, [{ type: 'COMPLETE', sessionsAttended: 10 }]);
  // Two referrals for another need: too few to show.
  for (const pseudonym of ['FA-EQ-FC-1', 'FA-EQ-FC-2']) {
    const res = await req('coordinator', '/v1/referrals', 'POST', {
      ...referralBody('A', pseudonym),
      needs: ['family-conflict'],
    });
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => {
  await w.close();
});

describe('GET /v1/reports/equity', () => {
  it('reports each district and need from what storage holds', async () => {
    const report = await equity('asOf=2026-12-31');
    expect(report).toMatchObject({ asOf: '2026-12-31', minCellSize: 5 });
    expect(cell(report)).toMatchObject({
      localGroupSupport: true,
      referrals: 6,
      // Five waited 10 days; one has waited since 2 March (304 days on 31 December).
      waitingDaysMedian: 10,
      waitingDaysP90: 304,
      startedWithin30DaysShare: null,
      completionShare: 1,
      outcomeCases: 5,
      improvedShare: 1,
      recoveredShare: 1,
      deterioratedShare: 0,
      closedLoopRate: null,
    });
    // 5 of 6 would give the one away, both for starts within 30 days and for closed loops.
    expect(cell(report).suppressed).toEqual(['startedWithin30DaysShare', 'closedLoopRate']);
    expect(cell(report, 'family-conflict')).toMatchObject({
      referrals: null,
      referralsPer1000: null,
    });
    expect(cell(report, 'family-conflict').suppressed).toContain('referrals');
  });

  it('counts as of the date asked for: later starts, endings and measures do not count yet', async () => {
    const march = cell(await equity('asOf=2026-03-05'));
    expect(march).toMatchObject({
      referrals: 6,
      waitingDaysMedian: 3,
      completionShare: null,
      outcomeCases: null,
      closedLoopRate: 0,
    });
    expect(march.suppressed).toEqual([]);
    const october = cell(await equity('asOf=2026-10-01'));
    expect(october).toMatchObject({
      waitingDaysMedian: 10,
      completionShare: null,
      outcomeCases: 5,
    });
    // Before anyone was referred: zeros, and nothing to hide.
    const before = cell(await equity('asOf=2026-01-01'));
    expect(before).toMatchObject({ referrals: 0, waitingDaysMedian: null, suppressed: [] });
  });

  it('defaults to the server’s today', async () => {
    w.setNow('2026-12-31T15:00:00Z');
    const today = await equity('');
    expect(today.asOf).toBe('2026-12-31');
    expect(today).toEqual(await equity('asOf=2026-12-31'));
  });

  it('gives the same rows as CSV, as a download named after the date', async () => {
    const json = await equity('asOf=2026-12-31');
    const res = await req('system', '/v1/reports/equity?format=csv&asOf=2026-12-31');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="lotsen-equity-2026-12-31.csv"',
    );
    const lines = res.body.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(json.rows.length + 1);
    const farsta = lines.find((l) => l.startsWith(`${A.district},Farsta,${NEED},`))!;
    expect(farsta).toContain(',yes,6,');
    expect(farsta).toContain(',"startedWithin30DaysShare;closedLoopRate"');
  });

  it('answers the coordination team and other city systems only', async () => {
    const got: Partial<Record<Caller, number>> = {};
    for (const caller of CALLERS)
      got[caller] = (await req(caller, '/v1/reports/equity')).statusCode;
    expect(got).toEqual({
      anonymous: 401,
      system: 200,
      coordinator: 200,
      socialWorkerA: 403,
      socialWorkerB: 403,
      leaderA: 403,
      leaderB: 403,
      // The catalogue's editors keep the catalogue; they do not read the report.
      districtEditorA: 403,
      providerEditor: 403,
    });
  });

  it('refuses a malformed date or format with problem details naming the field', async () => {
    for (const query of ['asOf=31-12-2026', 'format=xlsx']) {
      const res = await req('coordinator', `/v1/reports/equity?${query}`);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0].path).toBe(query.split('=')[0]);
    }
  });

  it("maps the report package's error codes: bad options 400, broken stored rows 500", () => {
    const input = problemFor(
      new ReportsError('INVALID_INPUT', 'Invalid equity report options: asOf: bad', [
        { path: 'asOf', message: 'bad' },
      ]),
    );
    expect(input).toMatchObject({
      status: 400,
      code: 'INVALID_INPUT',
      errors: [{ path: 'asOf', message: 'bad' }],
    });
    const row = problemFor(new ReportsError('INVALID_ROW', 'referrals.3.enrolledAt: not a date'));
    // A 500 says nothing about the stored data.
    expect(row).toEqual({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
  });
});
