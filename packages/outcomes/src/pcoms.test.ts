import { describe, expect, it } from 'vitest';
import { resolveOptions } from './config.js';
import { isOutcomesError, type OutcomesError } from './errors.js';
import {
  classifyPcomsTotal,
  isCaretakerRating,
  populationForAge,
  routePcomsByAge,
  scorePcoms,
  srsChange,
  srsDropAlert,
  type PcomsInput,
} from './pcoms.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

function errorOf(r: { ok: boolean; error?: unknown }) {
  expect(r.ok).toBe(false);
  const e = (r as { error: unknown }).error;
  expect(isOutcomesError(e)).toBe(true);
  return e as OutcomesError;
}

describe('scorePcoms', () => {
  it('sums in integer millimetres so 6.8+2.3+8.2+7.7 is exactly 25 and not clinical at cutoff 25', () => {
    expect(6.8 + 2.3 + 8.2 + 7.7).toBe(24.999999999999996); // the floating-point trap the spec warns about
    const s = value(scorePcoms({ form: 'ORS', items: [6.8, 2.3, 8.2, 7.7], population: 'adult' }));
    expect(s).toStrictEqual({
      kind: 'outcome',
      form: 'ORS',
      population: 'adult',
      rater: null,
      caretakerRated: false,
      itemsMm: [68, 23, 82, 77],
      totalMm: 250,
      total: 25,
      cutoff: 25,
      clinical: false,
    });
  });

  it('reproduces the floating-point result when pcomsArithmetic is float', () => {
    const s = value(
      scorePcoms({ form: 'ORS', items: [6.8, 2.3, 8.2, 7.7] }, { pcomsArithmetic: 'float' }),
    );
    expect(s.total).toBe(24.999999999999996);
    expect(s.kind === 'outcome' && s.clinical).toBe(true);
    expect(s.totalMm).toBe(250);
  });

  it('treats a total exactly at the cutoff as not clinical by default and as clinical with atCutoffIsClinical', () => {
    const items = [6, 6, 6, 7];
    expect(value(scorePcoms({ form: 'ORS', items }))).toMatchObject({ total: 25, clinical: false });
    expect(value(scorePcoms({ form: 'ORS', items }, { atCutoffIsClinical: true }))).toMatchObject({
      total: 25,
      clinical: true,
    });
    expect(value(scorePcoms({ form: 'ORS', items: [6, 6, 6, 6.9] }))).toMatchObject({
      total: 24.9,
      clinical: true,
    });
  });

  it('applies the cutoff of the population: adult 25, adolescent 28, child (CORS) 32', () => {
    const items = [7, 7, 7, 6.5]; // 27.5
    expect(value(scorePcoms({ form: 'ORS', items, age: 30 }))).toMatchObject({
      population: 'adult',
      cutoff: 25,
      clinical: false,
    });
    expect(value(scorePcoms({ form: 'ORS', items, age: 15 }))).toMatchObject({
      population: 'adolescent',
      cutoff: 28,
      clinical: true,
    });
    expect(value(scorePcoms({ form: 'CORS', items, age: 9 }))).toMatchObject({
      population: 'child',
      cutoff: 32,
      clinical: true,
    });
    expect(value(scorePcoms({ form: 'CORS', items: [8, 8, 8, 8] }))).toMatchObject({
      total: 32,
      clinical: false,
    });
  });

  it('places 17-year-olds on adolescent norms by default and on adult norms with adultFromAge 17', () => {
    expect(value(scorePcoms({ form: 'ORS', items: [7, 7, 7, 6.5], age: 17 }))).toMatchObject({
      population: 'adolescent',
      cutoff: 28,
    });
    expect(
      value(scorePcoms({ form: 'ORS', items: [7, 7, 7, 6.5], age: 17 }, { adultFromAge: 17 })),
    ).toMatchObject({
      population: 'adult',
      cutoff: 25,
    });
    expect(value(scorePcoms({ form: 'ORS', items: [7, 7, 7, 6.5], age: 18 }))).toMatchObject({
      population: 'adult',
    });
  });

  it('lets an explicit population win over the age within the same form', () => {
    expect(
      value(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5], age: 17, population: 'adult' })),
    ).toMatchObject({ population: 'adult', cutoff: 25 });
  });

  it('flags SRS below 36 (not at 36) and gives CSRS a total with no flag decision', () => {
    expect(value(scorePcoms({ form: 'SRS', items: [9, 9, 9, 9] }))).toMatchObject({
      kind: 'session',
      total: 36,
      allianceFlag: false,
    });
    expect(value(scorePcoms({ form: 'SRS', items: [9, 9, 9, 8.9] }))).toMatchObject({
      total: 35.9,
      allianceFlag: true,
    });
    expect(
      value(scorePcoms({ form: 'SRS', items: [9, 9, 9, 9] }, { atSrsCutoffIsFlagged: true })),
    ).toMatchObject({ allianceFlag: true });
    expect(value(scorePcoms({ form: 'CSRS', items: [1, 1, 1, 1], age: 8 }))).toMatchObject({
      total: 4,
      cutoff: null,
      allianceFlag: null,
    });
  });

  it('accepts whole millimetres with unit mm', () => {
    expect(value(scorePcoms({ form: 'ORS', items: [68, 23, 82, 77], unit: 'mm' }))).toMatchObject({
      totalMm: 250,
      total: 25,
    });
    expect(errorOf(scorePcoms({ form: 'ORS', items: [68.5, 23, 82, 77], unit: 'mm' })).code).toBe(
      'NOT_ON_SCALE',
    );
  });

  it('flags caretaker ratings of children and young people, keeping the cutoff of the form and age', () => {
    const parent = value(
      scorePcoms({ form: 'CORS', items: [7, 7, 7, 7], age: 8, rater: 'parent' }),
    );
    expect(parent).toMatchObject({ caretakerRated: true, cutoff: 32, rater: 'parent' });
    expect(
      value(scorePcoms({ form: 'ORS', items: [7, 7, 7, 7], age: 40, rater: 'parent' })),
    ).toMatchObject({ caretakerRated: false });
    expect(
      value(scorePcoms({ form: 'ORS', items: [7, 7, 7, 7], age: 15, rater: 'staff' })),
    ).toMatchObject({ caretakerRated: true, cutoff: 28 });
    expect(
      value(
        scorePcoms(
          { form: 'CORS', items: [7, 7, 7, 7], age: 8, rater: 'parent' },
          { caretakerCutoffs: { CORS: { child: 30 } } },
        ),
      ),
    ).toMatchObject({ total: 28, cutoff: 30, clinical: true });
  });

  it('returns NOT_SCORABLE for YCORS and UNKNOWN_FORM for other names', () => {
    expect(errorOf(scorePcoms({ form: 'YCORS', items: [5, 5, 5, 5] })).code).toBe('NOT_SCORABLE');
    expect(
      errorOf(scorePcoms({ form: 'XORS', items: [5, 5, 5, 5] } as unknown as PcomsInput)).issues,
    ).toEqual([
      {
        code: 'UNKNOWN_FORM',
        path: 'form',
        message: 'Expected one of ORS, SRS, CORS, CSRS, YCORS',
      },
    ]);
  });

  it('reports every invalid item with its own code and path, and no score', () => {
    const r = scorePcoms({ form: 'ORS', items: [10.1, null, Number.NaN, 2.35] });
    const e = errorOf(r);
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['OUT_OF_RANGE', 'items.0'],
      ['MISSING_ITEM', 'items.1'],
      ['INVALID_INPUT', 'items.2'],
      ['NOT_ON_SCALE', 'items.3'],
    ]);
    expect('value' in r).toBe(false);
  });

  it('rejects negative marks, wrong item counts, holes and non-arrays', () => {
    expect(errorOf(scorePcoms({ form: 'ORS', items: [-0.1, 5, 5, 5] })).code).toBe('OUT_OF_RANGE');
    expect(errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5] })).code).toBe('WRONG_ITEM_COUNT');
    expect(errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5, 5] })).code).toBe(
      'WRONG_ITEM_COUNT',
    );
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(scorePcoms({ form: 'ORS', items: [5, , 5, 5] })).code).toBe('MISSING_ITEM');
    expect(
      errorOf(scorePcoms({ form: 'ORS', items: '5,5,5,5' } as unknown as PcomsInput)).code,
    ).toBe('INVALID_INPUT');
    expect(errorOf(scorePcoms(null as unknown as PcomsInput)).code).toBe('INVALID_INPUT');
  });

  it('rounds marks finer than a millimetre when vasResolution is round', () => {
    expect(
      value(scorePcoms({ form: 'ORS', items: [2.85, 5, 5, 5] }, { vasResolution: 'round' })),
    ).toMatchObject({ itemsMm: [29, 50, 50, 50] });
  });

  it('refuses a form that does not fit the age or population', () => {
    expect(
      errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5], age: 9 })).issues[0],
    ).toMatchObject({ code: 'AGE_NOT_ELIGIBLE', path: 'age' });
    expect(errorOf(scorePcoms({ form: 'CORS', items: [5, 5, 5, 5], age: 14 })).code).toBe(
      'AGE_NOT_ELIGIBLE',
    );
    expect(
      errorOf(scorePcoms({ form: 'CORS', items: [5, 5, 5, 5], population: 'adult' })).issues[0],
    ).toMatchObject({ path: 'population' });
    expect(errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5], age: -1 })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(
      errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5], rater: 'teacher' as never }))
        .issues[0]!.path,
    ).toBe('rater');
  });

  it('returns the options error for invalid options', () => {
    expect(
      errorOf(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5] }, { adultFromAge: 3 })).code,
    ).toBe('INVALID_CONFIG');
  });

  it('uses a resolved config as it is', () => {
    const config = value(resolveOptions({ cutoffs: { ORS: { adult: 20 } } }));
    expect(value(scorePcoms({ form: 'ORS', items: [5, 5, 5, 5] }, config))).toMatchObject({
      total: 20,
      cutoff: 20,
      clinical: false,
    });
    expect(value(scorePcoms({ form: 'ORS', items: [5, 5, 5, 4.9] }, config))).toMatchObject({
      total: 19.9,
      clinical: true,
    });
  });
});

