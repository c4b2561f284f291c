import { err, ok, roundHalfAwayFromZero, type Result } from '@lotsen/domain';
import { isClinical } from './clinical.js';
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
      code: 'INVALID_INPUT',
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
  const change = roundHalfAwayFromZero(post - pre, config.changeDecimals);
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
  const change = roundHalfAwayFromZero(post - pre, config.changeDecimals);
  const size = change < 0 ? -change : change;
  const reliable =
    config.fixedThresholdComparison === 'inclusive' ? size >= threshold : size > threshold;
  if (!reliable) return 'unchanged';
  const better = higherIsBetter ? change > 0 : change < 0;
  if (!better) return 'deteriorated';
  return improvedOrRecovered(pre, post, cutoff, higherIsBetter, config);
}

/**
 * A reliable improvement is `recovered` when it leaves the clinical range: clinical before, not
 * clinical after, by the one rule of {@link isClinical} (fixed thresholds and J&T alike).
 */
function improvedOrRecovered(
  pre: number,
  post: number,
  cutoff: number | null,
  higherIsBetter: boolean,
  config: OutcomesConfig,
): 'improved' | 'recovered' {
  return cutoff !== null &&
    isClinical(pre, cutoff, higherIsBetter, config.atCutoffIsClinical) &&
    !isClinical(post, cutoff, higherIsBetter, config.atCutoffIsClinical)
    ? 'recovered'
    : 'improved';
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
  const reliable = rcCategory((post - pre) / sDiff, higherIsBetter, config);
  if (reliable !== 'improved') return reliable;
  return improvedOrRecovered(pre, post, cutoff, higherIsBetter, config);
}

/**
 * Jacobson & Truax (1991): reliable improvement ⇔ d·RC beyond the critical value, d the healthy
 * direction; deterioration is the mirror. Strict (`>`) by default, as J&T.
 */
function rcCategory(
  rc: number,
  higherIsBetter: boolean,
  config: OutcomesConfig,
): 'improved' | 'unchanged' | 'deteriorated' {
  const drc = higherIsBetter ? rc : -rc;
  const crit = config.rciCriticalValue;
  const strict = config.rciComparison === 'strict';
  if (strict ? drc < -crit : drc <= -crit) return 'deteriorated';
  return (strict ? drc > crit : drc >= crit) ? 'improved' : 'unchanged';
}

/** Input to {@link reliableChangeIndex}. */
export interface RciParameters {
  readonly pre: number;
  readonly post: number;
  /** Standard deviation of the pre scores (or of a norm sample), above 0. */
  readonly sd: number;
  /** Reliability r_xx (alpha or test–retest), in [0, 1). */
  readonly reliability: number;
}

/** Input to {@link jacobsonTruax}. */
export interface RciInput extends RciParameters {
  /** Default true. */
  readonly higherIsBetter?: boolean;
  /** Clinical cutoff (see {@link jtCutoff}); `null`/absent means no `recovered` category. */
  readonly cutoff?: number | null;
}

