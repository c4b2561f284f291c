import { describe, expect, it } from 'vitest';
import { aggregateOutcomes, type AggregateCell } from './aggregate.js';
import { RELIABLE_CHANGE_NHS_CYP } from './config.js';
import type { OutcomesError } from './errors.js';
import { parseObservations, type OutcomeObservation } from './schemas.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

let nextCase = 0;
/** One adult ORS case: pre (and post, if given) with the groups it belongs to. */
function orsCase(
  pre: number,
  post: number | null,
  groups: Partial<OutcomeObservation> = {},
): OutcomeObservation[] {
  const caseId = `case-${nextCase++}`;
  const base = {
    caseId,
    instrument: 'ORS',
    rater: 'young-person',
    population: 'adult',
    ...groups,
  } as const;
  const out: OutcomeObservation[] = [{ ...base, session: 1, score: pre }];
  if (post !== null) out.push({ ...base, session: 5, score: post });
  return out;
}
function many(
  count: number,
  pre: number,
  post: number | null,
  groups: Partial<OutcomeObservation>,
): OutcomeObservation[] {
  return Array.from({ length: count }, () => orsCase(pre, post, groups)).flat();
}
function cell(cells: readonly AggregateCell[] | undefined, key: string): AggregateCell {
  const c = cells?.find((x) => x.key === key);
  if (!c) throw new Error(`no cell ${key}`);
  return c;
}

// Adult ORS: threshold 5, cutoff 25.
const RECOVERED = [20, 27] as const;
const IMPROVED = [26, 32] as const;
const UNCHANGED = [20, 22] as const;
const DETERIORATED = [30, 20] as const;

