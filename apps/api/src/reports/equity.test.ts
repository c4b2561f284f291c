import { randomUUID } from 'node:crypto';
import { stockholmCatalogue } from '@lotsen/catalogue';
import type { ReferralStatus } from '@lotsen/domain';
import type { OutcomeAdministration, StoredReferral } from '@lotsen/storage';
import { describe, expect, it } from 'vitest';
import { equityCsv, equityReport, median, percentile, type EquityRow } from './equity.js';

const catalogue = stockholmCatalogue();
const DAY = 86_400_000;

function referral(
  status: ReferralStatus,
  needs: string[],
  options: { district?: string; submittedAt?: string | undefined; waitDays?: number } = {},
): StoredReferral {
  const submittedAt = 'submittedAt' in options ? options.submittedAt : '2026-01-01T09:00:00.000Z';
  const started =
    submittedAt !== undefined && options.waitDays !== undefined
      ? new Date(Date.parse(submittedAt) + options.waitDays * DAY).toISOString()
      : '2026-01-02T09:00:00.000Z';
  return {
    id: randomUUID(),
    status,
    version: 3,
    child: { pseudonym: 'X-1', age: 9, districtId: options.district ?? 'farsta', languages: [] },
    needs,
    serviceId: 'farsta-humlan',
    consent: { givenBy: 'guardians', recordedOn: '2026-01-01', scope: 'referral' },
    createdAt: '2026-01-01T09:00:00.000Z',
    // Without a restorable snapshot, the report takes the last change as the start.
    updatedAt: started,
    snapshot: {},
    priority: 0,
    ...(submittedAt === undefined ? {} : { submittedAt }),
  };
}

function row(rows: readonly EquityRow[], district: string, need: string): EquityRow {
  const found = rows.find((r) => r.districtId === district && r.needId === need);
  if (!found) throw new Error(`no row ${district}/${need}`);
  return found;
}

describe('median and percentile', () => {
  it('takes the mean of the middle two, and the nearest rank', () => {
    expect(median([1, 2, 3])).toBe(2);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5, 7, 100], 90)).toBe(100);
  });
});

describe('equityReport', () => {
  const need = 'parental-substance-abuse';
  const waits = [5, 10, 15, 20, 25, 28, 35, 40, 45, 50];
  const started = waits.map((waitDays, i) =>
    referral(i < 5 ? 'completed' : 'enrolled', [need], { waitDays }),
  );
  const waiting = [referral('waitlisted', [need]), referral('waitlisted', [need])];
  const few = [1, 2, 3].map(() => referral('submitted', ['family-conflict']));
  const draft = referral('draft', [need], { submittedAt: undefined });
  const elsewhere = referral('submitted', [need], { district: 'bromma' });
  const outcomes = new Map<string, OutcomeAdministration[]>(
    started.slice(0, 6).map((r) => [
      r.id,
      [16, 29.5].map((total, i) => ({
        id: randomUUID(),
        referralId: r.id,
        instrument: 'ORS',
        session: i === 0 ? 1 : 4,
        date: i === 0 ? '2026-02-01' : '2026-03-01',
        rater: 'young-person' as const,
        items: [],
        score: { kind: 'outcome', total, population: 'adolescent', caretakerRated: false },
        recordedAt: '2026-03-01T10:00:00.000Z',
      })),
    ]),
  );
  const report = equityReport({
    catalogue,
    referrals: [...started, ...waiting, ...few, draft, elsewhere],
    outcomes,
    asOf: '2026-06-30',
  });

  it('counts waits to the start, or to the report date for children still waiting', () => {
    const r = row(report.rows, 'farsta', need);
    expect(r.referrals).toBe(12);
    // [5 … 50] started, two still waiting 180 days: median of 28 and 35, 90th percentile 180.
    expect(r.waitingDaysMedian).toBe(31.5);
    expect(r.waitingDaysP90).toBe(180);
    expect(r.startedWithin30DaysShare).toBe(0.5);
    expect(r.completionShare).toBe(1);
    const population = catalogue.district('farsta')!.population0to20!.count;
    expect(r.population0to20).toBe(population);
    expect(r.referralsPer1000).toBe(Math.round((12 / population) * 1000 * 100) / 100);
  });

  it('shows outcome shares from @lotsen/outcomes', () => {
    const r = row(report.rows, 'farsta', need);
    expect(r.outcomeCases).toBe(6);
    expect(r.recoveredShare).toBe(1);
    expect(r.improvedShare).toBe(1);
    expect(r.deterioratedShare).toBe(0);
  });

  it('suppresses counts of 1–4 and shares that would give them away, and says which', () => {
    const r = row(report.rows, 'farsta', need);
    // 10 of 12 are closed loops: the 2 still open would show by subtraction.
    expect(r.closedLoopRate).toBeNull();
    expect(r.suppressed).toEqual(['closedLoopRate']);
    const small = row(report.rows, 'farsta', 'family-conflict');
    expect(small.referrals).toBeNull();
    expect(small.referralsPer1000).toBeNull();
    expect(small.waitingDaysMedian).toBeNull();
    expect(small.suppressed).toEqual(
      expect.arrayContaining(['referrals', 'waitingDaysMedian', 'closedLoopRate']),
    );
    const single = row(report.rows, 'bromma', need);
    expect(single.referrals).toBeNull();
    const none = row(report.rows, 'farsta', 'adoption');
    expect(none).toMatchObject({
      referrals: 0,
      referralsPer1000: 0,
      closedLoopRate: null,
      suppressed: [],
    });
  });

  it('leaves drafts out, and says where a local group exists', () => {
    expect(row(report.rows, 'farsta', need).referrals).toBe(12);
    expect(row(report.rows, 'farsta', need).localGroupSupport).toBe(true);
    expect(row(report.rows, 'farsta', 'protection-concern').localGroupSupport).toBe(false);
    const districts = new Set(report.rows.map((r) => r.districtId));
    expect(districts.size).toBe(catalogue.districts.length);
  });

  it('writes the same rows as CSV, hidden figures empty', () => {
    const csv = equityCsv(report);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(report.rows.length + 1);
    expect(lines[0]).toMatch(
      /^districtId,districtName,needId,needLabel,localGroupSupport,referrals,/,
    );
    const farsta = lines.find((l) => l.startsWith(`farsta,Farsta,${need},`))!;
    expect(farsta).toContain(',yes,12,');
    expect(farsta.endsWith(',closedLoopRate')).toBe(true);
    const small = lines.find((l) => l.startsWith('farsta,Farsta,family-conflict,'))!;
    expect(small).toMatch(/,no,,/);
  });

  it('quotes commas and keeps a leading formula character as text', () => {
    const csv = equityCsv({
      asOf: '2026-06-30',
      minCellSize: 5,
      rows: [
        { ...row(report.rows, 'farsta', need), districtName: '=HYPERLINK("x")', needLabel: 'a, b' },
      ],
    });
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, b"');
  });
});
