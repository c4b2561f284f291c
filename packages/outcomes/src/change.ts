import { err, ok, type Result } from '@lotsen/domain';
import { configFrom, type OutcomesConfig, type OutcomesOptions } from './config.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import { outcomeCutoff, type PcomsOutcomeScore } from './pcoms.js';
import {
  CHANGE_INSTRUMENTS,
  isOneOf,
  type ChangeCategory,
  type ChangeInstrument,
  type Population,
} from './types.js';
import { roundTo } from './vas.js';

/** Details of a Jacobson & Truax reliable change index. */
export interface RciDetails {
  /** Standard error of measurement, `SD·√(1 − r)`. */
  readonly se: number;
  /** Standard error of the difference, `√2·SE`. */
  readonly sDiff: number;
  /** The reliable change index `(post − pre) / S_diff` (sign as measured, not direction-corrected). */
  readonly rc: number;
  /** The smallest reliable change in points: `critical value · S_diff` (MDC95 with 1.96). */
  readonly reliableChangeValue: number;
}

/** A classified pre → post change. */
export interface ChangeResult {
  /** `fixed`: a fixed point threshold (PCOMS practice); `rci`: Jacobson & Truax. */
  readonly method: 'fixed' | 'rci';
  readonly pre: number;
  readonly post: number;
  /** `post − pre`, rounded to `changeDecimals` (default 0.1) before any comparison. */
  readonly change: number;
  /** True when the change is beyond the threshold in either direction. */
  readonly reliable: boolean;
  /** The fixed threshold, or for `rci` the reliable change value in points. */
  readonly threshold: number;
  /** True when higher scores are better (PCOMS, KASAM); false for SCORE-15. */
  readonly higherIsBetter: boolean;
  /** The clinical cutoff used to decide `recovered`, or `null` when there is none. */
  readonly cutoff: number | null;
  readonly clinicalPre: boolean | null;
  readonly clinicalPost: boolean | null;
  /** recovered ⊂ reliably improved; reported apart so the four categories are mutually exclusive. */
  readonly category: ChangeCategory;
  /** Present for `rci`. */
  readonly rci: RciDetails | null;
}

/** Input to {@link classifyFixedChange}. */
export interface FixedChangeInput {
  readonly pre: number;
  readonly post: number;
  /** Smallest reliable change in points (> 0). */
  readonly threshold: number;
  /** Clinical cutoff; `null`/absent means no `recovered` category. */
  readonly cutoff?: number | null;
  /** Default true. */
  readonly higherIsBetter?: boolean;
}

/**
 * Classifies a change against a fixed threshold (spec §1.4): the change is rounded (default 0.1),
 * reliable ⇔ |change| ≥ T (inclusive by default), recovered ⇔ reliable improvement that leaves the
 * clinical range, deteriorated ⇔ reliable change for the worse.
 *
 * @example
 * classifyFixedChange({ pre: 12.4, post: 17.4, threshold: 5, cutoff: 25 });
 * // ok: change 5 (not 4.999999999999998), category 'improved'
 */
export function classifyFixedChange(
  input: FixedChangeInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<ChangeResult, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  const issues: OutcomesIssue[] = [];
  if (typeof input !== 'object' || input === null) {
    return err(
      errorFromIssues('change', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an object' },
      ]),
    );
  }
  finite(input.pre, 'pre', issues);
  finite(input.post, 'post', issues);
  if (
    typeof input.threshold !== 'number' ||
    !Number.isFinite(input.threshold) ||
    input.threshold <= 0
  ) {
    issues.push({
      code: 'INVALID_CONFIG',
      path: 'threshold',
      message: 'Expected a threshold above 0',
    });
  }
  const cutoff = input.cutoff ?? null;
  if (cutoff !== null) finite(cutoff, 'cutoff', issues);
  if (issues.length > 0) return err(errorFromIssues('change', issues));
  return ok(
    fixedChange(
      input.pre,
      input.post,
      input.threshold,
      cutoff,
      input.higherIsBetter ?? true,
      config,
    ),
  );
}

