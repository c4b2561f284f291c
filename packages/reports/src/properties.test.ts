import { stockholmCatalogue } from '@lotsen/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from './csv.js';
import {
  equityCsv,
  equityReport,
  suppressCount,
  suppressShare,
  type EquityRow,
  type ReferralFacts,
} from './index.js';
import { median, percentile } from './stats.js';

const catalogue = stockholmCatalogue();
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00.000Z');
const DISTRICTS = ['farsta', 'bromma', 'skarholmen'];
const NEEDS = ['parental-substance-abuse', 'family-conflict', 'domestic-violence-witnessed'];

const SHARES = [
  'startedWithin30DaysShare',
  'completionShare',
  'improvedShare',
  'recoveredShare',
  'deterioratedShare',
  'closedLoopRate',
  'referrerToldRate',
] as const satisfies readonly (keyof EquityRow)[];

const at = (day: number, hour = 9) => new Date(START + day * DAY + hour * 3_600_000).toISOString();

/** A referral whose steps follow each other in time, as the referral machine allows. */
const referralArb: fc.Arbitrary<ReferralFacts> = fc
  .record({
    id: fc.uuid(),
    districtId: fc.constantFrom(...DISTRICTS),
    needs: fc.uniqueArray(fc.constantFrom(...NEEDS), { minLength: 1, maxLength: 3 }),
    submittedDay: fc.integer({ min: 0, max: 200 }),
    draft: fc.nat(9).map((n) => n === 0),
    path: fc.constantFrom('waiting', 'closed', 'enrolled', 'completed', 'followed', 'dropped'),
    wait: fc.integer({ min: 0, max: 120 }),
    length: fc.integer({ min: 1, max: 120 }),
    fromTeams: fc.boolean(),
    toldAfter: fc.option(fc.integer({ min: 0, max: 60 })),
    series: fc.option(
      fc.array(
        fc.integer({ min: 0, max: 400 }).map((t) => t / 10),
        { minLength: 1, maxLength: 4 },
      ),
    ),
  })
  .map((r) => {
    const start = r.submittedDay + r.wait;
    const end = start + r.length;
    const facts: ReferralFacts = {
      id: r.id,
      districtId: r.districtId,
      needs: r.needs,
      submittedAt: r.draft ? null : at(r.submittedDay),
      ...(r.path === 'closed' ? { closedAt: at(start) } : {}),
      ...(r.path !== 'waiting' && r.path !== 'closed' ? { enrolledAt: at(start) } : {}),
      ...(r.path === 'completed' || r.path === 'followed' ? { completedAt: at(end) } : {}),
      ...(r.path === 'followed' ? { followedUpAt: at(end + 90) } : {}),
      ...(r.path === 'dropped' ? { discontinuedAt: at(end) } : {}),
      // From the queue: made in Teams (and when its referrer heard), waiting on a list.
      fromTeams: r.fromTeams,
      ...(r.fromTeams && r.toldAfter !== null
        ? { referrerToldAt: at(r.submittedDay + r.toldAfter) }
        : {}),
      onWaitingList: r.path === 'waiting',
      ...(r.series
        ? {
            outcomes: r.series.map((total, i) => ({
              instrument: 'ORS',
              session: i + 1,
              date: at(start + i * 7).slice(0, 10),
              rater: 'young-person',
              total,
              population: 'adolescent',
              caretakerRated: false,
            })),
          }
        : {}),
    };
    return facts;
  });

const inputArb = fc.record({
  referrals: fc.array(referralArb, { maxLength: 80 }),
  asOfDay: fc.integer({ min: 0, max: 400 }),
  minCellSize: fc.integer({ min: 1, max: 8 }),
});

function compute(referrals: readonly ReferralFacts[], asOfDay: number, minCellSize: number) {
  const asOf = at(asOfDay).slice(0, 10);
  const result = equityReport({ catalogue, referrals, asOf, minCellSize });
  if (!result.ok) throw result.error;
  return { asOf, report: result.value };
}

describe('suppression, as properties', () => {
  it('a shown count is never from 1 to k − 1', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.integer({ min: 1, max: 20 }), (n, k) => {
        const shown = suppressCount(n, k);
        expect(shown === null ? n > 0 && n < k : shown === n && (n === 0 || n >= k)).toBe(true);
      }),
    );
  });

  it('a shown share lies in [0, 1] and neither its parts nor its remainder are small', () => {
    fc.assert(
      fc.property(
        fc.nat(200).chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
        fc.integer({ min: 1, max: 20 }),
        ([num, den], k) => {
          const share = suppressShare(num, den, k);
          const small = (x: number) => x > 0 && x < k;
          if (share === null) {
            expect(den === 0 || small(num) || small(den) || small(den - num)).toBe(true);
            return;
          }
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          expect(small(num) || small(den - num) || small(den)).toBe(false);
          expect(Math.abs(share - num / den)).toBeLessThanOrEqual(0.0005 + 1e-12);
        },
      ),
    );
  });
});

