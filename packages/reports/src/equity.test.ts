import { randomUUID } from 'node:crypto';
import { createCatalogue, stockholmCatalogue, stockholmCatalogueData } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import {
  equityCsv,
  equityReport,
  type EquityInput,
  type EquityReport,
  type EquityRow,
  type OutcomeFact,
  type ReferralFacts,
} from './index.js';

const catalogue = stockholmCatalogue();
const DAY = 86_400_000;
const SUBMITTED = '2026-01-01T09:00:00.000Z';
const NEED = 'parental-substance-abuse';

/** An ISO timestamp `days` after `from`. */
function after(from: string, days: number): string {
  return new Date(Date.parse(from) + days * DAY).toISOString();
}

function referral(needs: string[], facts: Partial<ReferralFacts> = {}): ReferralFacts {
  return { id: randomUUID(), districtId: 'farsta', needs, submittedAt: SUBMITTED, ...facts };
}

/** A child who started after `wait` days. */
function started(wait: number, facts: Partial<ReferralFacts> = {}): ReferralFacts {
  return referral([NEED], { enrolledAt: after(SUBMITTED, wait), ...facts });
}

function ors(total: number, session: number, date: string): OutcomeFact {
  return {
    instrument: 'ORS',
    session,
    date,
    rater: 'young-person',
    total,
    population: 'adolescent',
    caretakerRated: false,
  };
}

function report(input: Partial<EquityInput> & Pick<EquityInput, 'referrals'>): EquityReport {
  const result = equityReport({ catalogue, asOf: '2026-06-30', ...input });
  if (!result.ok) throw result.error;
  return result.value;
}

function row(r: EquityReport, district: string, need: string): EquityRow {
  const found = r.rows.find((x) => x.districtId === district && x.needId === need);
  if (!found) throw new Error(`no row ${district}/${need}`);
  return found;
}