/** The unchecked core of {@link classifyFixedChange}, shared with trajectories. */
export function fixedChange(
  pre: number,
  post: number,
  threshold: number,
  cutoff: number | null,
  higherIsBetter: boolean,
  config: OutcomesConfig,
): ChangeResult {
  const change = roundTo(post - pre, config.changeDecimals);
  const size = Math.abs(change);
  const reliable =
    config.fixedThresholdComparison === 'inclusive' ? size >= threshold : size > threshold;
  const clinicalPre =
    cutoff === null ? null : isClinical(pre, cutoff, higherIsBetter, config.atCutoffIsClinical);
  const clinicalPost =
    cutoff === null ? null : isClinical(post, cutoff, higherIsBetter, config.atCutoffIsClinical);
  const category = fixedCategory(pre, post, threshold, cutoff, higherIsBetter, config);
  return {
    method: 'fixed',
    pre,
    post,
    change,
    reliable,
    threshold,
    higherIsBetter,
    cutoff,
    clinicalPre,
    clinicalPost,
    category,
    rci: null,
  };
}

/**
 * The category alone, allocation-free, for aggregating millions of series (spec §1.4):
 * deteriorated ⇐ reliable and worse; recovered ⇐ reliable, better and out of the clinical range;
 * improved ⇐ reliable and better; otherwise unchanged.
 */
export function fixedCategory(
  pre: number,
  post: number,
  threshold: number,
  cutoff: number | null,
  higherIsBetter: boolean,
  config: OutcomesConfig,
): ChangeCategory {
  const change = roundTo(post - pre, config.changeDecimals);
  const size = change < 0 ? -change : change;
  const reliable =
    config.fixedThresholdComparison === 'inclusive' ? size >= threshold : size > threshold;
  if (!reliable) return 'unchanged';
  const better = higherIsBetter ? change > 0 : change < 0;
  if (!better) return 'deteriorated';
  if (
    cutoff !== null &&
    isClinical(pre, cutoff, higherIsBetter, config.atCutoffIsClinical) &&
    !isClinical(post, cutoff, higherIsBetter, config.atCutoffIsClinical)
  ) {
    return 'recovered';
  }
  return 'improved';
}

/** The J&T category alone, allocation-free; `sDiff` must be positive. */
export function rciCategory(
  pre: number,
  post: number,
  sDiff: number,
  cutoff: number | null,
  higherIsBetter: boolean,
  config: OutcomesConfig,
): ChangeCategory {
  const d = higherIsBetter ? 1 : -1;
  const drc = (d * (post - pre)) / sDiff;
  const crit = config.rciCriticalValue;
  const strict = config.rciComparison === 'strict';
  if (strict ? drc < -crit : drc <= -crit) return 'deteriorated';
  if (!(strict ? drc > crit : drc >= crit)) return 'unchanged';
  return cutoff !== null && d * pre < d * cutoff && d * post > d * cutoff
    ? 'recovered'
    : 'improved';
}

/** Clinical range test with the configured boundary: by default a score exactly at the cutoff is not clinical. */
export function isClinical(
  score: number,
  cutoff: number,
  higherIsBetter: boolean,
  atCutoffIsClinical: boolean,
): boolean {
  if (higherIsBetter) return atCutoffIsClinical ? score <= cutoff : score < cutoff;
  return atCutoffIsClinical ? score >= cutoff : score > cutoff;
}

/** Input to {@link jacobsonTruax}. */
export interface RciInput {
  readonly pre: number;
  readonly post: number;
  /** Standard deviation of the pre scores (or of a norm sample). */
  readonly sd: number;
  /** Reliability r_xx (alpha or test–retest), in [0, 1). */
  readonly reliability: number;
  /** Default true. */
  readonly higherIsBetter?: boolean;
  /** Clinical cutoff (see {@link jtCutoff}); `null`/absent means no `recovered` category. */
  readonly cutoff?: number | null;
}

