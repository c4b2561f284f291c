import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateOutcomes } from './aggregate.js';
import { classifyFixedChange, jacobsonTruax } from './change.js';
import { DEFAULT_OUTCOMES_CONFIG, resolveOptions } from './config.js';
import { reverseKasamItem, scoreKasam } from './kasam.js';
import { pcomsPaths, scorePcoms, type PcomsInput } from './pcoms.js';
import type { OutcomeObservation } from './schemas.js';
import {
  reverseScore15Item,
  score15OppositeMean,
  score15OppositeSum,
  scoreScore15,
} from './score15.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

const mm = fc.integer({ min: 0, max: 100 });
const mmItems = fc.array(mm, { minLength: 4, maxLength: 4 });
const outcomeForm = fc.constantFrom('ORS' as const, 'CORS' as const);

describe('PCOMS properties', () => {
  it('keeps every total within 0–40 and equal to the millimetre sum / 10, exactly', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ORS', 'SRS', 'CORS', 'CSRS' as const),
        mmItems,
        (form, items) => {
          const s = value(scorePcoms({ form, items: items.map((v) => v / 10) }));
          const sum = items.reduce((a, b) => a + b, 0);
          expect(s.totalMm).toBe(sum);
          expect(s.total).toBe(sum / 10);
          expect(s.total).toBeGreaterThanOrEqual(0);
          expect(s.total).toBeLessThanOrEqual(40);
        },
      ),
    );
  });

  it('gives the same score for items in cm and in mm', () => {
    fc.assert(
      fc.property(outcomeForm, mmItems, (form, items) => {
        const cm = value(scorePcoms({ form, items: items.map((v) => v / 10) }));
        const inMm = value(scorePcoms({ form, items, unit: 'mm' }));
        expect(inMm).toStrictEqual(cm);
      }),
    );
  });

  it('decides the clinical range exactly on millimetres: clinical ⇔ totalMm < cutoff·10', () => {
    fc.assert(
      fc.property(mmItems, fc.constantFrom(15, 25, 28), (items, age) => {
        const s = value(
          scorePcoms({ form: 'ORS', items: items.map((v) => v / 10), age: age === 15 ? 15 : 30 }),
        );
        if (s.kind !== 'outcome' || s.cutoff === null)
          throw new Error('expected an ORS with a cutoff');
        expect(s.clinical).toBe(s.totalMm < s.cutoff * 10);
      }),
    );
  });

  it('is monotone: raising one item never lowers the total or moves it into the clinical range', () => {
    fc.assert(
      fc.property(
        outcomeForm,
        mmItems,
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 100 }),
        (form, items, i, up) => {
          const raised = items.slice();
          raised[i] = Math.min(100, raised[i]! + up);
          const a = value(scorePcoms({ form, items, unit: 'mm' }));
          const b = value(scorePcoms({ form, items: raised, unit: 'mm' }));
          expect(b.total).toBeGreaterThanOrEqual(a.total);
          if (a.kind === 'outcome' && b.kind === 'outcome' && a.clinical === false)
            expect(b.clinical).toBe(false);
        },
      ),
    );
  });

  it('takes the fast path only where the diagnosing path agrees, on valid and invalid input alike', () => {
    // Mostly valid values, so that the fast path is actually taken, with some of everything invalid.
    const item = fc.oneof(
      { weight: 8, arbitrary: mm.map((v) => v / 10) },
      { weight: 1, arbitrary: fc.double({ min: -2, max: 12, noNaN: false }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(null, undefined, Number.NaN, Infinity, '5' as unknown as number),
      },
    );
    const maybe = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: invalid });
    const input = fc.record(
      {
        form: maybe(fc.constantFrom('ORS', 'SRS', 'CORS', 'CSRS'), fc.constantFrom('YCORS', 'BAD')),
        items: fc.oneof(
          { weight: 8, arbitrary: fc.array(item, { minLength: 4, maxLength: 4 }) },
          { weight: 1, arbitrary: fc.array(item, { maxLength: 6 }) },
        ),
        unit: maybe(fc.constant('cm'), fc.constantFrom('mm', 'in')),
        age: maybe(fc.integer({ min: 0, max: 90 }), fc.constantFrom(-1, 131, Number.NaN, 12.5)),
        population: maybe(
          fc.constantFrom('adult', 'adolescent', 'child'),
          fc.constantFrom('young-child', 'alien'),
        ),
        rater: maybe(
          fc.constantFrom('child', 'young-person', 'parent', 'staff'),
          fc.constant('dog'),
        ),
      },
      { requiredKeys: ['form', 'items'] },
    );
    let fastTaken = 0;
    fc.assert(
      fc.property(input, (raw) => {
        const i = raw as unknown as PcomsInput;
        const fast = pcomsPaths.fastPcoms(i, DEFAULT_OUTCOMES_CONFIG);
        const slow = pcomsPaths.diagnosePcoms(i, DEFAULT_OUTCOMES_CONFIG);
        if (fast !== undefined) {
          fastTaken++;
          expect(slow.ok).toBe(true);
          expect(slow.ok && slow.value).toStrictEqual(fast);
        }
        expect(scorePcoms(i).ok).toBe(slow.ok);
      }),
      { numRuns: 3000 },
    );
    expect(fastTaken).toBeGreaterThan(100);
  });

  it('agrees between the fast and diagnosing paths for every age, form and population (exhaustive)', () => {
    for (const form of ['ORS', 'SRS', 'CORS', 'CSRS'] as const) {
      for (let age = 0; age <= 25; age += 0.5) {
        for (const population of [
          undefined,
          'adult',
          'adolescent',
          'child',
          'young-child',
        ] as const) {
          for (const config of [
            DEFAULT_OUTCOMES_CONFIG,
            value(resolveOptions({ adultFromAge: 17 })),
          ]) {
            const input: PcomsInput = {
              form,
              items: [5, 5, 5, 5],
              age,
              ...(population && { population }),
            };
            const fast = pcomsPaths.fastPcoms(input, config);
            const slow = pcomsPaths.diagnosePcoms(input, config);
            if (fast !== undefined) expect(slow).toStrictEqual({ ok: true, value: fast });
            else if (slow.ok) expect.fail(`fast path refused valid ${JSON.stringify(input)}`);
          }
        }
      }
    }
  });
});