describe('equityReport', () => {
  // Ten children started after 5 … 50 days, the first five completed; two still wait.
  const waits = [5, 10, 15, 20, 25, 28, 35, 40, 45, 50];
  const starts = waits.map((wait, i) =>
    started(wait, {
      ...(i < 5 ? { completedAt: after(SUBMITTED, wait + 70) } : {}),
      // Six have an ORS series that recovers (16 → 29.5, adolescent cutoff 28).
      ...(i < 6 ? { outcomes: [ors(16, 1, '2026-03-01'), ors(29.5, 4, '2026-04-01')] } : {}),
    }),
  );
  const waiting = [referral([NEED]), referral([NEED])];
  const few = [1, 2, 3].map(() => referral(['family-conflict']));
  const draft = referral([NEED], { submittedAt: null });
  const elsewhere = referral([NEED], { districtId: 'bromma' });
  const r = report({ referrals: [...starts, ...waiting, ...few, draft, elsewhere] });

  it('counts waits to the start, or to the report date for children still waiting', () => {
    const cell = row(r, 'farsta', NEED);
    expect(cell.referrals).toBe(12);
    // [5 … 50] started, two still waiting 180 days: median of 28 and 35, 90th percentile 180.
    expect(cell.waitingDaysMedian).toBe(31.5);
    expect(cell.waitingDaysP90).toBe(180);
    expect(cell.startedWithin30DaysShare).toBe(0.5);
    expect(cell.completionShare).toBe(1);
    const population = catalogue.district('farsta')!.population0to20!.count;
    expect(cell.population0to20).toBe(population);
    expect(cell.populationYear).toBe(catalogue.district('farsta')!.population0to20!.year);
    expect(cell.referralsPer1000).toBe(Math.round((12 / population) * 1000 * 100) / 100);
  });

  it('shows outcome shares from @lotsen/outcomes', () => {
    expect(row(r, 'farsta', NEED)).toMatchObject({
      outcomeCases: 6,
      recoveredShare: 1,
      improvedShare: 1,
      deterioratedShare: 0,
    });
  });

  it('suppresses counts of 1–4 and shares that would give them away, and names them', () => {
    const cell = row(r, 'farsta', NEED);
    // 10 of 12 are closed loops: the 2 still open would show by subtraction.
    expect(cell.closedLoopRate).toBeNull();
    expect(cell.suppressed).toEqual(['closedLoopRate']);
    const small = row(r, 'farsta', 'family-conflict');
    expect(small).toMatchObject({
      referrals: null,
      referralsPer1000: null,
      waitingDaysMedian: null,
      waitingDaysP90: null,
      closedLoopRate: null,
    });
    // Three waited 180 days without a start: 0 of 3 would still show that there are three.
    expect(small.suppressed).toEqual([
      'referrals',
      'referralsPer1000',
      'waitingDaysMedian',
      'waitingDaysP90',
      'startedWithin30DaysShare',
      'closedLoopRate',
    ]);
    expect(row(r, 'bromma', NEED).referrals).toBeNull();
    // Nothing at all: zero is shown, and a share of nothing is not a hidden share.
    expect(row(r, 'farsta', 'adoption')).toMatchObject({
      referrals: 0,
      referralsPer1000: 0,
      waitingDaysMedian: null,
      closedLoopRate: null,
      outcomeCases: null,
      suppressed: [],
    });
  });

  it('leaves drafts out, says where a local group exists, and has every district and need', () => {
    expect(row(r, 'farsta', NEED).localGroupSupport).toBe(true);
    expect(row(r, 'farsta', 'protection-concern').localGroupSupport).toBe(false);
    expect(r.rows).toHaveLength(catalogue.districts.length * catalogue.needs.needs.length);
    expect(r).toMatchObject({ asOf: '2026-06-30', minCellSize: 5 });
  });

  it('does not count a group whose need is an estimate as local group support', () => {
    // Enskede-Årsta-Vantör's children's groups with Skarpnäck and Farsta: the report names no
    // target group, so their needs are our estimate; Skarpnäck has no other group for this need.
    const estimated = catalogue.service('enskede-arsta-vantor-barngrupper');
    expect(estimated?.needsEstimated).toBe(true);
    expect(estimated?.needs).toContain('domestic-violence-witnessed');
    expect(row(r, 'skarpnack', 'domestic-violence-witnessed').localGroupSupport).toBe(false);
    expect(row(r, 'enskede-arsta-vantor', 'parental-mental-illness').localGroupSupport).toBe(false);
    // A group of stated need in the same catchment still counts (Farsta's Humlan).
    expect(row(r, 'farsta', 'parental-mental-illness').localGroupSupport).toBe(true);
  });

  it('hides nothing with a cell size of 1, and more with a larger one', () => {
    const open = report({ referrals: [...starts, ...waiting, ...few], minCellSize: 1 });
    expect(row(open, 'farsta', 'family-conflict').referrals).toBe(3);
    expect(row(open, 'farsta', NEED).closedLoopRate).toBe(0.833);
    expect(open.rows.every((x) => x.suppressed.length === 0)).toBe(true);
    const strict = report({ referrals: [...starts, ...waiting, ...few], minCellSize: 13 });
    expect(row(strict, 'farsta', NEED).referrals).toBeNull();
  });
});

