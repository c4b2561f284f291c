import { err, ok, type Result } from '@lotsen/domain';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import { RATERS, isOneOf, type KasamForm, type Rater } from './types.js';

/** Clinical cutoffs of the PCOMS forms, in points (0–40). `null` means "no published cutoff". */
export interface PcomsCutoffs {
  readonly ORS: { readonly adult: number | null; readonly adolescent: number | null };
  readonly CORS: { readonly child: number | null };
  readonly SRS: number | null;
  readonly CSRS: number | null;
}

/** Cutoffs used instead of {@link PcomsCutoffs} when a caretaker rated a child's ORS/CORS. */
export interface CaretakerCutoffs {
  readonly ORS?: { readonly adult?: number | null; readonly adolescent?: number | null };
  readonly CORS?: { readonly child?: number | null };
}

/**
 * Fixed reliable-change thresholds per instrument and population, in each instrument's own points
 * (PCOMS 0–40 total, SCORE-15 15–75 sum, KASAM total). `null` means "none configured".
 */
export interface ReliableChangeThresholds {
  readonly ORS: { readonly adult: number | null; readonly adolescent: number | null };
  readonly CORS: { readonly child: number | null };
  readonly 'SCORE-15': number | null;
  readonly 'SOC-13': number | null;
  readonly 'SOC-29': number | null;
}

/** Item numbers (1-based, printed order) of the three KASAM subscales. */
export interface KasamSubscaleItems {
  readonly comprehensibility: readonly number[];
  readonly manageability: readonly number[];
  readonly meaningfulness: readonly number[];
}

/** An inclusive `[min, max]` range of totals. */
export type TotalRange = readonly [number, number];

/** KASAM bands as inclusive total ranges; a total in none of them gets band `null`. */
export interface KasamBandTable {
  readonly low: TotalRange;
  readonly moderate: TotalRange;
  readonly high: TotalRange;
}

/** Clinical cutoffs for instruments other than PCOMS, used only to decide `recovered`. */
export interface OtherCutoffs {
  /** SCORE-15 sum (15–75) in the problem direction: a sum above it is clinical. */
  readonly 'SCORE-15': number | null;
  /** KASAM totals: a total below it is "clinical" (weak SOC). */
  readonly 'SOC-13': number | null;
  readonly 'SOC-29': number | null;
}

/**
 * Every rule the library applies where the sources are silent or disagree, with its value. The spec's
 * "[convention]" rules are all here; see the README's "Conventions" table for the reasoning.
 */