/**
 * Jacobson & Truax (1991) reliable change index with categories (spec §4): SE = SD·√(1−r),
 * S_diff = √2·SE, RC = Δ/S_diff; improved ⇔ d·RC > 1.96 (strict by default); recovered ⇔ improved,
 * clinical before and out of the clinical range after. "Clinical" is the library's one rule (a total
 * below the cutoff for higher-is-better scales, see `atCutoffIsClinical`), as on every other path.
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
  const issues = rciInputIssues(input);
  const cutoff = input?.cutoff ?? null;
  if (cutoff !== null) finite(cutoff, 'cutoff', issues);
  if (issues.length > 0) return err(errorFromIssues('RCI input', issues));

  const higherIsBetter = input.higherIsBetter ?? true;
  const rci = rciDetails(input, config);
  const category = rciCategory(input.pre, input.post, rci.sDiff, cutoff, higherIsBetter, config);
  const clinical = (x: number) =>
    cutoff === null ? null : isClinical(x, cutoff, higherIsBetter, config.atCutoffIsClinical);
  return ok({
    method: 'rci',
    pre: input.pre,
    post: input.post,
    change: roundHalfAwayFromZero(input.post - input.pre, config.changeDecimals),
    reliable: category !== 'unchanged',
    threshold: rci.reliableChangeValue,
    higherIsBetter,
    cutoff,
    clinicalPre: clinical(input.pre),
    clinicalPost: clinical(input.post),
    category,
    rci,
  });
}

/**
 * The J&T reliable change index on its own (spec §4): SE = SD·√(1 − r), S_diff = √2·SE,
 * RC = (post − pre) / S_diff and the reliable change value `critical value · S_diff` (the MDC95 with
 * the default 1.96). Classify the RC with {@link classifyRc}.
 *
 * @example
 * reliableChangeIndex({ pre: 10, post: 20, sd: 7, reliability: 0.93 });
 * // ok: se ≈ 1.85, sDiff ≈ 2.62, rc ≈ 3.82, reliableChangeValue ≈ 5.13
 */
export function reliableChangeIndex(
  input: RciParameters,
  options?: OutcomesOptions | OutcomesConfig,
): Result<RciDetails, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const issues = rciInputIssues(input);
  if (issues.length > 0) return err(errorFromIssues('RCI input', issues));
  return ok(rciDetails(input, configResult.value));
}

function rciInputIssues(input: RciParameters): OutcomesIssue[] {
  if (typeof input !== 'object' || input === null) {
    return [{ code: 'INVALID_INPUT', path: '', message: 'Expected an object' }];
  }
  const issues: OutcomesIssue[] = [];
  finite(input.pre, 'pre', issues);
  finite(input.post, 'post', issues);
  issues.push(...rciParameterIssues(input.sd, input.reliability, ''));
  return issues;
}

/**
 * Checks an SD and a reliability for the RCI, with `prefix` before each path (`rci.` in an aggregate
 * request). Both are arguments of a call, not the library's options, so a bad one is `INVALID_INPUT`.
 */
export function rciParameterIssues(
  sd: unknown,
  reliability: unknown,
  prefix: string,
): OutcomesIssue[] {
  const issues: OutcomesIssue[] = [];
  if (typeof sd !== 'number' || !Number.isFinite(sd) || sd <= 0) {
    issues.push({
      code: 'INVALID_INPUT',
      path: `${prefix}sd`,
      message: 'Expected a standard deviation above 0',
    });
  }
  // r = 1 would make S_diff 0 and every change "reliable"; r < 0 has no meaning.
  if (typeof reliability !== 'number' || !(reliability >= 0 && reliability < 1)) {
    issues.push({
      code: 'INVALID_INPUT',
      path: `${prefix}reliability`,
      message: 'Expected a reliability in [0, 1)',
    });
  }
  return issues;
}

/** The RCI of checked input: `sd > 0` and `0 ≤ r < 1` keep S_diff finite and positive. */
function rciDetails(input: RciParameters, config: OutcomesConfig): RciDetails {
  const se = input.sd * Math.sqrt(1 - input.reliability);
  const sDiff = Math.SQRT2 * se;
  return {
    se,
    sDiff,
    rc: (input.post - input.pre) / sDiff,
    reliableChangeValue: config.rciCriticalValue * sDiff,
  };
}

/** Input to {@link classifyRc}. */
export interface RcInput {
  /** A reliable change index `(post − pre) / S_diff`, sign as measured (not direction-corrected). */
  readonly rc: number;
  /** Default true. */
  readonly higherIsBetter?: boolean;
}

/**
 * Classifies a given reliable change index (from {@link reliableChangeIndex} or a published study):
 * `improved` ⇔ d·RC > 1.96, `deteriorated` ⇔ d·RC < −1.96, otherwise `unchanged` (Jacobson & Truax
 * 1991; strict by default; `rciComparison` and `rciCriticalValue` as configured). `recovered` needs
 * the scores and a cutoff too: {@link jacobsonTruax} decides it.
 *
 * @example
 * classifyRc({ rc: -2.5, higherIsBetter: false }); // ok: 'improved' (a fall on a problem scale)
 */
