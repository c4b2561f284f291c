import { err, ok, type Result } from '@lotsen/domain';
import { configFrom, type OutcomesConfig, type OutcomesOptions } from './config.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import { checkAge } from './pcoms.js';
import { KASAM_FORMS, isOneOf, type KasamForm, isArray } from './types.js';

/** Shown with every KASAM score (Användarstöd KASAM): a research instrument, not a clinical one. */
export const KASAM_CAVEAT =
  'KASAM is intended for research and evaluation; do not base diagnostic or clinical decisions on it.';

/** Items per KASAM form. */
export const KASAM_ITEM_COUNT: { readonly [F in KasamForm]: number } = {
  'SOC-13': 13,
  'SOC-29': 29,
};

/** Total range per form (7-point items). */
export const KASAM_RANGES: { readonly [F in KasamForm]: readonly [number, number] } = {
  'SOC-13': [13, 91],
  'SOC-29': [29, 203],
};

/** The SOC-29 item numbers that make up SOC-13, in SOC-13 order (S-CARLBRING-KASAM). */
export const SOC13_FROM_SOC29: readonly number[] = Object.freeze([
  4, 5, 6, 8, 9, 12, 16, 19, 21, 25, 26, 28, 29,
]);

/** The three KASAM subscales. */
export type KasamSubscale = 'comprehensibility' | 'manageability' | 'meaningfulness';

/** A KASAM band (Langius & Björvell 1996, "godtyckliga"). */
export type KasamBand = 'low' | 'moderate' | 'high';

/** One KASAM administration: the raw responses 1–7 in printed order. Never item wording. */
export interface KasamInput {
  readonly form: KasamForm;
  readonly items: readonly (number | null | undefined)[];
  /** Age in years; checked against `kasamMinAge` (13) when given. */
  readonly age?: number;
}

/** A scored KASAM. Higher is a stronger sense of coherence. */
export interface KasamScore {
  readonly form: KasamForm;
  /** Raw responses as given. */
  readonly items: readonly number[];
  /** Responses after reversing (8 − response) the reversed items. */
  readonly scoredItems: readonly number[];
  readonly total: number;
  /** Subscale sums; they add up to the total. Antonovsky meant the total as the main score. */
  readonly subscales: { readonly [S in KasamSubscale]: number };
  /** Band of the total, or `null` outside the configured bands. */
  readonly band: KasamBand | null;
  /** Research-use caveat to show beside the score. */
  readonly caveat: string;
}

/** Reverses one KASAM response: 8 − response. Applying it twice gives the response back. */
export function reverseKasamItem(response: number): number {
  return 8 - response;
}

interface KasamKey {
  readonly reversed: Uint8Array;
  /** 0 comprehensibility, 1 manageability, 2 meaningfulness, per 0-based item index. */
  readonly subscaleOf: Uint8Array;
}

const keyCache = new WeakMap<OutcomesConfig, { readonly [F in KasamForm]: KasamKey }>();

// The lists are 1-based item numbers; scoring loops want 0-based lookups without searching arrays.
function keysFor(config: OutcomesConfig): { readonly [F in KasamForm]: KasamKey } {
  let keys = keyCache.get(config);
  if (keys === undefined) {
    const build = (form: KasamForm): KasamKey => {
      const n = KASAM_ITEM_COUNT[form];
      const reversed = new Uint8Array(n);
      for (const i of config.kasamReversedItems[form]) reversed[i - 1] = 1;
      const subscaleOf = new Uint8Array(n);
      const s = config.kasamSubscales[form];
      for (const i of s.manageability) subscaleOf[i - 1] = 1;
      for (const i of s.meaningfulness) subscaleOf[i - 1] = 2;
      return { reversed, subscaleOf };
    };
    keys = { 'SOC-13': build('SOC-13'), 'SOC-29': build('SOC-29') };
    keyCache.set(config, keys);
  }
  return keys;
}

/**
 * Scores a KASAM SOC-13 or SOC-29 from item values (1–7 integers): reverses the reversed items, sums
 * the three subscales and the total, and bands the total. Any missing, non-integer or out-of-range
 * item gives no score (no official missing-data rule exists).
 *
 * @example
 * scoreKasam({ form: 'SOC-13', items: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4] });
 * // ok: total 52, band 'low'
 */