describe('percentiles, as properties', () => {
  const sortedArb = fc
    .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 60 })
    .map((xs) => [...xs].sort((a, b) => a - b));

  it('are monotone in p, stay within the values and are one of them', () => {
    fc.assert(
      fc.property(
        sortedArb,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (xs, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          expect(percentile(xs, lo)).toBeLessThanOrEqual(percentile(xs, hi));
          expect(xs).toContain(percentile(xs, lo));
          expect(percentile(xs, 0)).toBe(xs[0]);
          expect(percentile(xs, 100)).toBe(xs.at(-1));
        },
      ),
    );
  });

  it('put the median between the two middle values, below the 90th percentile', () => {
    fc.assert(
      fc.property(sortedArb, (xs) => {
        const m = median(xs);
        expect(m).toBeGreaterThanOrEqual(xs[Math.floor((xs.length - 1) / 2)]!);
        expect(m).toBeLessThanOrEqual(xs[Math.ceil((xs.length - 1) / 2)]!);
        expect(m).toBeLessThanOrEqual(percentile(xs, 90));
      }),
    );
  });
});

describe('equityReport, as properties', () => {
  it('never shows a count below the cell size, nor a share outside [0, 1]', () => {
    fc.assert(
      fc.property(inputArb, ({ referrals, asOfDay, minCellSize: k }) => {
        const { report } = compute(referrals, asOfDay, k);
        for (const row of report.rows) {
          for (const count of [
            row.referrals,
            row.outcomeCases,
            row.teamsReferrals,
            row.onWaitingList,
            row.listWaitUpTo30Days,
            row.listWait31To90Days,
            row.listWaitOver90Days,
          ]) {
            if (count !== null) expect(count === 0 || count >= k).toBe(true);
          }
          for (const field of SHARES) {
            const share = row[field];
            if (share !== null) {
              expect(share).toBeGreaterThanOrEqual(0);
              expect(share).toBeLessThanOrEqual(1);
            }
          }
          if (row.waitingDaysMedian !== null) {
            expect(row.waitingDaysMedian).toBeLessThanOrEqual(row.waitingDaysP90!);
            expect(row.waitingDaysMedian).toBeGreaterThanOrEqual(0);
          }
          // Everything named as hidden is hidden.
          for (const field of row.suppressed) expect(row[field as keyof EquityRow]).toBeNull();
          if (row.referrals === null) expect(row.referralsPer1000).toBeNull();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('shows the number of submitted referrals per cell exactly when it is not small', () => {
    fc.assert(
      fc.property(inputArb, ({ referrals, asOfDay, minCellSize: k }) => {
        const { asOf, report } = compute(referrals, asOfDay, k);
        const end = `${asOf}T23:59:59.999Z`;
        for (const district of DISTRICTS) {
          for (const need of NEEDS) {
            const n = referrals.filter(
              (r) =>
                r.districtId === district &&
                r.needs.includes(need) &&
                r.submittedAt !== null &&
                r.submittedAt <= end,
            ).length;
            const row = report.rows.find((x) => x.districtId === district && x.needId === need)!;
            if (n > 0 && n < k) {
              expect(row.referrals).toBeNull();
              expect(row.suppressed).toContain('referrals');
            } else {
              expect(row.referrals).toBe(n);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.infiniteStream(fc.nat()),
        ({ referrals, asOfDay, minCellSize }, randoms) => {
          const shuffled = referrals
            .map((r) => ({ r, key: randoms.next().value as number }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.r);
          expect(compute(shuffled, asOfDay, minCellSize).report).toEqual(
            compute(referrals, asOfDay, minCellSize).report,
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('writes one CSV line per row, and every line has every column', () => {
    fc.assert(
      fc.property(inputArb, ({ referrals, asOfDay, minCellSize }) => {
        const { report } = compute(referrals, asOfDay, minCellSize);
        const table = parseCsv(equityCsv(report));
        expect(table).toHaveLength(report.rows.length + 1);
        for (const line of table) expect(line).toHaveLength(table[0]!.length);
      }),
      { numRuns: 20 },
    );
  });
});

/** A strict RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const c = text[i++];
        if (c === undefined) throw new Error('unterminated quote');
        if (c === '"') {
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += c;
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} in a field`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  if (row.length > 0) throw new Error('missing final CRLF');
  return rows;
}

describe('CSV, as properties', () => {
  it('reads back every text as written, formula starts kept as text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { minLength: 1, maxLength: 5 }),
          {
            maxLength: 6,
          },
        ),
        (texts) => {
          const width = Math.max(1, ...texts.map((t) => t.length));
          const rows = texts.map((t) => Array.from({ length: width }, (_, i) => t[i] ?? ''));
          const header = Array.from({ length: width }, (_, i) => `c${i}`);
          const back = parseCsv(renderCsv(header, rows));
          expect(back[0]).toEqual(header);
          const guarded = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          expect(back.slice(1)).toEqual(rows.map((r) => r.map(guarded)));
          for (const line of back.slice(1))
            for (const cell of line) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('writes numbers as numbers, even negative ones', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(csvField(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
