import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTCOMES_CONFIG, KASAM_BANDS_PUBLISHED } from './config.js';
import type { OutcomesError } from './errors.js';
import {
  KASAM_CAVEAT,
  SOC13_FROM_SOC29,
  kasamBand,
  reverseKasamItem,
  scoreKasam,
  soc13FromSoc29,
} from './kasam.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}
function errorOf(r: { ok: boolean }): OutcomesError {
  expect(r.ok).toBe(false);
  return (r as unknown as { error: OutcomesError }).error;
}
/** `n` items of `base`, except the 1-based item numbers in `set`, which get their own value. */
function itemsWith(
  n: number,
  base: number,
  set: Record<number, number | null> = {},
): (number | null)[] {
  return Array.from({ length: n }, (_, i) => (i + 1 in set ? set[i + 1]! : base));
}

describe('scoreKasam SOC-13', () => {
  it('reverses items 1, 2, 3, 7 and 10 (8 − response) and no others', () => {
    const s = value(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 1) }));
    expect(s.scoredItems).toEqual([7, 7, 7, 1, 1, 1, 7, 1, 1, 7, 1, 1, 1]);
    expect(s.total).toBe(5 * 7 + 8);
  });

  it('sums the three subscales from the published item lists, adding up to the total', () => {
    // Give each item a distinct response pattern to make the sums traceable.
    const items = [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6];
    const s = value(scoreKasam({ form: 'SOC-13', items }));
    const scored = [7, 6, 5, 4, 5, 6, 1, 1, 2, 5, 4, 5, 6];
    expect(s.scoredItems).toEqual(scored);
    const sum = (nums: number[]) => nums.reduce((a, n) => a + scored[n - 1]!, 0);
    expect(s.subscales).toEqual({
      comprehensibility: sum([2, 6, 8, 9, 11]),
      manageability: sum([3, 5, 10, 13]),
      meaningfulness: sum([1, 4, 7, 12]),
    });
    expect(
      s.subscales.comprehensibility + s.subscales.manageability + s.subscales.meaningfulness,
    ).toBe(s.total);
    expect(s.caveat).toBe(KASAM_CAVEAT);
    expect(s.items).toEqual(items);
  });

  it('bands totals with the extended Swedish bands: ≤60 low, 61–75 moderate, ≥76 high', () => {
    const bands = [13, 29, 60, 61, 75, 76, 91].map((t) => value(kasamBand('SOC-13', t)));
    expect(bands).toEqual(['low', 'low', 'low', 'moderate', 'moderate', 'high', 'high']);
  });

  it('leaves totals outside the published bands unbanded when those are chosen', () => {
    const options = { kasamBands: KASAM_BANDS_PUBLISHED };
    expect(value(kasamBand('SOC-13', 29, options))).toBeNull();
    expect(value(kasamBand('SOC-13', 30, options))).toBe('low');
    expect(value(kasamBand('SOC-29', 82, options))).toBeNull();
    expect(value(kasamBand('SOC-29', 192, options))).toBeNull();
    expect(value(kasamBand('SOC-29', 191, options))).toBe('high');
  });

  it('gives no score for a missing, non-integer or out-of-range item', () => {
    expect(
      errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4, { 5: null }) })).issues[0],
    ).toMatchObject({
      code: 'MISSING_ITEM',
      path: 'items.4',
    });
    expect(errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4, { 2: 3.5 }) })).code).toBe(
      'NOT_ON_SCALE',
    );
    expect(errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4, { 13: 8 }) })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4, { 1: 0 }) })).code).toBe(
      'OUT_OF_RANGE',
    );
    expect(errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(12, 4) })).code).toBe(
      'WRONG_ITEM_COUNT',
    );
    expect(errorOf(scoreKasam({ form: 'SOC-9' as never, items: itemsWith(9, 4) })).code).toBe(
      'UNKNOWN_FORM',
    );
  });

  it('checks the minimum age of 13 when an age is given', () => {
    expect(errorOf(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4), age: 12 })).code).toBe(
      'AGE_NOT_ELIGIBLE',
    );
    expect(value(scoreKasam({ form: 'SOC-13', items: itemsWith(13, 4), age: 13 })).total).toBe(52);
  });
});

