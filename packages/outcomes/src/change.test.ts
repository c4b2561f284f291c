import { describe, expect, it } from 'vitest';
import {
  classifyChange,
  classifyFixedChange,
  classifyPcomsChange,
  classifyRc,
  jacobsonTruax,
  jtCutoff,
  reliableChangeIndex,
  reliableChangeThreshold,
} from './change.js';
import { RELIABLE_CHANGE_NHS_CYP } from './config.js';
import type { OutcomesError } from './errors.js';
import { scorePcoms, type PcomsOutcomeScore } from './pcoms.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}
function errorOf(r: { ok: boolean }): OutcomesError {
  expect(r.ok).toBe(false);
  return (r as unknown as { error: OutcomesError }).error;
}
function ors(items: number[], age = 30): PcomsOutcomeScore {
  const s = value(scorePcoms({ form: 'ORS', items, age }));
  if (s.kind !== 'outcome') throw new Error('expected an outcome score');
  return s;
}

describe('classifyFixedChange', () => {
  it('rounds the change to 0.1 before comparing: 17.4 − 12.4 is a reliable 5', () => {
    expect(17.4 - 12.4).toBe(4.999999999999998);
    expect(
      value(classifyFixedChange({ pre: 12.4, post: 17.4, threshold: 5, cutoff: 25 })),
    ).toStrictEqual({
      method: 'fixed',
      pre: 12.4,
      post: 17.4,
      change: 5,
      reliable: true,
      threshold: 5,
      higherIsBetter: true,
      cutoff: 25,
      clinicalPre: true,
      clinicalPost: true,
      category: 'improved',
      rci: null,
    });
  });

  it('uses the inclusive test |Δ| ≥ T by default and the strict one on request', () => {
    expect(
      value(classifyFixedChange({ pre: 20, post: 25, threshold: 5, cutoff: 25 })).category,
    ).toBe('recovered');
    expect(
      value(
        classifyFixedChange(
          { pre: 20, post: 25, threshold: 5, cutoff: 25 },
          { fixedThresholdComparison: 'strict' },
        ),
      ).category,
    ).toBe('unchanged');
    expect(
      value(classifyFixedChange({ pre: 20, post: 24.9, threshold: 5, cutoff: 25 })).category,
    ).toBe('unchanged');
  });

  it('needs both a reliable change and a crossing of the cutoff for recovered', () => {
    expect(
      value(classifyFixedChange({ pre: 20, post: 26, threshold: 5, cutoff: 25 })).category,
    ).toBe('recovered');
    expect(
      value(classifyFixedChange({ pre: 26, post: 34, threshold: 5, cutoff: 25 })).category,
    ).toBe('improved'); // never clinical
    expect(
      value(classifyFixedChange({ pre: 22, post: 26, threshold: 5, cutoff: 25 })).category,
    ).toBe('unchanged'); // crossed, not reliable
    expect(value(classifyFixedChange({ pre: 20, post: 26, threshold: 5 })).category).toBe(
      'improved',
    ); // no cutoff
    // With atCutoffIsClinical a post total of exactly 25 is still clinical, so not recovered.
    expect(
      value(
        classifyFixedChange(
          { pre: 20, post: 25, threshold: 5, cutoff: 25 },
          { atCutoffIsClinical: true },
        ),
      ).category,
    ).toBe('improved');
  });

  it('classifies reliable falls as deteriorated, whatever the cutoff', () => {
    expect(
      value(classifyFixedChange({ pre: 30, post: 24.9, threshold: 5, cutoff: 25 })).category,
    ).toBe('deteriorated');
    expect(
      value(classifyFixedChange({ pre: 30, post: 25, threshold: 5, cutoff: 25 })).category,
    ).toBe('deteriorated');
  });

  it('turns direction round for lower-is-better scores', () => {
    expect(
      value(classifyFixedChange({ pre: 50, post: 40, threshold: 10, higherIsBetter: false }))
        .category,
    ).toBe('improved');
    expect(
      value(classifyFixedChange({ pre: 40, post: 50, threshold: 10, higherIsBetter: false }))
        .category,
    ).toBe('deteriorated');
    expect(
      value(
        classifyFixedChange({
          pre: 50,
          post: 38,
          threshold: 10,
          cutoff: 40,
          higherIsBetter: false,
        }),
      ).category,
    ).toBe('recovered');
  });

  it('rejects non-numbers and non-positive thresholds as bad input, not as configuration', () => {
    expect(
      errorOf(classifyFixedChange({ pre: Number.NaN, post: 1, threshold: 5 })).issues[0],
    ).toMatchObject({ path: 'pre' });
    // The threshold is an argument of this call, not one of the library's options.
    expect(errorOf(classifyFixedChange({ pre: 1, post: 1, threshold: 0 })).issues[0]).toMatchObject(
      { code: 'INVALID_INPUT', path: 'threshold' },
    );
  });
});