describe('routePcomsByAge', () => {
  it('routes <6 to YCORS, 6–12 to CORS/CSRS, 13–17 adolescent and 18+ adult ORS/SRS', () => {
    expect(value(routePcomsByAge(5))).toEqual({
      population: 'young-child',
      outcomeForm: 'YCORS',
      sessionForm: null,
      scored: false,
    });
    expect(value(routePcomsByAge(6))).toEqual({
      population: 'child',
      outcomeForm: 'CORS',
      sessionForm: 'CSRS',
      scored: true,
    });
    expect(value(routePcomsByAge(12))).toMatchObject({ outcomeForm: 'CORS' });
    expect(value(routePcomsByAge(13))).toEqual({
      population: 'adolescent',
      outcomeForm: 'ORS',
      sessionForm: 'SRS',
      scored: true,
    });
    expect(value(routePcomsByAge(17))).toMatchObject({ population: 'adolescent' });
    expect(value(routePcomsByAge(18))).toMatchObject({ population: 'adult' });
    expect(errorOf(routePcomsByAge(Number.NaN)).code).toBe('INVALID_INPUT');
  });

  it('exposes the same split as populationForAge', () => {
    expect([0, 5.9, 6, 12.9, 13, 17.9, 18].map((a) => populationForAge(a))).toEqual([
      'young-child',
      'young-child',
      'child',
      'child',
      'adolescent',
      'adolescent',
      'adult',
    ]);
    expect(populationForAge(17, 17)).toBe('adult');
    expect(isCaretakerRating('parent', 'adult')).toBe(false);
    expect(isCaretakerRating('staff', 'child')).toBe(true);
  });
});