describe('equityReport as of a date', () => {
  it('counts each referral as it stood at the end of that day', () => {
    // Submitted on day 0, started on day 40, completed on day 120; a second submitted on day 100.
    const children = Array.from({ length: 5 }, () =>
      started(40, { completedAt: after(SUBMITTED, 120) }),
    );
    const later = Array.from({ length: 5 }, () =>
      referral([NEED], { submittedAt: after(SUBMITTED, 100) }),
    );
    const referrals = [...children, ...later];
    const day = (n: number) => after(SUBMITTED, n).slice(0, 10);

    const before = row(report({ referrals, asOf: day(20) }), 'farsta', NEED);
    expect(before).toMatchObject({ referrals: 5, waitingDaysMedian: 20, completionShare: null });
    // Nobody has waited 30 days yet, and nobody started: nothing to measure.
    expect(before.startedWithin30DaysShare).toBeNull();
    expect(before.suppressed).toEqual([]);

    const waitingLong = row(report({ referrals, asOf: day(35) }), 'farsta', NEED);
    expect(waitingLong.startedWithin30DaysShare).toBe(0);
    expect(waitingLong.closedLoopRate).toBe(0);

    const startedLate = row(report({ referrals, asOf: day(60) }), 'farsta', NEED);
    expect(startedLate).toMatchObject({
      waitingDaysMedian: 40,
      startedWithin30DaysShare: 0,
      closedLoopRate: 1,
    });

    const all = row(report({ referrals, asOf: day(130) }), 'farsta', NEED);
    expect(all).toMatchObject({ referrals: 10, completionShare: 1, closedLoopRate: 0.5 });
    // Five started after 40 days, five have waited 30 days since day 100.
    expect(all.waitingDaysMedian).toBe(35);
  });

  it('ignores outcome administrations after the date', () => {
    const referrals = Array.from({ length: 5 }, () =>
      started(5, { outcomes: [ors(16, 1, '2026-02-01'), ors(29.5, 4, '2026-05-01')] }),
    );
    expect(row(report({ referrals, asOf: '2026-04-01' }), 'farsta', NEED)).toMatchObject({
      outcomeCases: 5,
      // One administration each: no change to classify.
      recoveredShare: null,
    });
    expect(row(report({ referrals, asOf: '2026-05-01' }), 'farsta', NEED).recoveredShare).toBe(1);
  });
});

describe('equityReport: the 30-day target and closed loops', () => {
  it('counts a referral closed without a start against the target only if it waited 30 days', () => {
    const referrals = [
      ...Array.from({ length: 5 }, () => started(10)),
      // Declined on day 3: never a 30-day case, but the referrer knows.
      ...Array.from({ length: 5 }, () => referral([NEED], { closedAt: after(SUBMITTED, 3) })),
      // Withdrawn on day 45 after waiting: a missed target.
      ...Array.from({ length: 5 }, () => referral([NEED], { closedAt: after(SUBMITTED, 45) })),
    ];
    const cell = row(report({ referrals }), 'farsta', NEED);
    expect(cell.startedWithin30DaysShare).toBe(0.5);
    expect(cell.closedLoopRate).toBe(1);
    // Closed without a start: no wait. The five who started waited 10 days.
    expect(cell.waitingDaysMedian).toBe(10);
    expect(cell.waitingDaysP90).toBe(10);
  });

  it('takes completion and drop-out as the end of a start, even without an enrolment date', () => {
    const referrals = [
      ...Array.from({ length: 6 }, () => referral([NEED], { completedAt: after(SUBMITTED, 90) })),
      ...Array.from({ length: 5 }, () => referral([NEED], { followedUpAt: after(SUBMITTED, 200) })),
      ...Array.from({ length: 5 }, () =>
        referral([NEED], {
          enrolledAt: after(SUBMITTED, 20),
          discontinuedAt: after(SUBMITTED, 30),
        }),
      ),
    ];
    const cell = row(report({ referrals, asOf: '2026-12-31' }), 'farsta', NEED);
    expect(cell.completionShare).toBe(0.688);
    expect(cell.closedLoopRate).toBe(1);
    expect(cell.waitingDaysP90).toBe(200);
  });

  it('counts a start stamped before its submission as no wait', () => {
    const referrals = Array.from({ length: 5 }, () => started(-2));
    expect(row(report({ referrals }), 'farsta', NEED)).toMatchObject({
      waitingDaysMedian: 0,
      startedWithin30DaysShare: 1,
    });
  });
});

