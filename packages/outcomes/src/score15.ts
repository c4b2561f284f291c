import { isArray } from './types.js';
import { err, ok, type Result } from '@lotsen/domain';
import { classifyChange, type ChangeResult } from './change.js';
import { configFrom, type OutcomesConfig, type OutcomesOptions } from './config.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import { likertIssue } from './kasam.js';
import { checkAge } from './pcoms.js';

/** Items on SCORE-15. */
export const SCORE15_ITEM_COUNT = 15;

/** The three SCORE-15 subscales (S-PHENX-SCORE15). */
export type Score15Subscale = 'strengths' | 'difficulties' | 'communication';

/** Item numbers of each subscale: strengths and adaptability, overwhelmed by difficulties, disrupted communication. */
export const SCORE15_SUBSCALES: { readonly [S in Score15Subscale]: readonly number[] } =
  Object.freeze({
    strengths: Object.freeze([1, 3, 6, 10, 15]),
    difficulties: Object.freeze([5, 7, 9, 11, 14]),
    communication: Object.freeze([2, 4, 8, 12, 13]),
  });

/**
 * Items that describe problems. On the standard layout (1 = "describes us very well") they are the
 * ones reversed (6 − response) so that every item points "higher = more problems".
 */
export const SCORE15_PROBLEM_ITEMS: readonly number[] = Object.freeze([
  2, 4, 5, 7, 8, 9, 11, 12, 13, 14,
]);

const IS_PROBLEM_ITEM = new Uint8Array(SCORE15_ITEM_COUNT);
for (const i of SCORE15_PROBLEM_ITEMS) IS_PROBLEM_ITEM[i - 1] = 1;
const SUBSCALE_OF = new Uint8Array(SCORE15_ITEM_COUNT);
for (const i of SCORE15_SUBSCALES.difficulties) SUBSCALE_OF[i - 1] = 1;
for (const i of SCORE15_SUBSCALES.communication) SUBSCALE_OF[i - 1] = 2;

/**
 * The supplementary questions. Stored as given and never added to the score: the anchor direction of
 * the three 1–10 ratings was not found in any source.
 */
export interface Score15Extra {
  /** Open answer: a description of the family. */
  readonly describeFamily?: string;
  /** Open answer: the biggest problem. */
  readonly biggestProblem?: string;
  /** Rating 1–10: how severe the problem is. */
  readonly problemSeverity?: number;
  /** Rating 1–10: how the family is managing. */
  readonly familyCoping?: number;
  /** Rating 1–10: view of family therapy. */
  readonly therapyView?: number;
}

/** Keys of the two open supplementary questions in {@link Score15Extra} (text, stored raw). */
export const SCORE15_EXTRA_TEXT = Object.freeze(['describeFamily', 'biggestProblem'] as const);
/** Keys of the three supplementary ratings in {@link Score15Extra} (whole numbers 1–10, stored raw). */
export const SCORE15_EXTRA_RATINGS = Object.freeze([
  'problemSeverity',
  'familyCoping',
  'therapyView',
] as const);

/** Youngest age for Child SCORE-15 (CORC: ages 8–11); younger children have no SCORE-15 version. */
export const SCORE15_CHILD_MIN_AGE = 8;

/** One family member's SCORE-15: the 15 raw responses in printed order. */
export interface Score15Input {
  readonly items: readonly (number | null | undefined)[];
  /** Which printed response means "describes us very well" on this form; overrides `score15VeryWellResponse`. */
  readonly describesUsVeryWell?: 1 | 5;
  /** Age in years; checked against `score15MinAge` (12) when given. */
  readonly age?: number;
  readonly extra?: Score15Extra;
}

/** A sum and a mean of item scores. */
export interface SumAndMean {
  readonly sum: number;
  readonly mean: number;
}

/**
 * A scored SCORE-15 in the problem direction (Socialstyrelsen, Stratton): higher means more problems,
 * for the total and for every subscale, including "strengths" (a high strengths score means few).
 */
export interface Score15Score {
  readonly direction: 'higher-is-more-problems';
  readonly items: readonly number[];
  /** Each item 1–5 with 5 = most problem. */
  readonly scoredItems: readonly number[];
  /** Sum 15–75 and mean 1–5. */
  readonly total: SumAndMean;
  /** Sums 5–25 and means 1–5. */
  readonly subscales: { readonly [S in Score15Subscale]: SumAndMean };
  /**
   * The valid supplementary answers, stored raw and not scored; `null` when none were given. They
   * are separate indicators (CORC), never part of the 15-item score.
   */
  readonly extra: Score15Extra | null;
  /**
   * Faults in the supplementary answers (a rating outside 1–10 or not whole, an unknown key, text
   * that is not text), with the same codes and paths (`extra.problemSeverity`) an error would carry.
   * The score above is valid all the same; the faulty answers are left out of `extra`.
   */
  readonly extraIssues: readonly OutcomesIssue[];
}