describe('reliableChangeThreshold', () => {
  it('defaults to 5 for adult and adolescent ORS, 10 for SCORE-15, and nothing for CORS or KASAM', () => {
    expect(value(reliableChangeThreshold('ORS', 'adult'))).toBe(5);
    expect(value(reliableChangeThreshold('ORS', 'adolescent'))).toBe(5);
    expect(value(reliableChangeThreshold('SCORE-15', null))).toBe(10);
    expect(errorOf(reliableChangeThreshold('CORS', 'child')).code).toBe('NO_THRESHOLD');
    expect(errorOf(reliableChangeThreshold('SOC-13', null)).code).toBe('NO_THRESHOLD');
  });

  it('takes the NHS England CYP preset: ORS young people 6.6, CORS 10', () => {
    const options = { reliableChange: RELIABLE_CHANGE_NHS_CYP };
    expect(value(reliableChangeThreshold('ORS', 'adolescent', options))).toBe(6.6);
    expect(value(reliableChangeThreshold('CORS', 'child', options))).toBe(10);
    expect(value(reliableChangeThreshold('ORS', 'adult', options))).toBe(5);
  });
});

describe('classifyChange', () => {
  it('gives different answers for an adolescent under the PCOMS default and the NHS preset (pcoms-25)', () => {
    const input = { instrument: 'ORS', pre: 20, post: 26.5, population: 'adolescent' } as const;
    expect(value(classifyChange(input)).category).toBe('improved');
    expect(value(classifyChange(input, { reliableChange: RELIABLE_CHANGE_NHS_CYP })).category).toBe(
      'unchanged',
    );
    expect(
      value(classifyChange({ ...input, post: 26.6 }, { reliableChange: RELIABLE_CHANGE_NHS_CYP }))
        .category,
    ).toBe('improved');
    expect(
      value(classifyChange({ ...input, post: 28 }, { reliableChange: RELIABLE_CHANGE_NHS_CYP }))
        .category,
    ).toBe('recovered');
  });

  it('returns NO_THRESHOLD for CORS until one is configured', () => {
    expect(errorOf(classifyChange({ instrument: 'CORS', pre: 20, post: 30 })).code).toBe(
      'NO_THRESHOLD',
    );
    expect(
      value(
        classifyChange(
          { instrument: 'CORS', pre: 20, post: 30 },
          { reliableChange: { CORS: { child: 10 } } },
        ),
      ).category,
    ).toBe('improved');
    expect(
      value(
        classifyChange(
          { instrument: 'CORS', pre: 25, post: 35 },
          { reliableChange: { CORS: { child: 10 } } },
        ),
      ).category,
    ).toBe('recovered');
  });

  it('treats SCORE-15 sums as problem load: a fall of 10 is reliable improvement', () => {
    expect(value(classifyChange({ instrument: 'SCORE-15', pre: 50, post: 40 })).category).toBe(
      'improved',
    );
    expect(value(classifyChange({ instrument: 'SCORE-15', pre: 45, post: 36 })).category).toBe(
      'unchanged',
    );
    expect(value(classifyChange({ instrument: 'SCORE-15', pre: 40, post: 50 })).category).toBe(
      'deteriorated',
    );
    expect(
      value(
        classifyChange(
          { instrument: 'SCORE-15', pre: 50, post: 38 },
          { otherCutoffs: { 'SCORE-15': 38.08 } },
        ),
      ).category,
    ).toBe('recovered');
  });

  it('uses the J&T RCI when rci parameters are given', () => {
    const r = value(
      classifyChange({
        instrument: 'SOC-13',
        pre: 50,
        post: 60,
        rci: { sd: 7, reliability: 0.93 },
      }),
    );
    expect(r.method).toBe('rci');
    expect(r.category).toBe('improved');
  });

  it('rejects scores outside the instrument range and unknown instruments', () => {
    expect(errorOf(classifyChange({ instrument: 'ORS', pre: 41, post: 20 })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(classifyChange({ instrument: 'SCORE-15', pre: 10, post: 20 })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(classifyChange({ instrument: 'SRS' as never, pre: 10, post: 20 })).code).toBe(
      'UNKNOWN_FORM',
    );
  });
});

describe('classifyPcomsChange', () => {
  it('classifies two scored ORS with the first administration’s population', () => {
    expect(
      value(classifyPcomsChange(ors([3, 4, 5, 4], 15), ors([7, 7, 8, 7.5], 15))),
    ).toMatchObject({
      change: 13.5,
      cutoff: 28,
      category: 'recovered',
    });
  });

  it('refuses to compare different forms', () => {
    const cors = value(scorePcoms({ form: 'CORS', items: [5, 5, 5, 5] })) as PcomsOutcomeScore;
    expect(errorOf(classifyPcomsChange(ors([5, 5, 5, 5]), cors)).code).toBe('INVALID_INPUT');
  });
});

describe('jacobsonTruax', () => {
  it('computes SE, S_diff and the MDC95: SD 7 and r .93 give 5.13 (rci-26)', () => {
    const r = value(jacobsonTruax({ pre: 10, post: 20, sd: 7, reliability: 0.93 }));
    expect(r.rci?.se).toBeCloseTo(7 * Math.sqrt(0.07), 12);
    expect(r.rci?.sDiff).toBeCloseTo(Math.SQRT2 * 7 * Math.sqrt(0.07), 12);
    expect(r.rci?.reliableChangeValue).toBeCloseTo(5.13, 2);
    expect(r.rci?.rc).toBeCloseTo(10 / (Math.SQRT2 * 7 * Math.sqrt(0.07)), 12);
    expect(r.category).toBe('improved');
  });

  it('is strict at exactly the critical value by default and inclusive on request', () => {
    // sd 2, r .75: SE = 1, S_diff = √2, RC = 3/√2; make that the critical value.
    const crit = 3 / Math.SQRT2;
    const input = { pre: 0, post: 3, sd: 2, reliability: 0.75 };
    expect(value(jacobsonTruax(input, { rciCriticalValue: crit })).category).toBe('unchanged');
    expect(
      value(jacobsonTruax(input, { rciCriticalValue: crit, rciComparison: 'inclusive' })).category,
    ).toBe('improved');
    expect(value(jacobsonTruax({ ...input, post: -3 }, { rciCriticalValue: crit })).category).toBe(
      'unchanged',
    );
    expect(
      value(
        jacobsonTruax(
          { ...input, post: -3 },
          { rciCriticalValue: crit, rciComparison: 'inclusive' },
        ),
      ).category,
    ).toBe('deteriorated');
  });

  it('needs clinical before and out of the clinical range after for recovered', () => {
    const base = { sd: 5, reliability: 0.8 };
    expect(value(jacobsonTruax({ ...base, pre: 10, post: 30, cutoff: 20 }))).toMatchObject({
      category: 'recovered',
      clinicalPre: true,
      clinicalPost: false,
    });
    // A total exactly at the cutoff is already out of the clinical range.
    expect(value(jacobsonTruax({ ...base, pre: 20, post: 40, cutoff: 20 }))).toMatchObject({
      category: 'improved',
      clinicalPre: false,
    });
  });

  it('uses the one rule for a total exactly at the cutoff: clinical ⇔ below it (spec §1.3, pcoms-05)', () => {
    // Jacobson & Truax (1991) leave the boundary open; the library's documented convention is
    // clinical ⇔ total < cutoff for higher-is-better scales (mirrored for lower-is-better), on the
    // RCI path as on the fixed-threshold path.
    const base = { sd: 5, reliability: 0.8 };
    const atCutoff = { ...base, pre: 10, post: 20, cutoff: 20 };
    expect(value(jacobsonTruax(atCutoff))).toMatchObject({
      category: 'recovered',
      clinicalPost: false,
    });
    expect(
      value(classifyFixedChange({ pre: 10, post: 20, threshold: 5, cutoff: 20 })),
    ).toMatchObject({ category: 'recovered', clinicalPost: false });
    // atCutoffIsClinical turns the rule round on both paths alike.
    expect(value(jacobsonTruax(atCutoff, { atCutoffIsClinical: true }))).toMatchObject({
      category: 'improved',
      clinicalPost: true,
    });
    // Lower is better (a problem scale): clinical ⇔ total above the cutoff.
    const lower = { ...base, higherIsBetter: false, cutoff: 40 };
    expect(value(jacobsonTruax({ ...lower, pre: 60, post: 40 }))).toMatchObject({
      category: 'recovered',
      clinicalPre: true,
      clinicalPost: false,
    });
    expect(value(jacobsonTruax({ ...lower, pre: 40, post: 20 }))).toMatchObject({
      category: 'improved',
      clinicalPre: false,
    });
  });

  it('reverses the direction for lower-is-better instruments', () => {
    expect(
      value(jacobsonTruax({ pre: 60, post: 40, sd: 10, reliability: 0.8, higherIsBetter: false }))
        .category,
    ).toBe('improved');
    expect(
      value(jacobsonTruax({ pre: 40, post: 60, sd: 10, reliability: 0.8, higherIsBetter: false }))
        .category,
    ).toBe('deteriorated');
  });

  it('guards reliability ≥ 1, below 0 and non-positive SD as bad arguments (INVALID_INPUT)', () => {
    expect(
      errorOf(jacobsonTruax({ pre: 1, post: 2, sd: 5, reliability: 1 })).issues[0],
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'reliability' });
    expect(errorOf(jacobsonTruax({ pre: 1, post: 2, sd: 5, reliability: -0.1 })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      errorOf(jacobsonTruax({ pre: 1, post: 2, sd: 0, reliability: 0.5 })).issues[0],
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'sd' });
    expect(value(jacobsonTruax({ pre: 1, post: 2, sd: 5, reliability: 0 })).rci?.se).toBe(5);
  });
});

describe('reliableChangeIndex and classifyRc', () => {
  it('gives SE, S_diff, RC and the reliable change value on their own (Jacobson & Truax 1991; rci-26)', () => {
    // SE = SD·√(1 − r), S_diff = √(2·SE²), RC = (post − pre) / S_diff; MDC95 = 1.96·S_diff.
    const r = value(reliableChangeIndex({ pre: 10, post: 20, sd: 7, reliability: 0.93 }));
    const se = 7 * Math.sqrt(1 - 0.93);
    expect(r.se).toBeCloseTo(se, 12);
    expect(r.sDiff).toBeCloseTo(Math.sqrt(2 * se * se), 12);
    expect(r.rc).toBeCloseTo(10 / Math.sqrt(2 * se * se), 12);
    expect(r.reliableChangeValue.toFixed(2)).toBe('5.13');
    expect(r).toEqual(value(jacobsonTruax({ pre: 10, post: 20, sd: 7, reliability: 0.93 })).rci);
    expect(
      value(
        reliableChangeIndex(
          { pre: 0, post: 1, sd: 1, reliability: 0.5 },
          { rciCriticalValue: 1.645 },
        ),
      ).reliableChangeValue,
    ).toBeCloseTo(1.645, 12);
    expect(
      errorOf(reliableChangeIndex({ pre: 0, post: 1, sd: 1, reliability: 1.2 })).issues[0],
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'reliability' });
  });

  it('classifies a given RC: beyond ±1.96 in the healthy direction, strictly (Jacobson & Truax 1991)', () => {
    const c = (rc: number, higherIsBetter?: boolean) =>
      value(classifyRc(higherIsBetter === undefined ? { rc } : { rc, higherIsBetter }));
    expect([c(2.5), c(1.96), c(0), c(-1.96), c(-2)]).toEqual([
      'improved',
      'unchanged',
      'unchanged',
      'unchanged',
      'deteriorated',
    ]);
    expect([c(-2.5, false), c(2.5, false)]).toEqual(['improved', 'deteriorated']);
    expect(value(classifyRc({ rc: 1.96 }, { rciComparison: 'inclusive' }))).toBe('improved');
    expect(errorOf(classifyRc({ rc: Number.NaN })).issues[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'rc',
    });
  });

  it('agrees with jacobsonTruax on the category of the same change', () => {
    for (const post of [0, 3, 5, 5.2, 6, 10, 14, 15, 20]) {
      const input = { pre: 10, post, sd: 3, reliability: 0.7 };
      const rc = value(reliableChangeIndex(input)).rc;
      expect(value(classifyRc({ rc }))).toBe(value(jacobsonTruax(input)).category);
    }
  });
});