/**
 * Jacobson & Truax (1991) reliable change index (spec §4): SE = SD·√(1−r), S_diff = √2·SE,
 * RC = Δ/S_diff; improved ⇔ d·RC > 1.96 (strict by default), recovered ⇔ improved, clinical before
 * (d·pre < d·cutoff) and functional after (d·post > d·cutoff).
 *
 * @example
 * jacobsonTruax({ pre: 10, post: 20, sd: 7, reliability: 0.93 });
 * // ok: reliableChangeValue ≈ 5.13, category 'improved'
 */
export function jacobsonTruax(
  input: RciInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<ChangeResult, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  if (typeof input !== 'object' || input === null) {
    return err(
      errorFromIssues('RCI input', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an object' },
      ]),
    );
  }
  const issues: OutcomesIssue[] = [];
  finite(input.pre, 'pre', issues);
  finite(input.post, 'post', issues);
  if (typeof input.sd !== 'number' || !Number.isFinite(input.sd) || input.sd <= 0) {
    issues.push({
      code: 'INVALID_CONFIG',
      path: 'sd',
      message: 'Expected a standard deviation above 0',
    });
  }
  // r = 1 would make S_diff 0 and every change "reliable"; r < 0 has no meaning.
  if (typeof input.reliability !== 'number' || !(input.reliability >= 0 && input.reliability < 1)) {
    issues.push({
      code: 'INVALID_CONFIG',
      path: 'reliability',
      message: 'Expected a reliability in [0, 1)',
    });
  }
  const cutoff = input.cutoff ?? null;
  if (cutoff !== null) finite(cutoff, 'cutoff', issues);
  if (issues.length > 0) return err(errorFromIssues('RCI input', issues));

  const higherIsBetter = input.higherIsBetter ?? true;
  const d = higherIsBetter ? 1 : -1;
  const se = input.sd * Math.sqrt(1 - input.reliability);
  const sDiff = Math.SQRT2 * se;
  const rawChange = input.post - input.pre;
  const rc = rawChange / sDiff;
  const crit = config.rciCriticalValue;
  // r_xx = 0 still gives S_diff > 0 because sd > 0; the guard above keeps S_diff finite and positive.
  const category = rciCategory(input.pre, input.post, sDiff, cutoff, higherIsBetter, config);
  const clinicalPre = cutoff === null ? null : d * input.pre < d * cutoff;
  const functionalPost = cutoff === null ? null : d * input.post > d * cutoff;
  return ok({
    method: 'rci',
    pre: input.pre,
    post: input.post,
    change: roundTo(rawChange, config.changeDecimals),
    reliable: category !== 'unchanged',
    threshold: crit * sDiff,
    higherIsBetter: d === 1,
    cutoff,
    clinicalPre,
    clinicalPost: functionalPost === null ? null : !functionalPost,
    category,
    rci: { se, sDiff, rc, reliableChangeValue: crit * sDiff },
  });
}

/** Norm data for {@link jtCutoff}. */
export interface JtNorms {
  readonly clinicalMean: number;
  readonly clinicalSd: number;
  readonly functionalMean?: number;
  readonly functionalSd?: number;
  /** Default true. */
  readonly higherIsBetter?: boolean;
}

/**
 * Jacobson & Truax cutoffs: `a` = 2 SD beyond the clinical mean (healthy direction), `b` = within 2 SD
 * of the functional mean, `c` = the SD-weighted midpoint of the two means. `b` and `c` need functional norms.
 */