export interface OutcomesConfig {
  /** [convention] First age scored with the adult ORS norms; sources say adolescents are 13–17. Default 18. */
  readonly adultFromAge: number;
  /** Population assumed for an ORS given with neither age nor population. Default `adult` (the original norm). */
  readonly orsPopulationWhenUnknown: 'adult' | 'adolescent';
  /** [convention] `integer-mm` sums VAS items as whole millimetres so boundary totals are exact; `float` reproduces naive tools. */
  readonly pcomsArithmetic: 'integer-mm' | 'float';
  /** A VAS mark finer than 1 mm: `reject` (NOT_ON_SCALE) or `round` to the nearest millimetre. Default `reject`. */
  readonly vasResolution: 'reject' | 'round';
  /** [convention] ORS/CORS: is a total exactly at the cutoff clinical? Default `false` (clinical ⇔ total < cutoff). */
  readonly atCutoffIsClinical: boolean;
  /** [convention] SRS: is a total exactly at 36 flagged? Default `false` (flag ⇔ total < 36). */
  readonly atSrsCutoffIsFlagged: boolean;
  /** Clinical cutoffs: ORS adult 25, adolescent 28; CORS 32; SRS 36; CSRS none. */
  readonly cutoffs: PcomsCutoffs;
  /** Cutoffs for caretaker ratings; unset entries fall back to {@link OutcomesConfig.cutoffs} (none published). */
  readonly caretakerCutoffs: CaretakerCutoffs;
  /** SRS alert when the current total ≤ previous − this many points (OpenFIT `SRSChangeFromLast <= -1`). Default 1. */
  readonly srsDropPoints: number;
  /** [convention] Decimals a pre → post change is rounded to before it meets a threshold. Default 1. */
  readonly changeDecimals: number;
  /** [convention] Fixed thresholds: `inclusive` (|Δ| ≥ T, as NHS England) or `strict`. Default `inclusive`. */
  readonly fixedThresholdComparison: 'inclusive' | 'strict';
  /** Jacobson & Truax: `strict` (|RC| > 1.96, as J&T) or `inclusive`. Default `strict`. */
  readonly rciComparison: 'strict' | 'inclusive';
  /** The RC critical value. Default 1.96 (two-sided 95 %). */
  readonly rciCriticalValue: number;
  /** Fixed reliable-change thresholds. Default {@link RELIABLE_CHANGE_PCOMS}. */
  readonly reliableChange: ReliableChangeThresholds;
  /** Cutoffs deciding `recovered` for SCORE-15 and KASAM. None published; default all `null`. */
  readonly otherCutoffs: OtherCutoffs;
  /** KASAM items scored as 8 − response (standard anchor layout). */
  readonly kasamReversedItems: { readonly [F in KasamForm]: readonly number[] };
  /** KASAM subscale membership; SOC-29 is [convention] (Antonovsky 1987 as commonly reproduced). */
  readonly kasamSubscales: { readonly [F in KasamForm]: KasamSubscaleItems };
  /** [convention] KASAM bands; default extends Langius & Björvell's bands to the full range. */
  readonly kasamBands: { readonly [F in KasamForm]: KasamBandTable };
  /** Youngest age KASAM is given to (Metodguiden: from 13). */
  readonly kasamMinAge: number;
  /**
   * SCORE-15 is keyed by meaning: which printed response means "describes us very well". Standard
   * forms print 1; some digital forms print the scale the other way round (5).
   */
  readonly score15VeryWellResponse: 1 | 5;
  /** Youngest age SCORE-15 is given to (CORC: 12+). */
  readonly score15MinAge: number;
  /** Trajectory alert when there is no reliable improvement by this session number. Default 4. */
  readonly noImprovementBySession: number;
  /** MOS follow-up: months after closure. Default 3. */
  readonly followUpMonths: number;
  /** Aggregates hide any count greater than 0 and below this. Default 5. */
  readonly minCellSize: number;
  /** Aggregates count one series per case and measure: the first rater in this list that has one. */
  readonly raterPriority: readonly Rater[];
}

/** Options: any subset of {@link OutcomesConfig}; nested tables merge entry by entry. */
export interface OutcomesOptions {
  readonly adultFromAge?: number;
  readonly orsPopulationWhenUnknown?: 'adult' | 'adolescent';
  readonly pcomsArithmetic?: 'integer-mm' | 'float';
  readonly vasResolution?: 'reject' | 'round';
  readonly atCutoffIsClinical?: boolean;
  readonly atSrsCutoffIsFlagged?: boolean;
  readonly cutoffs?: {
    readonly ORS?: { readonly adult?: number | null; readonly adolescent?: number | null };
    readonly CORS?: { readonly child?: number | null };
    readonly SRS?: number | null;
    readonly CSRS?: number | null;
  };
  readonly caretakerCutoffs?: CaretakerCutoffs;
  readonly srsDropPoints?: number;
  readonly changeDecimals?: number;
  readonly fixedThresholdComparison?: 'inclusive' | 'strict';
  readonly rciComparison?: 'strict' | 'inclusive';
  readonly rciCriticalValue?: number;
  readonly reliableChange?: {
    readonly ORS?: { readonly adult?: number | null; readonly adolescent?: number | null };
    readonly CORS?: { readonly child?: number | null };
    readonly 'SCORE-15'?: number | null;
    readonly 'SOC-13'?: number | null;
    readonly 'SOC-29'?: number | null;
  };
  readonly otherCutoffs?: { readonly [K in keyof OtherCutoffs]?: number | null };
  readonly kasamReversedItems?: { readonly [F in KasamForm]?: readonly number[] };
  readonly kasamSubscales?: { readonly [F in KasamForm]?: KasamSubscaleItems };
  readonly kasamBands?: { readonly [F in KasamForm]?: KasamBandTable };
  readonly kasamMinAge?: number;
  readonly score15VeryWellResponse?: 1 | 5;
  readonly score15MinAge?: number;
  readonly noImprovementBySession?: number;
  readonly followUpMonths?: number;
  readonly minCellSize?: number;
  readonly raterPriority?: readonly Rater[];
}

