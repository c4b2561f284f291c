import { describe, expect, it } from 'vitest';
import { RELIABLE_CHANGE_NHS_CYP } from './config.js';
import type { OutcomesError } from './errors.js';
import type { Administration } from './schemas.js';
import { buildTrajectory, type Trajectory } from './trajectory.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

/** ORS items summing to `total` (whole points), spread over four lines. */
function orsItems(total: number): number[] {
  const q = Math.round((total / 4) * 10) / 10;
  return [q, q, q, Math.round((total - 3 * q) * 10) / 10];
}

const SOC13_LOW = [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4]; // 52
const SOC13_HIGHER = [2, 2, 2, 6, 6, 6, 2, 6, 6, 2, 6, 6, 6]; // reversed items 1,2,3,7,10 → 6: total 78
const SCORE_BEFORE = Array.from({ length: 15 }, () => 1); // 55 on the standard layout
const SCORE_AFTER = [1, 5, 1, 5, 5, 1, 5, 5, 5, 1, 5, 5, 5, 5, 1]; // 15

function youngPersonCase(): Record<string, unknown> {
  const a: Administration[] = [];
  const dates = [
    '2025-01-08',
    '2025-01-15',
    '2025-01-22',
    '2025-01-29',
    '2025-02-05',
    '2025-02-12',
  ];
  const orsTotals = [14, 17, 19, 24, 29.5, 31];
  const srsTotals = [38, 37.5, 36.4, 37, 38.2, 39];
  for (let s = 1; s <= 6; s++) {
    a.push({
      instrument: 'ORS',
      session: s,
      date: dates[s - 1]!,
      rater: 'young-person',
      age: 15,
      items: orsItems(orsTotals[s - 1]!),
    });
    a.push({
      instrument: 'SRS',
      session: s,
      date: dates[s - 1]!,
      rater: 'young-person',
      age: 15,
      items: orsItems(srsTotals[s - 1]!),
    });
  }
  a.push({
    instrument: 'SOC-13',
    session: 1,
    date: dates[0]!,
    rater: 'young-person',
    items: SOC13_LOW,
  });
  a.push({
    instrument: 'SOC-13',
    session: 5,
    date: dates[4]!,
    rater: 'young-person',
    items: SOC13_HIGHER,
  });
  a.push({
    instrument: 'SCORE-15',
    session: 0,
    date: '2025-01-02',
    rater: 'parent',
    respondentId: 'p1',
    items: SCORE_BEFORE,
  });
  a.push({
    instrument: 'SCORE-15',
    session: 3,
    date: dates[2]!,
    rater: 'parent',
    respondentId: 'p1',
    items: SCORE_BEFORE,
  });
  a.push({
    instrument: 'SCORE-15',
    session: 6,
    date: dates[5]!,
    rater: 'parent',
    respondentId: 'p1',
    items: SCORE_AFTER,
    extra: { problemSeverity: 3 },
  });
  a.push({
    instrument: 'SCORE-15',
    session: 0,
    date: '2025-01-02',
    rater: 'parent',
    respondentId: 'p2',
    items: SCORE_BEFORE,
  });
  // Shuffle deterministically: the trajectory must not depend on input order.
  const shuffled = a
    .map((x, i) => ({ x, k: (i * 7919) % 101 }))
    .sort((p, q) => p.k - q.k)
    .map((p) => p.x);
  return { caseId: 'c-42', closedOn: '2025-02-12', administrations: shuffled };
}