describe('KASAM properties', () => {
  const soc13 = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 13, maxLength: 13 });

  it('keeps totals in 13–91 with subscales that add up and always a band', () => {
    fc.assert(
      fc.property(soc13, (items) => {
        const s = value(scoreKasam({ form: 'SOC-13', items }));
        expect(s.total).toBeGreaterThanOrEqual(13);
        expect(s.total).toBeLessThanOrEqual(91);
        expect(
          s.subscales.comprehensibility + s.subscales.manageability + s.subscales.meaningfulness,
        ).toBe(s.total);
        expect(s.band).not.toBeNull();
      }),
    );
  });

  it('moves the total up for a higher answer on a straight item and down on a reversed one', () => {
    const reversed = new Set(DEFAULT_OUTCOMES_CONFIG.kasamReversedItems['SOC-13']);
    fc.assert(
      fc.property(soc13, fc.integer({ min: 0, max: 12 }), (items, i) => {
        fc.pre(items[i]! < 7);
        const raised = items.slice();
        raised[i] = items[i]! + 1;
        const delta =
          value(scoreKasam({ form: 'SOC-13', items: raised })).total -
          value(scoreKasam({ form: 'SOC-13', items })).total;
        expect(delta).toBe(reversed.has(i + 1) ? -1 : 1);
      }),
    );
  });

  it('reverse scoring twice is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (v) => {
        expect(reverseKasamItem(reverseKasamItem(v))).toBe(v);
      }),
    );
  });
});