/** Reverses one SCORE-15 response: 6 − response. Applying it twice gives the response back. */
export function reverseScore15Item(response: number): number {
  return 6 - response;
}

/**
 * Scores one family member's SCORE-15. Keyed by meaning: with the standard layout (1 = describes us
 * very well) the ten problem items are reversed; with a form printed the other way round (5 = very
 * well) the five strength items are. Strict: any missing or invalid item gives no score.
 *
 * @example
 * scoreScore15({ items: [1, 5, 1, 5, 5, 1, 5, 5, 5, 1, 5, 5, 5, 5, 1] });
 * // ok: total { sum: 15, mean: 1 } (the best-functioning answer set)
 */
export function scoreScore15(
  input: Score15Input,
  options?: OutcomesOptions | OutcomesConfig,
): Result<Score15Score, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  if (typeof input !== 'object' || input === null) {
    return err(
      errorFromIssues('SCORE-15 administration', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an object' },
      ]),
    );
  }
  const issues: OutcomesIssue[] = [];
  const veryWell = input.describesUsVeryWell ?? config.score15VeryWellResponse;
  if (veryWell !== 1 && veryWell !== 5) {
    issues.push({ code: 'INVALID_INPUT', path: 'describesUsVeryWell', message: 'Expected 1 or 5' });
  }
  if (input.age !== undefined) {
    const route = score15Route(input.age, config);
    if ('code' in route) issues.push(route);
    else if (!route.scored) issues.push(score15AgeIssue(input.age, route.version, config));
  }
  const items = input.items;
  if (!isArray(items)) {
    issues.push({
      code: 'INVALID_INPUT',
      path: 'items',
      message: 'Expected an array of 15 responses',
    });
  } else if (items.length !== SCORE15_ITEM_COUNT) {
    issues.push({
      code: 'WRONG_ITEM_COUNT',
      path: 'items',
      message: `Expected 15 items, got ${items.length}`,
    });
  } else {
    for (let i = 0; i < SCORE15_ITEM_COUNT; i++) {
      const issue = likertIssue(items[i], 1, 5, 'items', i);
      if (issue) issues.push(issue);
    }
  }
  const extraIssues: OutcomesIssue[] = [];
  const extra = checkExtra(input.extra, extraIssues);
  // The supplementary answers never enter the score: their faults refuse nothing on their own, but
  // an error for the items lists them too, so that a form can mark everything at once.
  if (issues.length > 0) {
    return err(errorFromIssues('SCORE-15 administration', [...issues, ...extraIssues]));
  }

  const raw = items as readonly number[];
  // Reverse problem items on the standard layout, strength items on the flipped one.
  const reverseProblem = veryWell === 1 ? 1 : 0;
  const scoredItems = new Array<number>(SCORE15_ITEM_COUNT);
  const sums = [0, 0, 0];
  let total = 0;
  for (let i = 0; i < SCORE15_ITEM_COUNT; i++) {
    const r = raw[i] as number;
    const v = IS_PROBLEM_ITEM[i] === reverseProblem ? 6 - r : r;
    scoredItems[i] = v;
    total += v;
    sums[SUBSCALE_OF[i] as number]! += v;
  }
  return ok({
    direction: 'higher-is-more-problems',
    items: raw.slice(),
    scoredItems,
    total: { sum: total, mean: total / SCORE15_ITEM_COUNT },
    subscales: {
      strengths: { sum: sums[0]!, mean: sums[0]! / 5 },
      difficulties: { sum: sums[1]!, mean: sums[1]! / 5 },
      communication: { sum: sums[2]!, mean: sums[2]! / 5 },
    },
    extra,
    extraIssues,
  });
}

/** Which SCORE-15 version fits an age. */
export type Score15Version = 'SCORE-15' | 'Child SCORE-15' | 'none';

/** The SCORE-15 version for a family member's age, from {@link routeScore15ByAge}. */
export interface Score15Route {
  /**
   * `SCORE-15` from `score15MinAge` (12), `Child SCORE-15` from 8 up to that age, `none` under 8
   * (no SCORE-15 version is for younger children).
   */
  readonly version: Score15Version;
  /** True only for `SCORE-15`: this library scores it; Child SCORE-15 is a different form. */
  readonly scored: boolean;
}

/**
 * The SCORE-15 version for a family member's age (CORC; Stratton et al.): SCORE-15 from 12 (the
 * `score15MinAge` option), Child SCORE-15 for 8–11, none under 8. Tells the three apart, so that a
 * service can offer the child version instead of refusing. An age that is not a number or outside
 * 0–130 is an error.
 *
 * @example
 * routeScore15ByAge(9); // ok: { version: 'Child SCORE-15', scored: false }
 */