describe('classifyPcomsTotal', () => {
  it('classifies a bare ORS/CORS total with the form’s cutoff: clinical ⇔ total < cutoff (PCOMS manuals)', () => {
    // Cutoffs: ORS adult 25 (Miller et al. 2003), adolescent 28 (Duncan et al. 2006 via S-MEMO-MM),
    // CORS 32 (OpenFIT); a total at the cutoff is not clinical (spec §1.3, pcoms-05).
    const c = (input: Parameters<typeof classifyPcomsTotal>[0]) => value(classifyPcomsTotal(input));
    expect(c({ form: 'ORS', total: 24.9, age: 30 })).toMatchObject({
      kind: 'outcome',
      population: 'adult',
      cutoff: 25,
      clinical: true,
      totalMm: 249,
    });
    expect(c({ form: 'ORS', total: 25, age: 30 })).toMatchObject({ clinical: false });
    expect(c({ form: 'ORS', total: 27.5, age: 15 })).toMatchObject({ cutoff: 28, clinical: true });
    expect(c({ form: 'ORS', total: 27.5, population: 'adult' })).toMatchObject({ clinical: false });
    expect(c({ form: 'ORS', total: 27.5 })).toMatchObject({ population: 'adult', cutoff: 25 });
    expect(c({ form: 'CORS', total: 31.9, age: 9 })).toMatchObject({ cutoff: 32, clinical: true });
    expect(
      value(classifyPcomsTotal({ form: 'ORS', total: 25, age: 30 }, { atCutoffIsClinical: true })),
    ).toMatchObject({ clinical: true });
  });

  it('gives the SRS alliance flag below 36, and CSRS no flag decision (OpenFIT; pcoms-29, pcoms-32)', () => {
    expect(value(classifyPcomsTotal({ form: 'SRS', total: 35.9 }))).toMatchObject({
      kind: 'session',
      cutoff: 36,
      allianceFlag: true,
    });
    expect(value(classifyPcomsTotal({ form: 'SRS', total: 36 }))).toMatchObject({
      allianceFlag: false,
    });
    expect(value(classifyPcomsTotal({ form: 'CSRS', total: 20, age: 8 }))).toMatchObject({
      cutoff: null,
      allianceFlag: null,
    });
  });

  it('agrees with scorePcoms on every total the four items can make', () => {
    for (const form of ['ORS', 'SRS', 'CORS', 'CSRS'] as const) {
      for (let mm = 0; mm <= 400; mm += 7) {
        const items = [Math.min(mm, 100), Math.min(Math.max(mm - 100, 0), 100), 0, 0];
        items[2] = Math.min(Math.max(mm - 200, 0), 100);
        items[3] = Math.max(mm - 300, 0);
        const scored = value(
          scorePcoms({
            form,
            items,
            unit: 'mm',
            rater: 'parent',
            age: 9 + (form.startsWith('C') ? 0 : 6),
          }),
        );
        const { itemsMm: _, ...total } = scored;
        expect(
          value(
            classifyPcomsTotal({
              form,
              total: mm / 10,
              rater: 'parent',
              age: 9 + (form.startsWith('C') ? 0 : 6),
            }),
          ),
        ).toEqual(total);
      }
    }
  });

  it('refuses totals off the scale or the millimetre grid, unscored forms and forms not for the age', () => {
    const issue = (input: object) =>
      errorOf(classifyPcomsTotal(input as never)).issues.map((i) => [i.code, i.path]);
    expect(issue({ form: 'ORS', total: 40.1 })).toEqual([['OUT_OF_RANGE', 'total']]);
    expect(issue({ form: 'ORS', total: 24.95 })).toEqual([['NOT_ON_SCALE', 'total']]);
    expect(issue({ form: 'ORS', total: '25' })).toEqual([['INVALID_INPUT', 'total']]);
    expect(issue({ form: 'YCORS', total: 20 })).toEqual([['NOT_SCORABLE', 'form']]);
    expect(issue({ form: 'XYZ', total: 20 })).toEqual([['UNKNOWN_FORM', 'form']]);
    expect(issue({ form: 'ORS', total: 20, age: 9 })).toEqual([['AGE_NOT_ELIGIBLE', 'age']]);
    expect(issue({ form: 'ORS', total: 20, rater: 'cat' })).toEqual([['INVALID_INPUT', 'rater']]);
    expect(
      value(classifyPcomsTotal({ form: 'ORS', total: 24.95 }, { vasResolution: 'round' })).total,
    ).toBe(25);
  });
});