describe('SCORE-15 properties', () => {
  const items15 = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 15, maxLength: 15 });

  it('keeps the sum in 15–75 and the mean in 1–5', () => {
    fc.assert(
      fc.property(items15, (items) => {
        const s = value(scoreScore15({ items }));
        expect(s.total.sum).toBeGreaterThanOrEqual(15);
        expect(s.total.sum).toBeLessThanOrEqual(75);
        expect(s.total.mean).toBeCloseTo(s.total.sum / 15, 12);
        for (const sub of Object.values(s.subscales)) {
          expect(sub.mean).toBeGreaterThanOrEqual(1);
          expect(sub.mean).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('reverse scoring twice is the identity, for items, sums and means', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 15, max: 75 }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (v, sum, mean) => {
          expect(reverseScore15Item(reverseScore15Item(v))).toBe(v);
          expect(value(score15OppositeSum(value(score15OppositeSum(sum))))).toBe(sum);
          expect(value(score15OppositeMean(value(score15OppositeMean(mean))))).toBeCloseTo(
            mean,
            12,
          );
        },
      ),
    );
  });

  it('scores the same answers identically on either printed layout', () => {
    fc.assert(
      fc.property(items15, (items) => {
        const standard = value(scoreScore15({ items }));
        const flipped = value(
          scoreScore15({ items: items.map(reverseScore15Item), describesUsVeryWell: 5 }),
        );
        expect(flipped.scoredItems).toEqual(standard.scoredItems);
      }),
    );
  });
});

