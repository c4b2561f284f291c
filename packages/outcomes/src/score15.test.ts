import { describe, expect, it } from 'vitest';
import type { OutcomesError } from './errors.js';
import {
  SCORE15_PROBLEM_ITEMS,
  SCORE15_SUBSCALES,
  classifyScore15Change,
  SCORE15_CHILD_MIN_AGE,
  reverseScore15Item,
  routeScore15ByAge,
  score15OppositeMean,
  score15OppositeSum,
  scoreScore15,
} from './score15.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}
function errorOf(r: { ok: boolean }): OutcomesError {
  expect(r.ok).toBe(false);
  return (r as unknown as { error: OutcomesError }).error;
}
const STRENGTH = SCORE15_SUBSCALES.strengths;
/** Every item answered "describes us very well" (1 on the standard layout). */
const ALL_VERY_WELL = Array.from({ length: 15 }, () => 1);

describe('scoreScore15', () => {
  it('reverses the ten problem items on the standard layout so that higher means more problems', () => {
    const s = value(scoreScore15({ items: ALL_VERY_WELL }));
    // Strength items "describe us very well" → 1 (no problem); problem items describe us very well → 5.
    expect(s.scoredItems).toEqual(
      Array.from({ length: 15 }, (_, i) => (STRENGTH.includes(i + 1) ? 1 : 5)),
    );
    expect(s.total).toEqual({ sum: 5 + 50, mean: 55 / 15 });
    expect(s.direction).toBe('higher-is-more-problems');
  });

  it('keys reversal to meaning: on a form printed 5 = very well the strength items are reversed instead', () => {
    const flipped = ALL_VERY_WELL.map((v) => 6 - v); // the same answers on the flipped form
    const standard = value(scoreScore15({ items: ALL_VERY_WELL }));
    expect(value(scoreScore15({ items: flipped, describesUsVeryWell: 5 })).scoredItems).toEqual(
      standard.scoredItems,
    );
    expect(value(scoreScore15({ items: flipped }, { score15VeryWellResponse: 5 })).total).toEqual(
      standard.total,
    );
  });

  it('reverses exactly items 2, 4, 5, 7, 8, 9, 11, 12, 13, 14 on the standard layout', () => {
    const s = value(scoreScore15({ items: ALL_VERY_WELL }));
    const reversed = s.scoredItems.map((v, i) => (v !== s.items[i] ? i + 1 : 0)).filter(Boolean);
    expect(reversed).toEqual([...SCORE15_PROBLEM_ITEMS]);
  });

  it('reports the three subscales as sums 5–25 and means 1–5', () => {
    const items = [2, 4, 3, 5, 1, 2, 4, 3, 5, 1, 2, 4, 3, 5, 1];
    const s = value(scoreScore15({ items }));
    const scored = items.map((v, i) => (SCORE15_PROBLEM_ITEMS.includes(i + 1) ? 6 - v : v));
    const sum = (list: readonly number[]) => list.reduce((a, n) => a + scored[n - 1]!, 0);
    expect(s.subscales).toEqual({
      strengths: {
        sum: sum(SCORE15_SUBSCALES.strengths),
        mean: sum(SCORE15_SUBSCALES.strengths) / 5,
      },
      difficulties: {
        sum: sum(SCORE15_SUBSCALES.difficulties),
        mean: sum(SCORE15_SUBSCALES.difficulties) / 5,
      },
      communication: {
        sum: sum(SCORE15_SUBSCALES.communication),
        mean: sum(SCORE15_SUBSCALES.communication) / 5,
      },
    });
    expect(
      s.subscales.strengths.sum + s.subscales.difficulties.sum + s.subscales.communication.sum,
    ).toBe(s.total.sum);
  });

  it('stores the supplementary questions raw and leaves the score untouched', () => {
    const items = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    const plain = value(scoreScore15({ items }));
    const extra = {
      describeFamily: 'Vi är fyra',
      biggestProblem: 'Bråk',
      problemSeverity: 8,
      familyCoping: 3,
      therapyView: 10,
    };
    const withExtra = value(scoreScore15({ items, extra }));
    expect(withExtra.extra).toEqual(extra);
    expect(withExtra.total).toEqual(plain.total);
    expect(plain.extra).toBeNull();
    expect(withExtra.extraIssues).toEqual([]);
  });

  it('scores the 15 items when a supplementary rating is faulty and reports the fault beside the score', () => {
    // CORC's SCORE-15 guidance and S-SOS-SCORE15: the three 1–10 ratings are separate indicators,
    // never part of the 15-item score, so a faulty one cannot take the score away.
    const items = [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
    const plain = value(scoreScore15({ items }));
    const scored = value(
      scoreScore15({ items, extra: { problemSeverity: 11, familyCoping: 4, therapyView: 2.5 } }),
    );
    expect(scored.total).toEqual(plain.total);
    expect(scored.subscales).toEqual(plain.subscales);
    expect(scored.extra).toEqual({ familyCoping: 4 });
    expect(scored.extraIssues).toMatchObject([
      { code: 'OUT_OF_RANGE', path: 'extra.problemSeverity' },
      { code: 'NOT_ON_SCALE', path: 'extra.therapyView' },
    ]);
    const unknown = value(scoreScore15({ items, extra: { favouriteColour: 'blå' } as never }));
    expect(unknown.extraIssues).toMatchObject([
      { code: 'INVALID_INPUT', path: 'extra.favouriteColour' },
    ]);
    expect(value(scoreScore15({ items, extra: 'x' as never })).extraIssues).toMatchObject([
      { code: 'INVALID_INPUT', path: 'extra' },
    ]);
    // With invalid items there is no score; the error lists the supplementary faults as well.
    const bad = errorOf(
      scoreScore15({ items: [...items.slice(1), 6], extra: { problemSeverity: 0 } }),
    );
    expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['OUT_OF_RANGE', 'items.14'],
      ['OUT_OF_RANGE', 'extra.problemSeverity'],
    ]);
  });

  it('tells SCORE-15 (12+), Child SCORE-15 (8–11) and no version (under 8) apart by age (CORC)', () => {
    // CORC's SCORE-15 guidance: SCORE-15 for family members aged 12 and up (Stratton: "over the age
    // of 11"); Child SCORE-15 for ages 8–11; nothing younger.
    const version = (age: number) => value(routeScore15ByAge(age)).version;
    expect([7, 8, 11, 12, 40].map(version)).toEqual([
      'none',
      'Child SCORE-15',
      'Child SCORE-15',
      'SCORE-15',
      'SCORE-15',
    ]);
    expect(value(routeScore15ByAge(12))).toEqual({ version: 'SCORE-15', scored: true });
    expect(value(routeScore15ByAge(9))).toEqual({ version: 'Child SCORE-15', scored: false });
    expect(value(routeScore15ByAge(0))).toEqual({ version: 'none', scored: false });
    expect(SCORE15_CHILD_MIN_AGE).toBe(8);
    expect(value(routeScore15ByAge(12, { score15MinAge: 13 })).version).toBe('Child SCORE-15');
    expect(errorOf(routeScore15ByAge(-1)).issues[0]).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: 'age',
    });
    expect(errorOf(routeScore15ByAge('12' as never)).code).toBe('INVALID_INPUT');
    // Scoring refuses both younger groups, and says which version fits.
    expect(errorOf(scoreScore15({ items: ALL_VERY_WELL, age: 10 })).message).toMatch(
      /use Child SCORE-15/,
    );
    expect(errorOf(scoreScore15({ items: ALL_VERY_WELL, age: 6 })).message).toMatch(
      /No SCORE-15 version is for age 6/,
    );
    expect(
      errorOf(scoreScore15({ items: ALL_VERY_WELL, age: 5 }, { score15MinAge: 6 })).message,
    ).toMatch(/SCORE-15 is for 6 and up, no version below it/);
  });

  it('refuses family members under 12 when an age is given', () => {
    expect(errorOf(scoreScore15({ items: ALL_VERY_WELL, age: 11 })).code).toBe('AGE_NOT_ELIGIBLE');
    expect(value(scoreScore15({ items: ALL_VERY_WELL, age: 12 })).total.sum).toBe(55);
    expect(
      value(scoreScore15({ items: ALL_VERY_WELL, age: 10 }, { score15MinAge: 8 })).total.sum,
    ).toBe(55);
  });

  it('is strict about missing and invalid items', () => {
    const bad = [...ALL_VERY_WELL];
    bad[14] = 6;
    expect(errorOf(scoreScore15({ items: bad })).issues[0]).toMatchObject({
      code: 'OUT_OF_RANGE',
      path: 'items.14',
    });
    expect(errorOf(scoreScore15({ items: ALL_VERY_WELL.slice(1) })).code).toBe('WRONG_ITEM_COUNT');
    expect(errorOf(scoreScore15({ items: [...ALL_VERY_WELL.slice(1), null] })).code).toBe(
      'MISSING_ITEM',
    );
    expect(errorOf(scoreScore15({ items: [...ALL_VERY_WELL.slice(1), 2.5] })).code).toBe(
      'NOT_ON_SCALE',
    );
    expect(
      errorOf(scoreScore15({ items: ALL_VERY_WELL, describesUsVeryWell: 3 as never })).code,
    ).toBe('INVALID_INPUT');
  });
});