export function classifyRc(
  input: RcInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<'improved' | 'unchanged' | 'deteriorated', OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const issues: OutcomesIssue[] = [];
  if (typeof input !== 'object' || input === null) {
    issues.push({ code: 'INVALID_INPUT', path: '', message: 'Expected an object' });
  } else {
    finite(input.rc, 'rc', issues);
    if (input.higherIsBetter !== undefined && typeof input.higherIsBetter !== 'boolean') {
      issues.push({ code: 'INVALID_INPUT', path: 'higherIsBetter', message: 'Expected a boolean' });
    }
  }
  if (issues.length > 0) return err(errorFromIssues('RC', issues));
  return ok(rcCategory(input.rc, input.higherIsBetter ?? true, configResult.value));
}

/** Norm data for {@link jtCutoff}: each cutoff needs only its own norms. */
export interface JtNorms {
  /** Mean of the clinical population; cutoffs a and c. */
  readonly clinicalMean?: number;
  /** SD of the clinical population; cutoffs a and c. */
  readonly clinicalSd?: number;
  /** Mean of the functional population; cutoffs b and c. */
  readonly functionalMean?: number;
  /** SD of the functional population; cutoffs b and c. */
  readonly functionalSd?: number;
  /** Default true. */
  readonly higherIsBetter?: boolean;
}

const NORMS_NEEDED = {
  a: ['clinicalMean', 'clinicalSd'],
  b: ['functionalMean', 'functionalSd'],
  c: ['clinicalMean', 'clinicalSd', 'functionalMean', 'functionalSd'],
} as const;

/**
 * Jacobson & Truax (1991) cutoffs, each from the norms it needs (spec §4; d = +1 when higher is
 * better): `a` = M_clin + d·2·SD_clin, 2 SD beyond the clinical mean in the healthy direction
 * (clinical norms only); `b` = M_func − d·2·SD_func, within 2 SD of the functional mean (functional
 * norms only); `c` = (SD_clin·M_func + SD_func·M_clin) / (SD_clin + SD_func), the SD-weighted
 * midpoint (both). A norm the cutoff needs that is absent is `MISSING_NORM`, whichever cutoff needs
 * it; one that is given but unusable (not finite, an SD not above 0) is `INVALID_INPUT`.
 *
 * @example
 * jtCutoff('b', { functionalMean: 32, functionalSd: 4 }); // ok: 24
 */
export function jtCutoff(
  criterion: 'a' | 'b' | 'c',
  norms: JtNorms,
): Result<number, OutcomesError> {
  if (!isOneOf(['a', 'b', 'c'] as const, criterion)) {
    return err(
      errorFromIssues('J&T norms', [
        { code: 'INVALID_INPUT', path: 'criterion', message: "Expected 'a', 'b' or 'c'" },
      ]),
    );
  }
  const given: JtNorms = typeof norms === 'object' && norms !== null ? norms : {};
  const issues: OutcomesIssue[] = [];
  for (const key of NORMS_NEEDED[criterion]) {
    const v: unknown = given[key];
    if (v === undefined || v === null) {
      issues.push({ code: 'MISSING_NORM', path: key, message: `Cutoff ${criterion} needs ${key}` });
    } else if (key.endsWith('Sd')) positive(v, key, issues);
    else finite(v, key, issues);
  }
  if (issues.length > 0) return err(errorFromIssues('J&T norms', issues));
  const d = given.higherIsBetter === false ? -1 : 1;
  // Only the norms of this criterion were checked, and only they are read below.
  const mc = given.clinicalMean as number;
  const sc = given.clinicalSd as number;
  const mf = given.functionalMean as number;
  const sf = given.functionalSd as number;
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
    issues.push({ code: 'INVALID_INPUT', path, message: 'Expected a number above 0' });
  }
}