/** PCOMS practice: 5 points for the ORS (Miller et al. 2003), applied to adolescents too; no CORS default. */
export const RELIABLE_CHANGE_PCOMS: ReliableChangeThresholds = Object.freeze({
  ORS: Object.freeze({ adult: 5, adolescent: 5 }),
  CORS: Object.freeze({ child: null }),
  'SCORE-15': 10,
  'SOC-13': null,
  'SOC-29': null,
});

/** NHS England CYP outcomes metric (CYP IAPT 2015): ORS young people 6.6, CORS 10, SCORE-15 10. */
export const RELIABLE_CHANGE_NHS_CYP: ReliableChangeThresholds = Object.freeze({
  ORS: Object.freeze({ adult: 5, adolescent: 6.6 }),
  CORS: Object.freeze({ child: 10 }),
  'SCORE-15': 10,
  'SOC-13': null,
  'SOC-29': null,
});

/** Langius & Björvell 1996 bands extended to the full range (the default). */
export const KASAM_BANDS_EXTENDED: { readonly [F in KasamForm]: KasamBandTable } = Object.freeze({
  'SOC-13': Object.freeze({ low: [13, 60], moderate: [61, 75], high: [76, 91] } as const),
  'SOC-29': Object.freeze({ low: [29, 140], moderate: [141, 165], high: [166, 203] } as const),
});

/** Langius & Björvell 1996 bands as published ("godtyckliga"); totals outside them get no band. */
export const KASAM_BANDS_PUBLISHED: { readonly [F in KasamForm]: KasamBandTable } = Object.freeze({
  'SOC-13': Object.freeze({ low: [30, 60], moderate: [61, 75], high: [76, 91] } as const),
  'SOC-29': Object.freeze({ low: [83, 140], moderate: [141, 165], high: [166, 191] } as const),
});

const CONFIG_BRAND = Symbol.for('@lotsen/outcomes.OutcomesConfig');

function freezeConfig(config: OutcomesConfig): OutcomesConfig {
  Object.defineProperty(config, CONFIG_BRAND, { value: true, enumerable: false });
  return Object.freeze(config);
}

/** The library defaults: the spec's recommendation for every convention. */
export const DEFAULT_OUTCOMES_CONFIG: OutcomesConfig = freezeConfig({
  adultFromAge: 18,
  orsPopulationWhenUnknown: 'adult',
  pcomsArithmetic: 'integer-mm',
  vasResolution: 'reject',
  atCutoffIsClinical: false,
  atSrsCutoffIsFlagged: false,
  cutoffs: Object.freeze({
    ORS: Object.freeze({ adult: 25, adolescent: 28 }),
    CORS: Object.freeze({ child: 32 }),
    SRS: 36,
    CSRS: null,
  }),
  caretakerCutoffs: Object.freeze({}),
  srsDropPoints: 1,
  changeDecimals: 1,
  fixedThresholdComparison: 'inclusive',
  rciComparison: 'strict',
  rciCriticalValue: 1.96,
  reliableChange: RELIABLE_CHANGE_PCOMS,
  otherCutoffs: Object.freeze({ 'SCORE-15': null, 'SOC-13': null, 'SOC-29': null }),
  kasamReversedItems: Object.freeze({
    'SOC-13': Object.freeze([1, 2, 3, 7, 10]),
    'SOC-29': Object.freeze([1, 4, 5, 6, 7, 11, 13, 14, 16, 20, 23, 25, 27]),
  }),
  kasamSubscales: Object.freeze({
    'SOC-13': Object.freeze({
      comprehensibility: Object.freeze([2, 6, 8, 9, 11]),
      manageability: Object.freeze([3, 5, 10, 13]),
      meaningfulness: Object.freeze([1, 4, 7, 12]),
    }),
    'SOC-29': Object.freeze({
      comprehensibility: Object.freeze([1, 3, 5, 10, 12, 15, 17, 19, 21, 24, 26]),
      manageability: Object.freeze([2, 6, 9, 13, 18, 20, 23, 25, 27, 29]),
      meaningfulness: Object.freeze([4, 7, 8, 11, 14, 16, 22, 28]),
    }),
  }),
  kasamBands: KASAM_BANDS_EXTENDED,
  kasamMinAge: 13,
  score15VeryWellResponse: 1,
  score15MinAge: 12,
  noImprovementBySession: 4,
  followUpMonths: 3,
  minCellSize: 5,
  raterPriority: Object.freeze(['child', 'young-person', 'parent', 'staff'] as const),
});