describe('SCORE-15 direction converters', () => {
  it('convert between problem and higher-is-better: 90 − sum, 30 − subscale sum, 6 − mean', () => {
    expect(value(score15OppositeSum(15))).toBe(75);
    expect(value(score15OppositeSum(51.92))).toBeCloseTo(38.08, 10); // the BYU cutoff in the problem direction
    expect(value(score15OppositeSum(5, 5))).toBe(25);
    expect(value(score15OppositeMean(2.5))).toBe(3.5);
    expect(errorOf(score15OppositeSum(80)).code).toBe('OUT_OF_RANGE');
    expect(errorOf(score15OppositeMean(0.5)).code).toBe('OUT_OF_RANGE');
  });

  it('agrees with scoring the same answers in the other orientation', () => {
    const items = [2, 4, 3, 5, 1, 2, 4, 3, 5, 1, 2, 4, 3, 5, 1];
    const s = value(scoreScore15({ items }));
    const higherIsBetter = s.scoredItems.map(reverseScore15Item).reduce((a, b) => a + b, 0);
    expect(value(score15OppositeSum(s.total.sum))).toBe(higherIsBetter);
  });
});

describe('classifyScore15Change', () => {
  it('applies the 10-point threshold on the sum with improvement meaning a decrease', () => {
    const pre = value(scoreScore15({ items: ALL_VERY_WELL })); // 55
    const post = value(scoreScore15({ items: [1, 1, 1, 1, 5, 1, 5, 1, 3, 1, 1, 1, 1, 1, 1] })); // 55 − 4 − 4 − 2
    expect(post.total.sum).toBe(45);
    expect(value(classifyScore15Change(pre, post))).toMatchObject({
      change: -10,
      category: 'improved',
    });
    expect(value(classifyScore15Change(post, pre))).toMatchObject({
      change: 10,
      category: 'deteriorated',
    });
  });
});