describe('jtCutoff', () => {
  it('computes criteria a, b and c', () => {
    expect(value(jtCutoff('a', { clinicalMean: 20, clinicalSd: 5 }))).toBe(30);
    expect(value(jtCutoff('a', { clinicalMean: 20, clinicalSd: 5, higherIsBetter: false }))).toBe(
      10,
    );
    expect(
      value(
        jtCutoff('b', { clinicalMean: 20, clinicalSd: 5, functionalMean: 32, functionalSd: 4 }),
      ),
    ).toBe(24);
    expect(
      value(
        jtCutoff('c', { clinicalMean: 20, clinicalSd: 5, functionalMean: 32, functionalSd: 4 }),
      ),
    ).toBeCloseTo(240 / 9, 12);
  });

  it('computes cutoff b from the functional norms alone (Jacobson & Truax 1991, criterion b)', () => {
    // b = M_func − d·2·SD_func: "within two standard deviations of the functional mean".
    expect(value(jtCutoff('b', { functionalMean: 32, functionalSd: 4 }))).toBe(24);
    expect(
      value(jtCutoff('b', { functionalMean: 10, functionalSd: 4, higherIsBetter: false })),
    ).toBe(18);
  });

  it('computes cutoff a from the clinical norms alone and c from both (Jacobson & Truax 1991)', () => {
    // a = M_clin + d·2·SD_clin; functional norms given or not, a does not use them.
    expect(
      value(jtCutoff('a', { clinicalMean: 20, clinicalSd: 5, functionalMean: 1, functionalSd: 1 })),
    ).toBe(30);
    // c = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func), in either direction.
    expect(
      value(
        jtCutoff('c', {
          clinicalMean: 30,
          clinicalSd: 6,
          functionalMean: 12,
          functionalSd: 3,
          higherIsBetter: false,
        }),
      ),
    ).toBe((6 * 12 + 3 * 30) / 9);
  });

  it('reports every missing norm with the one code MISSING_NORM, whichever cutoff needs it', () => {
    const missing = (criterion: 'a' | 'b' | 'c', norms: object) =>
      errorOf(jtCutoff(criterion, norms)).issues.map((i) => [i.code, i.path]);
    expect(missing('a', {})).toEqual([
      ['MISSING_NORM', 'clinicalMean'],
      ['MISSING_NORM', 'clinicalSd'],
    ]);
    expect(missing('b', { clinicalMean: 20, clinicalSd: 5 })).toEqual([
      ['MISSING_NORM', 'functionalMean'],
      ['MISSING_NORM', 'functionalSd'],
    ]);
    expect(missing('c', { clinicalMean: 20, functionalMean: 32 })).toEqual([
      ['MISSING_NORM', 'clinicalSd'],
      ['MISSING_NORM', 'functionalSd'],
    ]);
  });

  it('refuses a norm that is given but unusable as bad input', () => {
    expect(
      errorOf(jtCutoff('a', { clinicalMean: 20, clinicalSd: 0 })).issues.map((i) => [
        i.code,
        i.path,
      ]),
    ).toEqual([['INVALID_INPUT', 'clinicalSd']]);
    expect(
      errorOf(jtCutoff('b', { functionalMean: Number.NaN, functionalSd: 4 })).issues[0],
    ).toMatchObject({ code: 'INVALID_INPUT', path: 'functionalMean' });
    expect(errorOf(jtCutoff('d' as never, { clinicalMean: 20, clinicalSd: 5 })).code).toBe(
      'INVALID_INPUT',
    );
  });
});