export function routeScore15ByAge(
  age: number,
  options?: OutcomesOptions | OutcomesConfig,
): Result<Score15Route, OutcomesError> {
  const config = configFrom(options);
  if (!config.ok) return config;
  const route = score15Route(age, config.value);
  return 'code' in route ? err(errorFromIssues('age', [route])) : ok(route);
}

function score15Route(age: unknown, config: OutcomesConfig): Score15Route | OutcomesIssue {
  const ageIssue = checkAge(age, 'age');
  if (ageIssue) return ageIssue;
  const years = age as number;
  if (years >= config.score15MinAge) return { version: 'SCORE-15', scored: true };
  if (years >= SCORE15_CHILD_MIN_AGE) return { version: 'Child SCORE-15', scored: false };
  return { version: 'none', scored: false };
}

function score15AgeIssue(
  age: number,
  version: Score15Version,
  config: OutcomesConfig,
): OutcomesIssue {
  // With score15MinAge at 8 or below there is no age left for the child version.
  const child =
    config.score15MinAge > SCORE15_CHILD_MIN_AGE
      ? `Child SCORE-15 for ${SCORE15_CHILD_MIN_AGE}–${config.score15MinAge - 1}`
      : 'no version below it';
  const message =
    version === 'Child SCORE-15'
      ? `SCORE-15 is for family members aged ${config.score15MinAge} and up; at ${age} use Child SCORE-15 (${child})`
      : `No SCORE-15 version is for age ${age}: SCORE-15 is for ${config.score15MinAge} and up, ${child}`;
  return { code: 'AGE_NOT_ELIGIBLE', path: 'age', message };
}

function checkExtra(extra: unknown, issues: OutcomesIssue[]): Score15Extra | null {
  if (extra === undefined) return null;
  if (typeof extra !== 'object' || extra === null || Array.isArray(extra)) {
    issues.push({ code: 'INVALID_INPUT', path: 'extra', message: 'Expected an object' });
    return null;
  }
  const record = extra as Record<string, unknown>;
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (value === undefined) continue;
    if ((SCORE15_EXTRA_TEXT as readonly string[]).includes(key)) {
      if (typeof value !== 'string')
        issues.push({ code: 'INVALID_INPUT', path: `extra.${key}`, message: 'Expected text' });
      else out[key] = value;
    } else if ((SCORE15_EXTRA_RATINGS as readonly string[]).includes(key)) {
      const issue = likertIssue(value, 1, 10, 'extra', key);
      if (issue) issues.push(issue);
      else out[key] = value as number;
    } else {
      issues.push({
        code: 'INVALID_INPUT',
        path: `extra.${key}`,
        message: 'Unknown supplementary question',
      });
    }
  }
  return out;
}

/**
 * Converts a SCORE-15 sum to the opposite direction: problem ⇄ higher-is-better (NHS England, BYU).
 * `sum' = 6·items − sum`: 90 − sum for the total, 30 − sum for a 5-item subscale. Its own inverse.
 */
export function score15OppositeSum(
  sum: number,
  itemCount: 5 | 15 = 15,
): Result<number, OutcomesError> {
  if (itemCount !== 5 && itemCount !== 15) {
    return err(
      errorFromIssues('SCORE-15 sum', [
        { code: 'INVALID_INPUT', path: 'itemCount', message: 'Expected 5 or 15' },
      ]),
    );
  }
  if (typeof sum !== 'number' || !Number.isFinite(sum) || sum < itemCount || sum > 5 * itemCount) {
    return err(
      errorFromIssues('SCORE-15 sum', [
        { code: 'OUT_OF_RANGE', path: 'sum', message: `Expected ${itemCount} to ${5 * itemCount}` },
      ]),
    );
  }
  return ok(6 * itemCount - sum);
}

/** Converts a SCORE-15 mean (total or subscale, 1–5) to the opposite direction: `6 − mean`. Its own inverse. */
export function score15OppositeMean(mean: number): Result<number, OutcomesError> {
  if (typeof mean !== 'number' || !Number.isFinite(mean) || mean < 1 || mean > 5) {
    return err(
      errorFromIssues('SCORE-15 mean', [
        { code: 'OUT_OF_RANGE', path: 'mean', message: 'Expected 1 to 5' },
      ]),
    );
  }
  return ok(6 - mean);
}

/**
 * Classifies the change between two SCORE-15 administrations of the same family member on the sum
 * (threshold 10 by default, NHS England after Stratton et al. 2014), improvement meaning a decrease.
 */
export function classifyScore15Change(
  pre: Score15Score,
  post: Score15Score,
  options?: OutcomesOptions | OutcomesConfig,
): Result<ChangeResult, OutcomesError> {
  return classifyChange(
    { instrument: 'SCORE-15', pre: pre?.total?.sum, post: post?.total?.sum },
    options,
  );
}