export function jtCutoff(
  criterion: 'a' | 'b' | 'c',
  norms: JtNorms,
): Result<number, OutcomesError> {
  const issues: OutcomesIssue[] = [];
  if (!isOneOf(['a', 'b', 'c'] as const, criterion)) {
    issues.push({ code: 'INVALID_INPUT', path: 'criterion', message: "Expected 'a', 'b' or 'c'" });
  }
  finite(norms?.clinicalMean, 'clinicalMean', issues);
  positive(norms?.clinicalSd, 'clinicalSd', issues);
  if (criterion !== 'a') {
    finite(norms?.functionalMean, 'functionalMean', issues);
    positive(norms?.functionalSd, 'functionalSd', issues);
  }
  if (issues.length > 0) return err(errorFromIssues('J&T norms', issues));
  const d = (norms.higherIsBetter ?? true) ? 1 : -1;
  const mc = norms.clinicalMean;
  const sc = norms.clinicalSd;
  const mf = norms.functionalMean as number;
  const sf = norms.functionalSd as number;
  if (criterion === 'a') return ok(mc + d * 2 * sc);
  if (criterion === 'b') return ok(mf - d * 2 * sf);
  return ok((sc * mf + sf * mc) / (sc + sf));
}

/** Score range of each change instrument, in the points {@link classifyChange} takes. */
export const CHANGE_RANGES: { readonly [I in ChangeInstrument]: readonly [number, number] } = {
  ORS: [0, 40],
  CORS: [0, 40],
  'SCORE-15': [15, 75],
  'SOC-13': [13, 91],
  'SOC-29': [29, 203],
};

/** Input to {@link classifyChange}. */
export interface ChangeInput {
  readonly instrument: ChangeInstrument;
  /** Totals in the instrument's points: PCOMS 0–40, SCORE-15 sum 15–75 (problem direction), KASAM total. */
  readonly pre: number;
  readonly post: number;
  /** Needed for ORS (adult/adolescent thresholds and cutoffs); CORS is always `child`. */
  readonly population?: Population | null;
  /** Uses the caretaker cutoff override where one is configured. */
  readonly caretakerRated?: boolean;
  /** Use Jacobson & Truax with these parameters instead of the fixed threshold. */
  readonly rci?: { readonly sd: number; readonly reliability: number };
}

/** True when higher totals are better for the instrument (all but SCORE-15, which is scored as problem load). */
export function higherIsBetterFor(instrument: ChangeInstrument): boolean {
  return instrument !== 'SCORE-15';
}

/**
 * The fixed reliable-change threshold for an instrument and population, or `NO_THRESHOLD` when none
 * is configured (by default CORS and KASAM: no developer value was found).
 */
export function reliableChangeThreshold(
  instrument: ChangeInstrument,
  population: Population | null | undefined,
  options?: OutcomesOptions | OutcomesConfig,
): Result<number, OutcomesError> {
  const config = configFrom(options);
  if (!config.ok) return config;
  const t = thresholdFor(instrument, population ?? null, config.value);
  if (t === null) {
    return err(
      errorFromIssues('reliable change', [
        {
          code: 'NO_THRESHOLD',
          path: 'instrument',
          message: `No reliable-change threshold is configured for ${instrument}${population ? ` (${population})` : ''}; set reliableChange or use the RCI`,
        },
      ]),
    );
  }
  return ok(t);
}

/** Threshold lookup without a Result, for loops. */
export function thresholdFor(
  instrument: ChangeInstrument,
  population: Population | null,
  config: OutcomesConfig,
): number | null {
  const rc = config.reliableChange;
  switch (instrument) {
    case 'ORS': {
      const pop =
        population === 'adult' || population === 'adolescent'
          ? population
          : population === null
            ? defaultOrs(config)
            : null;
      return pop === null ? null : rc.ORS[pop];
    }
    case 'CORS':
      return population === null || population === 'child' ? rc.CORS.child : null;
    default:
      return rc[instrument];
  }
}

function defaultOrs(config: OutcomesConfig): 'adult' | 'adolescent' {
  return config.orsPopulationWhenUnknown;
}