describe('srsChange', () => {
  it('gives the change from the last session in millimetres and points, with OpenFIT’s drop alert', () => {
    // OpenFIT: SRSChangeFromLast <= -1 alerts (pcoms-30/31); the change is exact in millimetres.
    expect(value(srsChange(37.3, 36.3))).toEqual({ changeMm: -10, change: -1, dropAlert: true });
    expect(value(srsChange(37.3, 36.4))).toEqual({ changeMm: -9, change: -0.9, dropAlert: false });
    expect(value(srsChange(36, 38.5))).toEqual({ changeMm: 25, change: 2.5, dropAlert: false });
    const prev = value(scorePcoms({ form: 'SRS', items: [9.5, 9.5, 9.5, 9.5] }));
    const cur = value(scorePcoms({ form: 'SRS', items: [9.5, 9.5, 9.5, 8.3] }));
    if (prev.kind !== 'session' || cur.kind !== 'session') throw new Error('expected sessions');
    expect(value(srsChange(prev, cur))).toEqual({ changeMm: -12, change: -1.2, dropAlert: true });
    expect(value(srsChange(prev, 37))).toMatchObject({ changeMm: -10, dropAlert: true });
    expect(errorOf(srsChange({ kind: 'outcome' } as never, 30)).issues[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'previous',
    });
  });
});