describe('change properties', () => {
  const total = fc.integer({ min: 0, max: 400 }).map((v) => v / 10);

  it('is reliable exactly when the rounded |change| reaches the threshold, and antisymmetric', () => {
    fc.assert(
      fc.property(total, total, fc.constantFrom(5, 6.6, 10), (pre, post, threshold) => {
        const fwd = value(classifyFixedChange({ pre, post, threshold, cutoff: 25 }));
        const back = value(classifyFixedChange({ pre: post, post: pre, threshold, cutoff: 25 }));
        const changeMm = Math.round(post * 10) - Math.round(pre * 10);
        expect(fwd.reliable).toBe(Math.abs(changeMm) >= Math.round(threshold * 10));
        expect(back.reliable).toBe(fwd.reliable);
        if (fwd.category === 'improved' || fwd.category === 'recovered')
          expect(back.category).toBe('deteriorated');
        if (fwd.category === 'recovered')
          expect([fwd.clinicalPre, fwd.clinicalPost]).toEqual([true, false]);
      }),
    );
  });

  it('agrees on "clinical" between the fixed-threshold and the J&T paths for every score, at the cutoff too', () => {
    // One documented rule (spec §1.3, [convention], pcoms-05): clinical ⇔ total < cutoff for
    // higher-is-better scales, > cutoff for lower-is-better ones; `atCutoffIsClinical` includes the
    // cutoff itself. Scores are drawn so that they often sit exactly at the cutoff.
    const cutoff = fc.integer({ min: 0, max: 400 }).map((v) => v / 10);
    fc.assert(
      fc.property(
        cutoff,
        fc.oneof(total, fc.constant('at' as const)),
        fc.oneof(total, fc.constant('at' as const)),
        fc.boolean(),
        fc.boolean(),
        (k, rawPre, rawPost, higherIsBetter, atCutoffIsClinical) => {
          const pre = rawPre === 'at' ? k : rawPre;
          const post = rawPost === 'at' ? k : rawPost;
          const options = { atCutoffIsClinical };
          const fixed = value(
            classifyFixedChange({ pre, post, threshold: 0.1, cutoff: k, higherIsBetter }, options),
          );
          // A tiny SD makes every change of 0.1 or more reliable, as the fixed threshold 0.1 does.
          const jt = value(
            jacobsonTruax(
              { pre, post, sd: 0.001, reliability: 0, cutoff: k, higherIsBetter },
              options,
            ),
          );
          const below = (x: number) => (higherIsBetter ? x < k : x > k);
          const expected = (x: number) => below(x) || (atCutoffIsClinical && x === k);
          expect([fixed.clinicalPre, fixed.clinicalPost]).toEqual([expected(pre), expected(post)]);
          expect([jt.clinicalPre, jt.clinicalPost]).toEqual([
            fixed.clinicalPre,
            fixed.clinicalPost,
          ]);
          expect(jt.category).toBe(fixed.category);
        },
      ),
    );
  });

  it('J&T: improvement means a change beyond the reliable change value, in the right direction', () => {
    fc.assert(
      fc.property(
        total,
        total,
        fc.double({ min: 1, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (pre, post, sd, r) => {
          const res = value(jacobsonTruax({ pre, post, sd, reliability: r }));
          const rcv = res.rci!.reliableChangeValue;
          if (res.category === 'improved' || res.category === 'recovered')
            expect(post - pre).toBeGreaterThan(rcv * (1 - 1e-12));
          if (res.category === 'deteriorated')
            expect(pre - post).toBeGreaterThan(rcv * (1 - 1e-12));
          if (Math.abs(post - pre) > rcv * (1 + 1e-9)) expect(res.category).not.toBe('unchanged');
        },
      ),
    );
  });
});

describe('aggregate suppression properties', () => {
  // Cases are built per category so that every mix of small and large cells comes up.
  const PAIRS: readonly (readonly [number, number | null])[] = [
    [20, 27], // recovered (adult ORS: threshold 5, cutoff 25)
    [26, 32], // improved
    [20, 22], // unchanged
    [30, 20], // deteriorated
    [20, null], // no second measure
  ];
  const counts = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 5, maxLength: 5 });

  it('never shows a count from 1 to k − 1 and never leaves exactly one category hidden', () => {
    let sawHidden = 0;
    fc.assert(
      fc.property(
        fc.array(counts, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2, max: 8 }),
        (districts, k) => {
          const observations: OutcomeObservation[] = [];
          let c = 0;
          districts.forEach((perCategory, d) => {
            perCategory.forEach((count, category) => {
              const [pre, post] = PAIRS[category]!;
              for (let i = 0; i < count; i++) {
                const base = {
                  caseId: `c${c++}`,
                  instrument: 'ORS',
                  rater: 'young-person',
                  districtId: `d${d}`,
                } as const;
                observations.push({ ...base, session: 1, score: pre });
                if (post !== null) observations.push({ ...base, session: 3, score: post });
              }
            });
          });
          const report = value(
            aggregateOutcomes(observations, { dimensions: ['district'] }, { minCellSize: k }),
          );
          for (const cell of report.groups.district ?? []) {
            const shown = [
              cell.n,
              cell.completedBoth,
              cell.recovered.count,
              cell.improved.count,
              cell.unchanged.count,
              cell.deteriorated.count,
              cell.reliablyImproved.count,
            ];
            for (const n of shown) if (n !== null) expect(n === 0 || n >= k).toBe(true);
            if (!cell.suppressed && cell.completedBoth !== null && cell.categoriesAvailable) {
              const cells = [cell.recovered, cell.improved, cell.unchanged, cell.deteriorated];
              const hidden = cells.filter((x) => x.count === null).length;
              expect(hidden).not.toBe(1);
              if (hidden > 0) sawHidden++;
              // Whatever is shown must not let a hidden cell be recovered by subtraction.
              if (hidden > 0) {
                const visibleSum = cells.reduce((a, x) => a + (x.count ?? 0), 0);
                const remainder = cell.completedBoth - visibleSum;
                if (
                  cell.reliablyImproved.count !== null &&
                  (cell.recovered.count === null) !== (cell.improved.count === null)
                ) {
                  expect.fail('recovered + improved shown beside exactly one hidden part');
                }
                expect(remainder === 0 || remainder >= k).toBe(true);
              }
            }
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(sawHidden).toBeGreaterThan(20); // the generator reaches the interesting cases
  });
});