describe('aggregateOutcomes', () => {
  it('reports n, completion, mean change and the four categories per group', () => {
    const g = { districtId: 'a' };
    const obs = [
      ...many(5, ...RECOVERED, g),
      ...many(5, ...IMPROVED, g),
      ...many(5, ...UNCHANGED, g),
      ...many(5, ...DETERIORATED, g),
      ...many(5, 20, null, g),
    ];
    const report = value(aggregateOutcomes(obs, { dimensions: ['district'] }));
    expect(report.groups.district).toEqual([
      {
        dimension: 'district',
        key: 'a',
        suppressed: false,
        n: 25,
        completedBoth: 20,
        shareCompletedBoth: 0.8,
        meanChange: (5 * 7 + 5 * 6 + 5 * 2 - 5 * 10) / 20,
        categoriesAvailable: true,
        recovered: { count: 5, share: 0.25 },
        improved: { count: 5, share: 0.25 },
        unchanged: { count: 5, share: 0.25 },
        deteriorated: { count: 5, share: 0.25 },
        reliablyImproved: { count: 10, share: 0.5 },
      },
    ]);
    expect(report).toMatchObject({ measure: 'pcoms', method: 'fixed', minCellSize: 5 });
    expect(report.diagnostics).toEqual({
      observations: 45,
      used: 45,
      otherInstrument: 0,
      cases: 25,
      casesWithoutRater: 0,
      uncategorised: 0,
    });
  });

  it('hides a whole group with fewer than 5 cases', () => {
    const report = value(
      aggregateOutcomes(many(4, ...RECOVERED, { districtId: 'small' }), {
        dimensions: ['district'],
      }),
    );
    expect(cell(report.groups.district, 'small')).toMatchObject({
      suppressed: true,
      n: null,
      completedBoth: null,
      meanChange: null,
      categoriesAvailable: false,
      recovered: { count: null, share: null },
    });
  });

  it('hides counts from 1 to 4 and one more category when only one would be hidden', () => {
    const g = { districtId: 'd' };
    const obs = [
      ...many(2, ...RECOVERED, g),
      ...many(5, ...IMPROVED, g),
      ...many(6, ...UNCHANGED, g),
    ];
    const c = cell(
      value(aggregateOutcomes(obs, { dimensions: ['district'] })).groups.district,
      'd',
    );
    expect(c).toMatchObject({
      n: 13,
      completedBoth: 13,
      recovered: { count: null, share: null },
      improved: { count: null, share: null }, // hidden as the complement
      unchanged: { count: 6, share: 6 / 13 },
      deteriorated: { count: 0, share: 0 },
      reliablyImproved: { count: 7, share: 7 / 13 },
    });
  });

  it('hides recovered + improved when it would reveal a hidden part', () => {
    const g = { districtId: 'e' };
    const obs = [
      ...many(3, ...RECOVERED, g),
      ...many(7, ...IMPROVED, g),
      ...many(6, ...DETERIORATED, g),
    ];
    const c = cell(
      value(aggregateOutcomes(obs, { dimensions: ['district'] })).groups.district,
      'e',
    );
    expect([c.recovered.count, c.improved.count, c.unchanged.count, c.deteriorated.count]).toEqual([
      null,
      7,
      0,
      null,
    ]);
    expect(c.reliablyImproved.count).toBeNull();
  });

  it('hides n when 1 to 4 cases did not complete, so the dropouts cannot be read off', () => {
    const g = { districtId: 'f' };
    const obs = [...many(10, ...IMPROVED, g), ...many(2, 20, null, g)];
    const c = cell(
      value(aggregateOutcomes(obs, { dimensions: ['district'] })).groups.district,
      'f',
    );
    expect(c).toMatchObject({
      n: null,
      completedBoth: 10,
      shareCompletedBoth: null,
      meanChange: 6,
      improved: { count: 10, share: 1 },
    });
  });

  it('hides change figures when 1 to 4 completed', () => {
    const g = { districtId: 'h' };
    const c = cell(
      value(
        aggregateOutcomes([...many(3, ...IMPROVED, g), ...many(6, 20, null, g)], {
          dimensions: ['district'],
        }),
      ).groups.district,
      'h',
    );
    expect(c).toMatchObject({
      n: 9,
      completedBoth: null,
      shareCompletedBoth: null,
      meanChange: null,
      improved: { count: null },
    });
  });

  it('follows minCellSize', () => {
    const obs = many(3, ...RECOVERED, { districtId: 'x' });
    expect(
      cell(
        value(aggregateOutcomes(obs, { dimensions: ['district'] }, { minCellSize: 3 })).groups
          .district,
        'x',
      ),
    ).toMatchObject({
      suppressed: false,
      n: 3,
      recovered: { count: 3, share: 1 },
    });
  });

  it('cuts by cohort, service, provider and district, skipping records without the key', () => {
    const obs = [
      ...many(5, ...IMPROVED, {
        cohortId: 'k1',
        serviceId: 's1',
        providerId: 'p1',
        districtId: 'd1',
      }),
      ...many(5, ...IMPROVED, { serviceId: 's1', providerId: 'p2', districtId: 'd1' }),
    ];
    const g = value(aggregateOutcomes(obs)).groups;
    expect(g.cohort?.map((c) => [c.key, c.n])).toEqual([['k1', 5]]);
    expect(g.service?.map((c) => [c.key, c.n])).toEqual([['s1', 10]]);
    expect(g.provider?.map((c) => [c.key, c.n])).toEqual([
      ['p1', 5],
      ['p2', 5],
    ]);
    expect(g.district?.map((c) => [c.key, c.n])).toEqual([['d1', 10]]);
  });

  it('counts each case once, preferring the child’s own rating, and takes groups from the first administration', () => {
    const obs: OutcomeObservation[] = [];
    for (let i = 0; i < 5; i++) {
      const caseId = `fam-${i}`;
      obs.push(
        { caseId, instrument: 'CORS', rater: 'parent', session: 1, score: 20, districtId: 'd' },
        { caseId, instrument: 'CORS', rater: 'parent', session: 2, score: 20, districtId: 'd' },
        { caseId, instrument: 'CORS', rater: 'parent', session: 3, score: 20, districtId: 'd' },
        { caseId, instrument: 'CORS', rater: 'child', session: 3, score: 30, districtId: 'moved' },
        { caseId, instrument: 'CORS', rater: 'child', session: 1, score: 15, districtId: 'd' },
      );
    }
    obs.push({
      caseId: 'staff-only',
      instrument: 'CORS',
      rater: 'staff',
      session: 1,
      score: 20,
      districtId: 'd',
    });
    const report = value(
      aggregateOutcomes(
        obs,
        { dimensions: ['district'] },
        { reliableChange: RELIABLE_CHANGE_NHS_CYP, raterPriority: ['child', 'parent'] },
      ),
    );
    expect(report.groups.district).toHaveLength(1);
    expect(cell(report.groups.district, 'd')).toMatchObject({
      n: 5,
      completedBoth: 5,
      meanChange: 15,
      improved: { count: 5 },
    });
    expect(report.diagnostics.casesWithoutRater).toBe(1);
  });

  it('gives no categories for CORS until a threshold is configured', () => {
    const obs = Array.from({ length: 5 }, (_, i) => [
      {
        caseId: `k${i}`,
        instrument: 'CORS' as const,
        rater: 'child' as const,
        session: 1,
        score: 20,
        districtId: 'd',
      },
      {
        caseId: `k${i}`,
        instrument: 'CORS' as const,
        rater: 'child' as const,
        session: 4,
        score: 33,
        districtId: 'd',
      },
    ]).flat();
    const plain = value(aggregateOutcomes(obs, { dimensions: ['district'] }));
    expect(cell(plain.groups.district, 'd')).toMatchObject({
      completedBoth: 5,
      meanChange: 13,
      categoriesAvailable: false,
      recovered: { count: null },
    });
    expect(plain.diagnostics.uncategorised).toBe(5);
    const nhs = value(
      aggregateOutcomes(
        obs,
        { dimensions: ['district'] },
        { reliableChange: RELIABLE_CHANGE_NHS_CYP },
      ),
    );
    expect(cell(nhs.groups.district, 'd')).toMatchObject({
      categoriesAvailable: true,
      recovered: { count: 5, share: 1 },
    });
  });

  it('aggregates SCORE-15 with improvement as a decrease, and ignores other instruments', () => {
    const obs = Array.from({ length: 6 }, (_, i) => [
      {
        caseId: `s${i}`,
        instrument: 'SCORE-15' as const,
        rater: 'parent' as const,
        session: 0,
        score: 50,
        districtId: 'd',
      },
      {
        caseId: `s${i}`,
        instrument: 'SCORE-15' as const,
        rater: 'parent' as const,
        session: 8,
        score: 38,
        districtId: 'd',
      },
    ]).flat();
    const withOrs = [...obs, ...orsCase(20, 27, { districtId: 'd' })];
    const report = value(
      aggregateOutcomes(withOrs, { measure: 'SCORE-15', dimensions: ['district'] }),
    );
    expect(cell(report.groups.district, 'd')).toMatchObject({
      n: 6,
      meanChange: -12,
      improved: { count: 6, share: 1 },
    });
    expect(report.diagnostics.otherInstrument).toBe(2);
  });

  it('classifies with the J&T RCI on request', () => {
    const obs = many(5, 20, 24, { districtId: 'r' });
    const fixed = cell(
      value(aggregateOutcomes(obs, { dimensions: ['district'] })).groups.district,
      'r',
    );
    expect(fixed.unchanged.count).toBe(5);
    const rci = value(
      aggregateOutcomes(obs, { dimensions: ['district'], rci: { sd: 4, reliability: 0.9 } }),
    );
    expect(rci.method).toBe('rci');
    expect(cell(rci.groups.district, 'r').improved.count).toBe(5); // RCV = 1.96·√2·4·√0.1 ≈ 3.5
  });

  it('returns typed errors for bad observations and requests', () => {
    const bad = [...orsCase(20, 27), { ...orsCase(20, null)[0]!, score: 41 }];
    const e = (aggregateOutcomes(bad) as { ok: false; error: OutcomesError }).error;
    expect(e.issues[0]).toMatchObject({ code: 'OUT_OF_RANGE', path: '2.score' });
    expect(
      (
        aggregateOutcomes([{ ...orsCase(1, null)[0]!, instrument: 'X' as never }]) as {
          error: OutcomesError;
        }
      ).error.code,
    ).toBe('UNKNOWN_FORM');
    expect(
      (aggregateOutcomes([], { measure: 'SRS' as never }) as { error: OutcomesError }).error.code,
    ).toBe('UNKNOWN_FORM');
    expect(
      (aggregateOutcomes([], { dimensions: ['school' as never] }) as { error: OutcomesError }).error
        .code,
    ).toBe('INVALID_INPUT');
    expect(
      (aggregateOutcomes([], { rci: { sd: 4, reliability: 1 } }) as { error: OutcomesError }).error
        .issues[0],
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'rci.reliability' });
    expect(
      (aggregateOutcomes([], {}, { minCellSize: 0 }) as { error: OutcomesError }).error.code,
    ).toBe('INVALID_CONFIG');
  });
});

describe('parseObservations', () => {
  it('checks untrusted observations with paths', () => {
    expect(value(parseObservations(orsCase(20, 27)))).toHaveLength(2);
    const r = parseObservations([
      { caseId: 'c', instrument: 'ORS', session: 1, rater: 'young-person', score: 'high' },
    ]);
    expect(r.ok).toBe(false);
    expect((r as { error: OutcomesError }).error.issues[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: '0.score',
    });
  });
});