describe('scoreKasam SOC-29', () => {
  it('reverses the 13 published items and ranges over 29–203', () => {
    const s = value(scoreKasam({ form: 'SOC-29', items: itemsWith(29, 1) }));
    const reversed = [1, 4, 5, 6, 7, 11, 13, 14, 16, 20, 23, 25, 27];
    expect(s.scoredItems.map((v, i) => (v === 7 ? i + 1 : 0)).filter(Boolean)).toEqual(reversed);
    expect(s.total).toBe(13 * 7 + 16);
    expect(value(scoreKasam({ form: 'SOC-29', items: itemsWith(29, 4) })).total).toBe(116);
  });

  it('splits into subscales of 11, 10 and 8 items that add up to the total', () => {
    const s = value(scoreKasam({ form: 'SOC-29', items: itemsWith(29, 4) }));
    expect(s.subscales).toEqual({ comprehensibility: 44, manageability: 40, meaningfulness: 32 });
  });

  it('bands SOC-29 with ≤140 low and ≥166 high', () => {
    expect([29, 140, 141, 165, 166, 203].map((t) => value(kasamBand('SOC-29', t)))).toEqual([
      'low',
      'low',
      'moderate',
      'moderate',
      'high',
      'high',
    ]);
    expect(errorOf(kasamBand('SOC-29', 204)).code).toBe('OUT_OF_RANGE');
  });

  it('accepts another subscale layout and reverse list as configuration, and checks it', () => {
    const swapped = {
      comprehensibility: DEFAULT_OUTCOMES_CONFIG.kasamSubscales['SOC-29'].manageability,
      manageability: DEFAULT_OUTCOMES_CONFIG.kasamSubscales['SOC-29'].comprehensibility,
      meaningfulness: DEFAULT_OUTCOMES_CONFIG.kasamSubscales['SOC-29'].meaningfulness,
    };
    const s = value(
      scoreKasam(
        { form: 'SOC-29', items: itemsWith(29, 4) },
        { kasamSubscales: { 'SOC-29': swapped } },
      ),
    );
    expect(s.subscales).toEqual({ comprehensibility: 40, manageability: 44, meaningfulness: 32 });
    const noReverse = value(
      scoreKasam(
        { form: 'SOC-13', items: itemsWith(13, 1) },
        { kasamReversedItems: { 'SOC-13': [] } },
      ),
    );
    expect(noReverse.total).toBe(13);
    const broken = { ...swapped, meaningfulness: [4, 7, 8] };
    expect(
      errorOf(
        scoreKasam(
          { form: 'SOC-29', items: itemsWith(29, 4) },
          { kasamSubscales: { 'SOC-29': broken } },
        ),
      ).issues[0],
    ).toMatchObject({
      code: 'INVALID_CONFIG',
      path: 'kasamSubscales.SOC-29',
    });
  });
});

describe('soc13FromSoc29', () => {
  it('picks items 4, 5, 6, 8, 9, 12, 16, 19, 21, 25, 26, 28, 29', () => {
    const items29 = Array.from({ length: 29 }, (_, i) => (i % 7) + 1);
    const picked = value(soc13FromSoc29(items29));
    expect(picked).toEqual(SOC13_FROM_SOC29.map((n) => items29[n - 1]));
    expect(errorOf(soc13FromSoc29([1, 2])).code).toBe('WRONG_ITEM_COUNT');
  });

  it('maps the SOC-13 reversed set onto SOC-29 reversed items and keeps subscale membership (kasam-18/19)', () => {
    const rev13 = DEFAULT_OUTCOMES_CONFIG.kasamReversedItems['SOC-13'].map(
      (i) => SOC13_FROM_SOC29[i - 1],
    );
    expect(rev13).toEqual([4, 5, 6, 16, 25]);
    const rev29 = new Set(DEFAULT_OUTCOMES_CONFIG.kasamReversedItems['SOC-29']);
    SOC13_FROM_SOC29.forEach((n29, i) => {
      expect(rev29.has(n29)).toBe(
        DEFAULT_OUTCOMES_CONFIG.kasamReversedItems['SOC-13'].includes(i + 1),
      );
    });
    for (const sub of ['comprehensibility', 'manageability', 'meaningfulness'] as const) {
      const mapped = DEFAULT_OUTCOMES_CONFIG.kasamSubscales['SOC-13'][sub].map(
        (i) => SOC13_FROM_SOC29[i - 1]!,
      );
      for (const n29 of mapped)
        expect(DEFAULT_OUTCOMES_CONFIG.kasamSubscales['SOC-29'][sub]).toContain(n29);
    }
  });

  it('scores a SOC-29 answer set’s SOC-13 subset the same as the SOC-29 items it came from', () => {
    const items29 = Array.from({ length: 29 }, (_, i) => ((i * 3) % 7) + 1);
    const s29 = value(scoreKasam({ form: 'SOC-29', items: items29 }));
    const s13 = value(scoreKasam({ form: 'SOC-13', items: value(soc13FromSoc29(items29)) }));
    expect(s13.scoredItems).toEqual(SOC13_FROM_SOC29.map((n) => s29.scoredItems[n - 1]));
  });
});

describe('reverseKasamItem', () => {
  it('maps 1↔7 and 4↔4', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(reverseKasamItem)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });
});