/** True for a config produced by {@link resolveOptions} (or the defaults). */
export function isOutcomesConfig(value: unknown): value is OutcomesConfig {
  return typeof value === 'object' && value !== null && CONFIG_BRAND in value;
}

const ITEM_COUNT: { readonly [F in KasamForm]: number } = { 'SOC-13': 13, 'SOC-29': 29 };

/**
 * Merges options over the defaults and checks every value. Resolve once and pass the result to the
 * scoring functions in a loop: a resolved config is used as it is, without merging again.
 */
export function resolveOptions(options?: OutcomesOptions): Result<OutcomesConfig, OutcomesError> {
  if (options === undefined) return ok(DEFAULT_OUTCOMES_CONFIG);
  if (isOutcomesConfig(options)) return ok(options);
  if (typeof options !== 'object' || options === null) {
    return err(
      errorFromIssues('options', [
        { code: 'INVALID_CONFIG', path: '', message: 'Expected an options object' },
      ]),
    );
  }
  const d = DEFAULT_OUTCOMES_CONFIG;
  const o = options;
  const merged: OutcomesConfig = {
    adultFromAge: o.adultFromAge ?? d.adultFromAge,
    orsPopulationWhenUnknown: o.orsPopulationWhenUnknown ?? d.orsPopulationWhenUnknown,
    pcomsArithmetic: o.pcomsArithmetic ?? d.pcomsArithmetic,
    vasResolution: o.vasResolution ?? d.vasResolution,
    atCutoffIsClinical: o.atCutoffIsClinical ?? d.atCutoffIsClinical,
    atSrsCutoffIsFlagged: o.atSrsCutoffIsFlagged ?? d.atSrsCutoffIsFlagged,
    cutoffs: {
      ORS: {
        adult: pick(o.cutoffs?.ORS?.adult, d.cutoffs.ORS.adult),
        adolescent: pick(o.cutoffs?.ORS?.adolescent, d.cutoffs.ORS.adolescent),
      },
      CORS: { child: pick(o.cutoffs?.CORS?.child, d.cutoffs.CORS.child) },
      SRS: pick(o.cutoffs?.SRS, d.cutoffs.SRS),
      CSRS: pick(o.cutoffs?.CSRS, d.cutoffs.CSRS),
    },
    caretakerCutoffs: o.caretakerCutoffs ?? d.caretakerCutoffs,
    srsDropPoints: o.srsDropPoints ?? d.srsDropPoints,
    changeDecimals: o.changeDecimals ?? d.changeDecimals,
    fixedThresholdComparison: o.fixedThresholdComparison ?? d.fixedThresholdComparison,
    rciComparison: o.rciComparison ?? d.rciComparison,
    rciCriticalValue: o.rciCriticalValue ?? d.rciCriticalValue,
    reliableChange: {
      ORS: {
        adult: pick(o.reliableChange?.ORS?.adult, d.reliableChange.ORS.adult),
        adolescent: pick(o.reliableChange?.ORS?.adolescent, d.reliableChange.ORS.adolescent),
      },
      CORS: { child: pick(o.reliableChange?.CORS?.child, d.reliableChange.CORS.child) },
      'SCORE-15': pick(o.reliableChange?.['SCORE-15'], d.reliableChange['SCORE-15']),
      'SOC-13': pick(o.reliableChange?.['SOC-13'], d.reliableChange['SOC-13']),
      'SOC-29': pick(o.reliableChange?.['SOC-29'], d.reliableChange['SOC-29']),
    },
    otherCutoffs: {
      'SCORE-15': pick(o.otherCutoffs?.['SCORE-15'], d.otherCutoffs['SCORE-15']),
      'SOC-13': pick(o.otherCutoffs?.['SOC-13'], d.otherCutoffs['SOC-13']),
      'SOC-29': pick(o.otherCutoffs?.['SOC-29'], d.otherCutoffs['SOC-29']),
    },
    kasamReversedItems: {
      'SOC-13': o.kasamReversedItems?.['SOC-13'] ?? d.kasamReversedItems['SOC-13'],
      'SOC-29': o.kasamReversedItems?.['SOC-29'] ?? d.kasamReversedItems['SOC-29'],
    },
    kasamSubscales: {
      'SOC-13': o.kasamSubscales?.['SOC-13'] ?? d.kasamSubscales['SOC-13'],
      'SOC-29': o.kasamSubscales?.['SOC-29'] ?? d.kasamSubscales['SOC-29'],
    },
    kasamBands: {
      'SOC-13': o.kasamBands?.['SOC-13'] ?? d.kasamBands['SOC-13'],
      'SOC-29': o.kasamBands?.['SOC-29'] ?? d.kasamBands['SOC-29'],
    },
    kasamMinAge: o.kasamMinAge ?? d.kasamMinAge,
    score15VeryWellResponse: o.score15VeryWellResponse ?? d.score15VeryWellResponse,
    score15MinAge: o.score15MinAge ?? d.score15MinAge,
    noImprovementBySession: o.noImprovementBySession ?? d.noImprovementBySession,
    followUpMonths: o.followUpMonths ?? d.followUpMonths,
    minCellSize: o.minCellSize ?? d.minCellSize,
    raterPriority: o.raterPriority ?? d.raterPriority,
  };
  const issues = checkConfig(merged);
  if (issues.length > 0) return err(errorFromIssues('options', issues));
  return ok(freezeConfig(merged));
}