/** Cutoff lookup for change classification. */
export function cutoffFor(
  instrument: ChangeInstrument,
  population: Population | null,
  caretakerRated: boolean,
  config: OutcomesConfig,
): number | null {
  if (instrument === 'ORS') {
    const pop =
      population === 'adult' || population === 'adolescent' ? population : defaultOrs(config);
    return outcomeCutoff('ORS', pop, caretakerRated, config);
  }
  if (instrument === 'CORS') return outcomeCutoff('CORS', 'child', caretakerRated, config);
  return config.otherCutoffs[instrument];
}

/**
 * Classifies a pre → post change for an instrument with its configured threshold and cutoff (or with
 * the J&T RCI when `rci` is given). Direction is the instrument's: SCORE-15 improves downwards.
 */
export function classifyChange(
  input: ChangeInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<ChangeResult, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  if (typeof input !== 'object' || input === null) {
    return err(
      errorFromIssues('change', [
        { code: 'INVALID_INPUT', path: '', message: 'Expected an object' },
      ]),
    );
  }
  if (!isOneOf(CHANGE_INSTRUMENTS, input.instrument)) {
    return err(
      errorFromIssues('change', [
        {
          code: 'UNKNOWN_FORM',
          path: 'instrument',
          message: `Expected one of ${CHANGE_INSTRUMENTS.join(', ')}`,
        },
      ]),
    );
  }
  const [min, max] = CHANGE_RANGES[input.instrument];
  const issues: OutcomesIssue[] = [];
  for (const key of ['pre', 'post'] as const) {
    const v = input[key];
    if (typeof v !== 'number' || Number.isNaN(v))
      issues.push({ code: 'INVALID_INPUT', path: key, message: 'Expected a number' });
    else if (!(v >= min && v <= max))
      issues.push({ code: 'OUT_OF_RANGE', path: key, message: `Expected ${min} to ${max}` });
  }
  if (issues.length > 0) return err(errorFromIssues('change', issues));
  const population = input.population ?? null;
  const higherIsBetter = higherIsBetterFor(input.instrument);
  const cutoff = cutoffFor(input.instrument, population, input.caretakerRated === true, config);
  if (input.rci !== undefined) {
    return jacobsonTruax(
      {
        pre: input.pre,
        post: input.post,
        sd: input.rci.sd,
        reliability: input.rci.reliability,
        higherIsBetter,
        cutoff,
      },
      config,
    );
  }
  const threshold = reliableChangeThreshold(input.instrument, population, config);
  if (!threshold.ok) return threshold;
  return ok(fixedChange(input.pre, input.post, threshold.value, cutoff, higherIsBetter, config));
}

/**
 * Classifies the change between two scored ORS or two scored CORS, using the first administration's
 * population and caretaker flag (norms do not switch mid-series when a client has a birthday).
 */
export function classifyPcomsChange(
  pre: PcomsOutcomeScore,
  post: PcomsOutcomeScore,
  options?: OutcomesOptions | OutcomesConfig,
): Result<ChangeResult, OutcomesError> {
  if (pre?.kind !== 'outcome' || post?.kind !== 'outcome' || pre.form !== post.form) {
    return err(
      errorFromIssues('PCOMS change', [
        {
          code: 'INVALID_INPUT',
          path: 'post',
          message: 'Expected two scored ORS or two scored CORS of the same form',
        },
      ]),
    );
  }
  return classifyChange(
    {
      instrument: pre.form,
      pre: pre.total,
      post: post.total,
      population: pre.population,
      caretakerRated: pre.caretakerRated,
    },
    options,
  );
}

function finite(value: unknown, path: string, issues: OutcomesIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    issues.push({ code: 'INVALID_INPUT', path, message: 'Expected a finite number' });
}

function positive(value: unknown, path: string, issues: OutcomesIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    issues.push({ code: 'INVALID_CONFIG', path, message: 'Expected a number above 0' });
  }
}