export function scoreKasam(
  input: KasamInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<KasamScore, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  if (typeof input !== 'object' || input === null) {
    return err(
      errorFromIssues('KASAM administration', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an object' },
      ]),
    );
  }
  const form = input.form;
  if (!isOneOf(KASAM_FORMS, form)) {
    return err(
      errorFromIssues('KASAM administration', [
        {
          code: 'UNKNOWN_FORM',
          path: 'form',
          message: `Expected one of ${KASAM_FORMS.join(', ')}`,
        },
      ]),
    );
  }
  const issues: OutcomesIssue[] = [];
  if (input.age !== undefined) {
    const ageIssue = checkAge(input.age, 'age');
    if (ageIssue) issues.push(ageIssue);
    else if (input.age < config.kasamMinAge) {
      issues.push({
        code: 'AGE_NOT_ELIGIBLE',
        path: 'age',
        message: `KASAM is for ages ${config.kasamMinAge} and up`,
      });
    }
  }
  const n = KASAM_ITEM_COUNT[form];
  const items = input.items;
  if (!isArray(items)) {
    issues.push({
      code: 'INVALID_INPUT',
      path: 'items',
      message: `Expected an array of ${n} responses`,
    });
  } else if (items.length !== n) {
    issues.push({
      code: 'WRONG_ITEM_COUNT',
      path: 'items',
      message: `Expected ${n} items, got ${items.length}`,
    });
  } else {
    for (let i = 0; i < n; i++) {
      const issue = likertIssue(items[i], 1, 7, 'items', i);
      if (issue) issues.push(issue);
    }
  }
  if (issues.length > 0) return err(errorFromIssues(`${form} administration`, issues));

  const key = keysFor(config)[form];
  const raw = items as readonly number[];
  const scoredItems = new Array<number>(n);
  const sums = [0, 0, 0];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = key.reversed[i] === 1 ? 8 - (raw[i] as number) : (raw[i] as number);
    scoredItems[i] = v;
    total += v;
    sums[key.subscaleOf[i] as number]! += v;
  }
  return ok({
    form,
    items: raw.slice(),
    scoredItems,
    total,
    subscales: { comprehensibility: sums[0]!, manageability: sums[1]!, meaningfulness: sums[2]! },
    band: bandOf(total, config.kasamBands[form]),
    caveat: KASAM_CAVEAT,
  });
}

/** The band of a KASAM total under the configured (default: extended) bands, or `null`. */
export function kasamBand(
  form: KasamForm,
  total: number,
  options?: OutcomesOptions | OutcomesConfig,
): Result<KasamBand | null, OutcomesError> {
  const config = configFrom(options);
  if (!config.ok) return config;
  if (!isOneOf(KASAM_FORMS, form)) {
    return err(
      errorFromIssues('KASAM band', [
        {
          code: 'UNKNOWN_FORM',
          path: 'form',
          message: `Expected one of ${KASAM_FORMS.join(', ')}`,
        },
      ]),
    );
  }
  const [min, max] = KASAM_RANGES[form];
  if (typeof total !== 'number' || !Number.isInteger(total) || total < min || total > max) {
    return err(
      errorFromIssues('KASAM band', [
        {
          code: 'OUT_OF_RANGE',
          path: 'total',
          message: `Expected an integer total from ${min} to ${max}`,
        },
      ]),
    );
  }
  return ok(bandOf(total, config.value.kasamBands[form]));
}

function bandOf(total: number, bands: OutcomesConfig['kasamBands'][KasamForm]): KasamBand | null {
  if (total >= bands.low[0] && total <= bands.low[1]) return 'low';
  if (total >= bands.moderate[0] && total <= bands.moderate[1]) return 'moderate';
  if (total >= bands.high[0] && total <= bands.high[1]) return 'high';
  return null;
}

/**
 * Picks the 13 SOC-13 responses out of a SOC-29 answer set (items 4, 5, 6, 8, 9, 12, 16, 19, 21, 25,
 * 26, 28, 29), so that a SOC-29 can be compared with SOC-13 administrations.
 */
export function soc13FromSoc29(
  items29: readonly (number | null | undefined)[],
): Result<(number | null | undefined)[], OutcomesError> {
  if (!isArray(items29)) {
    return err(
      errorFromIssues('SOC-29 items', [
        { code: 'INVALID_INPUT', path: 'items', message: 'Expected an array of 29 responses' },
      ]),
    );
  }
  if (items29.length !== 29) {
    return err(
      errorFromIssues('SOC-29 items', [
        {
          code: 'WRONG_ITEM_COUNT',
          path: 'items',
          message: `Expected 29 items, got ${items29.length}`,
        },
      ]),
    );
  }
  return ok(SOC13_FROM_SOC29.map((i) => items29[i - 1]));
}

/**
 * Validates one Likert response (integer in [min, max]); shared with SCORE-15. The path is built only
 * when there is an issue, so valid forms allocate no strings.
 */
export function likertIssue(
  value: unknown,
  min: number,
  max: number,
  prefix: string,
  key: number | string,
): OutcomesIssue | undefined {
  if (typeof value === 'number' && value >= min && value <= max && Number.isInteger(value)) {
    return undefined;
  }
  const path = `${prefix}.${key}`;
  if (value === null || value === undefined)
    return { code: 'MISSING_ITEM', path, message: 'Item is missing; a partial form has no score' };
  if (typeof value !== 'number' || Number.isNaN(value))
    return { code: 'INVALID_INPUT', path, message: 'Expected a number' };
  if (!(value >= min && value <= max))
    return { code: 'OUT_OF_RANGE', path, message: `Expected ${min} to ${max}` };
  return { code: 'NOT_ON_SCALE', path, message: `Expected a whole response ${min}–${max}` };
}