// `null` is a meaningful override ("no cutoff"), so only `undefined` falls back to the default.
function pick<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value;
}

const configCache = new WeakMap<object, Result<OutcomesConfig, OutcomesError>>();

/**
 * Resolves options once per options object: hot loops that pass the same literal object pay for the
 * merge only on the first call.
 */
export function configFrom(
  options: OutcomesOptions | OutcomesConfig | undefined,
): Result<OutcomesConfig, OutcomesError> {
  if (options === undefined) return ok(DEFAULT_OUTCOMES_CONFIG);
  if (isOutcomesConfig(options)) return ok(options);
  if (typeof options !== 'object' || options === null) return resolveOptions(options);
  const cached = configCache.get(options);
  if (cached !== undefined) return cached;
  const resolved = resolveOptions(options);
  configCache.set(options, resolved);
  return resolved;
}

function checkConfig(c: OutcomesConfig): OutcomesIssue[] {
  const issues: OutcomesIssue[] = [];
  const bad = (path: string, message: string): void => {
    issues.push({ code: 'INVALID_CONFIG', path, message });
  };
  const intIn = (path: string, v: unknown, min: number, max: number): void => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      bad(path, `Expected an integer from ${min} to ${max}`);
    }
  };
  const oneOf = (path: string, v: unknown, allowed: readonly unknown[]): void => {
    if (!allowed.includes(v))
      bad(path, `Expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
  };
  const pointsOrNull = (
    path: string,
    v: unknown,
    min: number,
    max: number,
    positive = false,
  ): void => {
    if (v === null) return;
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (positive && v <= 0)
    ) {
      bad(path, `Expected null or a number ${positive ? 'above' : 'from'} ${min} to ${max}`);
    }
  };

  intIn('adultFromAge', c.adultFromAge, 14, 25);
  oneOf('orsPopulationWhenUnknown', c.orsPopulationWhenUnknown, ['adult', 'adolescent']);
  oneOf('pcomsArithmetic', c.pcomsArithmetic, ['integer-mm', 'float']);
  oneOf('vasResolution', c.vasResolution, ['reject', 'round']);
  oneOf('atCutoffIsClinical', c.atCutoffIsClinical, [true, false]);
  oneOf('atSrsCutoffIsFlagged', c.atSrsCutoffIsFlagged, [true, false]);
  pointsOrNull('cutoffs.ORS.adult', c.cutoffs.ORS.adult, 0, 40);
  pointsOrNull('cutoffs.ORS.adolescent', c.cutoffs.ORS.adolescent, 0, 40);
  pointsOrNull('cutoffs.CORS.child', c.cutoffs.CORS.child, 0, 40);
  pointsOrNull('cutoffs.SRS', c.cutoffs.SRS, 0, 40);
  pointsOrNull('cutoffs.CSRS', c.cutoffs.CSRS, 0, 40);
  const cc = c.caretakerCutoffs;
  if (typeof cc !== 'object' || cc === null) bad('caretakerCutoffs', 'Expected an object');
  else {
    if (cc.ORS?.adult !== undefined)
      pointsOrNull('caretakerCutoffs.ORS.adult', cc.ORS.adult, 0, 40);
    if (cc.ORS?.adolescent !== undefined)
      pointsOrNull('caretakerCutoffs.ORS.adolescent', cc.ORS.adolescent, 0, 40);
    if (cc.CORS?.child !== undefined)
      pointsOrNull('caretakerCutoffs.CORS.child', cc.CORS.child, 0, 40);
  }
  pointsOrNull('srsDropPoints', c.srsDropPoints, 0, 40, true);
  if (c.srsDropPoints === null) bad('srsDropPoints', 'Expected a positive number');
  intIn('changeDecimals', c.changeDecimals, 0, 6);
  oneOf('fixedThresholdComparison', c.fixedThresholdComparison, ['inclusive', 'strict']);
  oneOf('rciComparison', c.rciComparison, ['strict', 'inclusive']);
  pointsOrNull('rciCriticalValue', c.rciCriticalValue, 0, 10, true);
  if (c.rciCriticalValue === null) bad('rciCriticalValue', 'Expected a positive number');
  pointsOrNull('reliableChange.ORS.adult', c.reliableChange.ORS.adult, 0, 40, true);
  pointsOrNull('reliableChange.ORS.adolescent', c.reliableChange.ORS.adolescent, 0, 40, true);
  pointsOrNull('reliableChange.CORS.child', c.reliableChange.CORS.child, 0, 40, true);
  pointsOrNull('reliableChange.SCORE-15', c.reliableChange['SCORE-15'], 0, 60, true);
  pointsOrNull('reliableChange.SOC-13', c.reliableChange['SOC-13'], 0, 78, true);
  pointsOrNull('reliableChange.SOC-29', c.reliableChange['SOC-29'], 0, 174, true);
  pointsOrNull('otherCutoffs.SCORE-15', c.otherCutoffs['SCORE-15'], 15, 75);
  pointsOrNull('otherCutoffs.SOC-13', c.otherCutoffs['SOC-13'], 13, 91);
  pointsOrNull('otherCutoffs.SOC-29', c.otherCutoffs['SOC-29'], 29, 203);
  for (const form of ['SOC-13', 'SOC-29'] as const) {
    const n = ITEM_COUNT[form];
    const reversed = c.kasamReversedItems[form];
    if (
      !Array.isArray(reversed) ||
      new Set(reversed).size !== reversed.length ||
      !reversed.every((i) => isItemNo(i, n))
    ) {
      bad(`kasamReversedItems.${form}`, `Expected distinct item numbers from 1 to ${n}`);
    }
    const sub = c.kasamSubscales[form];
    const all = [
      ...(sub?.comprehensibility ?? []),
      ...(sub?.manageability ?? []),
      ...(sub?.meaningfulness ?? []),
    ];
    // The subscales must partition the items, otherwise the subscale sums no longer add up to the total.
    if (all.length !== n || new Set(all).size !== n || !all.every((i) => isItemNo(i, n))) {
      bad(
        `kasamSubscales.${form}`,
        `Expected the three subscales to hold each item 1–${n} exactly once`,
      );
    }
    const bands = c.kasamBands[form];
    const ranges = [bands?.low, bands?.moderate, bands?.high];
    const valid = ranges.every(
      (r) =>
        Array.isArray(r) &&
        r.length === 2 &&
        Number.isInteger(r[0]) &&
        Number.isInteger(r[1]) &&
        r[0] <= r[1],
    );
    if (!valid || !(bands.low[1] < bands.moderate[0] && bands.moderate[1] < bands.high[0])) {
      bad(
        `kasamBands.${form}`,
        'Expected ordered, non-overlapping integer ranges low < moderate < high',
      );
    }
  }
  intIn('kasamMinAge', c.kasamMinAge, 0, 130);
  oneOf('score15VeryWellResponse', c.score15VeryWellResponse, [1, 5]);
  intIn('score15MinAge', c.score15MinAge, 0, 130);
  intIn('noImprovementBySession', c.noImprovementBySession, 2, 1000);
  intIn('followUpMonths', c.followUpMonths, 1, 120);
  intIn('minCellSize', c.minCellSize, 1, 1000);
  if (
    !Array.isArray(c.raterPriority) ||
    c.raterPriority.length === 0 ||
    !c.raterPriority.every((r) => isOneOf(RATERS, r)) ||
    new Set(c.raterPriority).size !== c.raterPriority.length
  ) {
    bad('raterPriority', `Expected distinct raters from ${RATERS.join(', ')}`);
  }
  return issues;
}

function isItemNo(value: unknown, n: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= n;
}