describe('equityReport: districts and needs', () => {
  it('counts a referral once per need it names, and never twice for a repeated need', () => {
    const referrals = Array.from({ length: 5 }, () =>
      referral([NEED, 'family-conflict', NEED, 'not-a-need']),
    );
    const r = report({ referrals });
    expect(row(r, 'farsta', NEED).referrals).toBe(5);
    expect(row(r, 'farsta', 'family-conflict').referrals).toBe(5);
  });

  it("counts a merged district's referrals in its successor", () => {
    const data = stockholmCatalogueData();
    const farsta = data.districts.find((d) => d.id === 'farsta')!;
    const merged = createCatalogue({
      ...data,
      districts: [
        ...data.districts,
        {
          ...farsta,
          id: 'farsta-gamla',
          aliases: [],
          neighbours: [],
          validTo: '2019-12-31',
          successorIds: ['farsta'],
        },
      ],
    });
    if (!merged.ok) throw merged.error;
    const referrals = [
      ...Array.from({ length: 3 }, () => referral([NEED])),
      ...Array.from({ length: 3 }, () => referral([NEED], { districtId: 'farsta-gamla' })),
      referral([NEED], { districtId: 'nowhere' }),
    ];
    const r = report({ referrals, catalogue: merged.value });
    expect(row(r, 'farsta', NEED).referrals).toBe(6);
    expect(r.rows.some((x) => x.districtId === 'farsta-gamla')).toBe(false);
  });
});

describe('equityReport: bad input', () => {
  it('refuses bad options with INVALID_INPUT and the path of each', () => {
    const result = equityReport({
      catalogue,
      referrals: [],
      asOf: '30/06/2026',
      minCellSize: 0,
      outcomeOptions: { adultFromAge: -3 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((i) => i.path)).toEqual([
      'asOf',
      'minCellSize',
      expect.stringMatching(/^outcomeOptions/),
    ]);
  });

  it('refuses malformed rows with INVALID_ROW and the path of each field', () => {
    const bad = [
      referral([NEED]),
      { ...referral([NEED]), enrolledAt: 'yesterday' },
      { ...referral([NEED]), needs: 'all' } as unknown as ReferralFacts,
      { ...referral([NEED]), submittedAt: 42 } as unknown as ReferralFacts,
    ];
    const result = equityReport({ catalogue, referrals: bad, asOf: '2026-06-30' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_ROW');
    expect(result.error.issues.map((i) => i.path)).toEqual([
      'referrals.1.enrolledAt',
      'referrals.2.needs',
      'referrals.3.submittedAt',
    ]);
    expect(result.error.message).toContain('referrals.1.enrolledAt');
  });

  it('skips outcome administrations it cannot use instead of failing', () => {
    const odd: OutcomeFact[] = [
      { ...ors(16, 1, '2026-02-01'), total: null },
      { ...ors(16, 1, '2026-02-01'), instrument: 'SCORE-15' },
      { ...ors(16, 1, '2026-02-01'), rater: 'neighbour' },
    ];
    const referrals = Array.from({ length: 5 }, () => started(5, { outcomes: odd }));
    expect(row(report({ referrals }), 'farsta', NEED).outcomeCases).toBeNull();
  });
});

describe('equityCsv', () => {
  const r = report({
    referrals: [
      ...Array.from({ length: 12 }, (_, i) => started(i * 5)),
      referral(['family-conflict']),
    ],
  });

  it('writes the same rows as CSV, hidden figures empty', () => {
    const lines = equityCsv(r).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(r.rows.length + 1);
    expect(lines[0]).toBe(
      'districtId,districtName,needId,needLabel,localGroupSupport,referrals,population0to20,populationYear,referralsPer1000,waitingDaysMedian,waitingDaysP90,startedWithin30DaysShare,completionShare,outcomeCases,improvedShare,recoveredShare,deterioratedShare,closedLoopRate,teamsReferrals,referrerToldRate,onWaitingList,listWaitDaysMedian,listWaitUpTo30Days,listWait31To90Days,listWaitOver90Days,suppressed',
    );
    const farsta = lines.find((l) => l.startsWith(`farsta,Farsta,${NEED},`))!;
    expect(farsta).toContain(',yes,12,');
    const small = lines.find((l) => l.startsWith('farsta,Farsta,family-conflict,'))!;
    expect(small).toMatch(/,no,,/);
    expect(small).toMatch(/,"referrals;referralsPer1000;waitingDaysMedian;[a-zA-Z0-9;]+"$/);
  });

  it('quotes commas and keeps a leading formula character as text', () => {
    const first = r.rows[0]!;
    const csv = equityCsv({
      ...r,
      rows: [{ ...first, districtName: '=HYPERLINK("x")', needLabel: 'a, b' }],
    });
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(csv).toContain(',"a, b",');
  });
});