describe('srsDropAlert', () => {
  it('alerts when the SRS falls by 1 point or more since the last session, exactly at the boundary', () => {
    expect(value(srsDropAlert(37.3, 36.3))).toBe(true);
    expect(value(srsDropAlert(37.3, 36.4))).toBe(false);
    expect(value(srsDropAlert(36, 38))).toBe(false);
    expect(value(srsDropAlert(38, 36, { srsDropPoints: 3 }))).toBe(false);
    const prev = value(scorePcoms({ form: 'SRS', items: [9.5, 9.5, 9.5, 9.5] }));
    const cur = value(scorePcoms({ form: 'SRS', items: [9.5, 9.5, 9.5, 8.5] }));
    if (prev.kind !== 'session' || cur.kind !== 'session')
      throw new Error('expected session scores');
    expect(value(srsDropAlert(prev, cur))).toBe(true);
    expect(errorOf(srsDropAlert(41, 30)).code).toBe('OUT_OF_RANGE');
  });

  it('refuses totals that are not on the millimetre grid instead of rounding them', () => {
    // PCOMS: each line is measured to the millimetre, so a total has one decimal (S-MEMO-MM).
    expect(errorOf(srsDropAlert(37.35, 36.3)).issues).toMatchObject([
      { code: 'NOT_ON_SCALE', path: 'previous' },
    ]);
    expect(errorOf(srsDropAlert(37.3, 36.25)).issues).toMatchObject([
      { code: 'NOT_ON_SCALE', path: 'current' },
    ]);
    expect(errorOf(srsDropAlert('37' as never, 36)).issues).toMatchObject([
      { code: 'INVALID_INPUT', path: 'previous' },
    ]);
  });
});