describe('buildTrajectory', () => {
  const t: Trajectory = value(
    buildTrajectory(youngPersonCase(), undefined, { asOf: '2025-06-01' }),
  );

  it('orders each series by session, whatever order the records came in', () => {
    expect(t.outcome).toHaveLength(1);
    expect(t.outcome[0]!.points.map((p) => p.session)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(t.outcome[0]!.points.map((p) => p.score.total)).toEqual([14, 17, 19, 24, 29.5, 31]);
    expect([t.firstSession, t.lastSession, t.closed]).toEqual([1, 6, true]);
  });

  it('gives change since first and the latest category on adolescent norms', () => {
    expect(t.outcome[0]).toMatchObject({
      form: 'ORS',
      rater: 'young-person',
      population: 'adolescent',
      cutoff: 28,
      threshold: 5,
      changeSinceFirst: 17,
      latestCategory: 'recovered',
    });
  });

  it('puts KASAM at the first and the second-to-last session and checks the protocol', () => {
    expect(t.kasam).toHaveLength(1);
    const k = t.kasam[0]!;
    expect(k.first?.session).toBe(1);
    expect(k.secondToLast?.session).toBe(5);
    expect(k).toMatchObject({ dueAtSession: 5, onProtocol: true, difference: 26, change: null });
  });

  it('places SCORE-15 before, during and at closure, per family member', () => {
    expect(t.score15).toHaveLength(2);
    const p1 = t.score15.find((s) => s.respondentId === 'p1')!;
    expect(p1.before?.session).toBe(0);
    expect(p1.during.map((p) => p.session)).toEqual([3]);
    expect(p1.closure?.session).toBe(6);
    expect(p1.change).toMatchObject({ pre: 55, post: 15, change: -40, category: 'improved' });
    expect(p1.latestExtra).toEqual({ problemSeverity: 3 });
    const p2 = t.score15.find((s) => s.respondentId === 'p2')!;
    expect([p2.before?.session, p2.closure, p2.change]).toEqual([0, null, null]);
  });

  it('sets the follow-up 3 months after closure and alerts when it is overdue', () => {
    expect(t.followUp).toEqual({
      closedOn: '2025-02-12',
      dueOn: '2025-05-12',
      done: false,
      doneOn: null,
      overdue: true,
    });
    expect(t.alerts.map((a) => a.code)).toEqual(['FOLLOW_UP_DUE']);
    const done = value(
      buildTrajectory({ ...youngPersonCase(), followUpOn: '2025-05-20' }, undefined, {
        asOf: '2025-06-01',
      }),
    );
    expect(done.followUp).toMatchObject({ done: true, doneOn: '2025-05-20', overdue: false });
    expect(value(buildTrajectory(youngPersonCase())).followUp?.overdue).toBeNull();
  });

  it('clamps the follow-up date to the end of a short month', () => {
    const r = value(buildTrajectory({ caseId: 'c', closedOn: '2025-11-30', administrations: [] }));
    expect(r.followUp?.dueOn).toBe('2026-02-28');
    expect(
      value(
        buildTrajectory(
          { caseId: 'c', closedOn: '2025-11-30', administrations: [] },
          { followUpMonths: 6 },
        ),
      ).followUp?.dueOn,
    ).toBe('2026-05-30');
  });
});

describe('buildTrajectory alerts', () => {
  const ors = (
    session: number,
    total: number,
    extra: Partial<Administration> = {},
  ): Administration => ({
    instrument: 'ORS',
    session,
    date: `2025-03-${String(session).padStart(2, '0')}`,
    rater: 'young-person',
    age: 16,
    items: orsItems(total),
    ...extra,
  });
  const srs = (session: number, total: number): Administration => ({
    ...ors(session, total),
    instrument: 'SRS',
  });

  it('alerts when there is no reliable improvement by the configured session', () => {
    const record = {
      caseId: 'c',
      administrations: [ors(1, 20), ors(2, 21), ors(3, 22), ors(4, 23)],
    };
    const t = value(buildTrajectory(record));
    expect(t.alerts).toEqual([
      expect.objectContaining({
        code: 'NO_RELIABLE_IMPROVEMENT',
        instrument: 'ORS',
        rater: 'young-person',
        session: 4,
      }),
    ]);
    expect(value(buildTrajectory(record, { noImprovementBySession: 5 })).alerts).toEqual([]);
    expect(
      value(buildTrajectory({ caseId: 'c', administrations: [ors(1, 20), ors(4, 25)] })).alerts,
    ).toEqual([]);
  });

  it('alerts on reliable deterioration', () => {
    const t = value(buildTrajectory({ caseId: 'c', administrations: [ors(1, 30), ors(2, 24)] }));
    expect(t.outcome[0]!.latestCategory).toBe('deteriorated');
    expect(t.alerts.map((a) => a.code)).toEqual(['RELIABLE_DETERIORATION']);
  });

  it('alerts when the SRS falls by a point since last session and when it is below 36', () => {
    const falling = value(
      buildTrajectory({ caseId: 'c', administrations: [srs(1, 39), srs(2, 38)] }),
    );
    expect(falling.session[0]).toMatchObject({
      form: 'SRS',
      falling: true,
      latestAllianceFlag: false,
    });
    expect(falling.alerts.map((a) => a.code)).toEqual(['SRS_FALLING']);
    const low = value(buildTrajectory({ caseId: 'c', administrations: [srs(1, 34), srs(2, 35)] }));
    expect(low.alerts.map((a) => a.code)).toEqual(['SRS_BELOW_CUTOFF']);
    const fine = value(
      buildTrajectory({ caseId: 'c', administrations: [srs(1, 38), srs(2, 37.1)] }),
    );
    expect(fine.alerts).toEqual([]);
  });

  it('gives CORS no category (and no improvement alert) until a CORS threshold is configured', () => {
    const cors = (s: number, total: number): Administration => ({
      ...ors(s, total),
      instrument: 'CORS',
      rater: 'child',
      age: 9,
    });
    const record = { caseId: 'c', administrations: [cors(1, 20), cors(4, 26)] };
    const plain = value(buildTrajectory(record));
    expect(plain.outcome[0]).toMatchObject({
      threshold: null,
      changeSinceFirst: 6,
      latestCategory: null,
      change: null,
    });
    expect(plain.alerts).toEqual([]);
    const nhs = value(buildTrajectory(record, { reliableChange: RELIABLE_CHANGE_NHS_CYP }));
    expect(nhs.outcome[0]).toMatchObject({ threshold: 10, latestCategory: 'unchanged' });
    expect(nhs.alerts.map((a) => a.code)).toEqual(['NO_RELIABLE_IMPROVEMENT']);
  });

  it('keeps caretaker and own ratings apart and flags the caretaker series', () => {
    const t = value(
      buildTrajectory({
        caseId: 'c',
        administrations: [
          ors(1, 20),
          ors(1, 15, { rater: 'parent' }),
          ors(2, 26),
          ors(2, 16, { rater: 'parent' }),
        ],
      }),
    );
    expect(t.outcome.map((s) => [s.rater, s.caretakerRated, s.latestCategory])).toEqual([
      ['young-person', false, 'improved'],
      ['parent', true, 'unchanged'],
    ]);
  });
});

describe('buildTrajectory input handling', () => {
  it('lists invalid administrations with paths into the record and records YCORS unscored', () => {
    const t = value(
      buildTrajectory({
        caseId: 'c',
        administrations: [
          {
            instrument: 'ORS',
            session: 1,
            date: '2025-01-01',
            rater: 'young-person',
            items: [5, 5, 11, 5],
          },
          {
            instrument: 'YCORS',
            session: 1,
            date: '2025-01-01',
            rater: 'child',
            items: [1, 2, 3, 4],
          },
          {
            instrument: 'SOC-13',
            session: 1,
            date: '2025-01-01',
            rater: 'young-person',
            items: [4, 4],
          },
        ],
      }),
    );
    expect(
      t.invalid.map((i) => [i.index, i.instrument, i.error.code, i.error.issues[0]!.path]),
    ).toEqual([
      [0, 'ORS', 'OUT_OF_RANGE', 'administrations.0.items.2'],
      [2, 'SOC-13', 'WRONG_ITEM_COUNT', 'administrations.2.items'],
    ]);
    expect(t.unscored).toEqual([
      { index: 1, session: 1, date: '2025-01-01', instrument: 'YCORS', rater: 'child' },
    ]);
    expect(t.outcome).toEqual([]);
  });

  it('returns INVALID_INPUT with field paths for a malformed record', () => {
    const r = buildTrajectory({
      caseId: '',
      administrations: [{ instrument: 'ORS', session: -1, date: '1 May', rater: 'x', items: [] }],
    });
    expect(r.ok).toBe(false);
    const e = (r as { error: OutcomesError }).error;
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues.map((i) => i.path).sort()).toEqual([
      'administrations.0.date',
      'administrations.0.rater',
      'administrations.0.session',
      'caseId',
    ]);
    expect(buildTrajectory('nope').ok).toBe(false);
    expect(
      buildTrajectory({ caseId: 'c', administrations: [] }, undefined, { asOf: 'tomorrow' }).ok,
    ).toBe(false);
  });

  it('tells when KASAM is due from the planned sessions of an open case', () => {
    const t = value(
      buildTrajectory({
        caseId: 'c',
        plannedSessions: 8,
        administrations: [
          {
            instrument: 'SOC-29',
            session: 1,
            date: '2025-01-01',
            rater: 'young-person',
            items: Array.from({ length: 29 }, () => 4),
          },
          {
            instrument: 'SOC-29',
            session: 5,
            date: '2025-02-01',
            rater: 'young-person',
            items: Array.from({ length: 29 }, () => 5),
          },
        ],
      }),
    );
    expect(t.kasam[0]).toMatchObject({ form: 'SOC-29', dueAtSession: 7, onProtocol: false });
  });
});
