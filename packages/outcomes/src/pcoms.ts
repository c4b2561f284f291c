import { err, ok, type Result } from '@lotsen/domain';
import { isClinical } from './clinical.js';
import {
  DEFAULT_OUTCOMES_CONFIG,
  configFrom,
  type OutcomesConfig,
  type OutcomesOptions,
} from './config.js';
import { errorFromIssues, type OutcomesError, type OutcomesIssue } from './errors.js';
import {
  PCOMS_FORMS,
  POPULATIONS,
  RATERS,
  isOneOf,
  type PcomsForm,
  type Population,
  type Rater,
  isArray,
} from './types.js';
import { GRID_EPSILON_MM, totalToMm, vasItemToMm, type VasUnit } from './vas.js';

/** Items per PCOMS form: four 10 cm lines. */
export const PCOMS_ITEM_COUNT = 4;

/** One PCOMS administration to score. Item values only: the library never holds item wording. */
export interface PcomsInput {
  readonly form: PcomsForm;
  /** The four marks in printed order, in centimetres (0–10, to the millimetre) unless `unit` is `mm`. */
  readonly items: readonly (number | null | undefined)[];
  /** `cm` (default) or whole millimetres `mm` (0–100). */
  readonly unit?: VasUnit;
  /** Norm population; derived from `age` when absent. */
  readonly population?: Population;
  /** Age in years of the person whose life or session is rated (not the caretaker's age). */
  readonly age?: number;
  /** Who filled in the form. */
  readonly rater?: Rater;
}

interface PcomsTotalBase {
  readonly population: Population | null;
  readonly rater: Rater | null;
  /** A parent or staff rating of a child or adolescent. Cutoffs for such ratings are not published. */
  readonly caretakerRated: boolean;
  /** Total in whole millimetres (0–400): exact, so boundary decisions are exact. */
  readonly totalMm: number;
  /** Total in points (0–40, one decimal). */
  readonly total: number;
  /** The cutoff applied, or `null` where none is published or configured. */
  readonly cutoff: number | null;
}

/** An ORS or CORS total with its clinical range: how life is going. Higher is better. */
export interface PcomsOutcomeTotal extends PcomsTotalBase {
  readonly kind: 'outcome';
  readonly form: 'ORS' | 'CORS';
  readonly population: 'adult' | 'adolescent' | 'child';
  /** Total in the clinical range (by default `total < cutoff`); `null` without a cutoff. */
  readonly clinical: boolean | null;
}

/** An SRS or CSRS total with its alliance flag: how the session went. Higher is better. */
export interface PcomsSessionTotal extends PcomsTotalBase {
  readonly kind: 'session';
  readonly form: 'SRS' | 'CSRS';
  /** SRS below the alliance cutoff (by default `total < 36`); `null` for CSRS, which has no published cutoff. */
  readonly allianceFlag: boolean | null;
}

/** A classified PCOMS total, from {@link classifyPcomsTotal} or inside a {@link PcomsScore}. */
export type PcomsTotal = PcomsOutcomeTotal | PcomsSessionTotal;

/** A scored ORS or CORS: the classified total and the four items. */
export interface PcomsOutcomeScore extends PcomsOutcomeTotal {
  /** Items in whole millimetres (0–100). */
  readonly itemsMm: readonly number[];
}

/** A scored SRS or CSRS: the classified total and the four items. */
export interface PcomsSessionScore extends PcomsSessionTotal {
  /** Items in whole millimetres (0–100). */
  readonly itemsMm: readonly number[];
}

/** A scored PCOMS form. */
export type PcomsScore = PcomsOutcomeScore | PcomsSessionScore;

/** The PCOMS forms to use at an age. */
export interface PcomsRoute {
  readonly population: Population;
  /** YCORS under 6 (recorded, never scored), CORS 6–12, ORS from 13. */
  readonly outcomeForm: 'YCORS' | 'CORS' | 'ORS';
  /** CSRS 6–12, SRS from 13; none under 6. */
  readonly sessionForm: 'CSRS' | 'SRS' | null;
  /** False for YCORS. */
  readonly scored: boolean;
}

const FORM_POPULATIONS: { readonly [F in PcomsForm]: readonly Population[] } = {
  ORS: ['adolescent', 'adult'],
  SRS: ['adolescent', 'adult'],
  CORS: ['child'],
  CSRS: ['child'],
  YCORS: ['young-child'],
};

/**
 * The norm population for an age: <6 young child, 6–12 child, 13 up to `adultFromAge` (default 18,
 * a convention) adolescent, then adult.
 */
export function populationForAge(
  age: number,
  adultFromAge: number = DEFAULT_OUTCOMES_CONFIG.adultFromAge,
): Population {
  if (age < 6) return 'young-child';
  if (age < 13) return 'child';
  if (age < adultFromAge) return 'adolescent';
  return 'adult';
}

/**
 * The PCOMS forms for an age (spec §1.1): <6 YCORS (unscored), 6–12 CORS/CSRS, 13–17 ORS/SRS with the
 * adolescent cutoff, 18+ ORS/SRS with the adult cutoff. The adult age is the `adultFromAge` convention.
 */
export function routePcomsByAge(
  age: number,
  options?: OutcomesOptions | OutcomesConfig,
): Result<PcomsRoute, OutcomesError> {
  const config = configFrom(options);
  if (!config.ok) return config;
  const ageIssue = checkAge(age, 'age');
  if (ageIssue) return err(errorFromIssues('age', [ageIssue]));
  const population = populationForAge(age, config.value.adultFromAge);
  switch (population) {
    case 'young-child':
      return ok({ population, outcomeForm: 'YCORS', sessionForm: null, scored: false });
    case 'child':
      return ok({ population, outcomeForm: 'CORS', sessionForm: 'CSRS', scored: true });
    default:
      return ok({ population, outcomeForm: 'ORS', sessionForm: 'SRS', scored: true });
  }
}

/** Checks an age in years; returns the issue or undefined. */
export function checkAge(age: unknown, path: string): OutcomesIssue | undefined {
  if (typeof age !== 'number' || Number.isNaN(age))
    return { code: 'INVALID_INPUT', path, message: 'Expected an age in years' };
  if (!(age >= 0 && age <= 130))
    return { code: 'OUT_OF_RANGE', path, message: 'Expected an age from 0 to 130' };
  return undefined;
}

/** True when a caretaker (parent or staff) rated a child's or adolescent's form. */
export function isCaretakerRating(
  rater: Rater | null | undefined,
  population: Population | null,
): boolean {
  return (
    (rater === 'parent' || rater === 'staff') &&
    (population === 'child' || population === 'adolescent' || population === 'young-child')
  );
}

/**
 * Scores one ORS, SRS, CORS or CSRS in integer millimetres. Never throws: invalid input (unknown form,
 * wrong item count, missing item, mark outside 0–10 cm or finer than 1 mm, a form not meant for the
 * age) returns an {@link OutcomesError} listing every problem with its path. YCORS returns
 * `NOT_SCORABLE`: it is recorded, never scored.
 *
 * @example
 * const r = scorePcoms({ form: 'ORS', items: [6.8, 2.3, 8.2, 7.7], age: 34 });
 * // r.ok && r.value.total === 25 && r.value.clinical === false  (25 is not below the adult cutoff 25)
 */
export function scorePcoms(
  input: PcomsInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<PcomsScore, OutcomesError> {
  let config: OutcomesConfig;
  if (options === undefined) config = DEFAULT_OUTCOMES_CONFIG;
  else {
    const resolved = configFrom(options);
    if (!resolved.ok) return resolved;
    config = resolved.value;
  }
  // Valid input (the overwhelming case) takes the allocation-light fast path; anything it is unsure
  // about goes to the diagnosing path, which reports every issue with its path.
  const fast = typeof input === 'object' && input !== null ? fastPcoms(input, config) : undefined;
  return fast !== undefined ? ok(fast) : diagnosePcoms(input, config);
}

/**
 * Scores input that is entirely valid, without building issue lists; returns `undefined` on the
 * first doubt. Must agree with {@link diagnosePcoms} on every valid input (a property test checks it).
 */
function fastPcoms(input: PcomsInput, config: OutcomesConfig): PcomsScore | undefined {
  const form = input.form;
  const child = form === 'CORS' || form === 'CSRS';
  if (!child && form !== 'ORS' && form !== 'SRS') return undefined;
  const unit = input.unit;
  if (unit !== undefined && unit !== 'cm' && unit !== 'mm') return undefined;
  const rater = input.rater ?? null;
  if (
    rater !== null &&
    rater !== 'child' &&
    rater !== 'young-person' &&
    rater !== 'parent' &&
    rater !== 'staff'
  )
    return undefined;
  const age = input.age;
  let agePopulation: Population | undefined;
  if (age !== undefined) {
    if (typeof age !== 'number' || !(age >= 0 && age <= 130)) return undefined;
    agePopulation =
      age < 6
        ? 'young-child'
        : age < 13
          ? 'child'
          : age < config.adultFromAge
            ? 'adolescent'
            : 'adult';
    if (
      child
        ? agePopulation !== 'child'
        : agePopulation !== 'adolescent' && agePopulation !== 'adult'
    )
      return undefined;
  }
  const given = input.population;
  let population: Population | null;
  if (given !== undefined) {
    if (child ? given !== 'child' : given !== 'adolescent' && given !== 'adult') return undefined;
    population = given;
  } else
    population =
      agePopulation ?? (form === 'ORS' ? config.orsPopulationWhenUnknown : child ? 'child' : null);

  const items = input.items;
  if (!isArray(items) || items.length !== PCOMS_ITEM_COUNT) return undefined;
  const scale = unit === 'mm' ? 1 : 10;
  const max = unit === 'mm' ? 100 : 10;
  const reject = config.vasResolution === 'reject';
  const itemsMm = [0, 0, 0, 0];
  let totalMm = 0;
  for (let i = 0; i < PCOMS_ITEM_COUNT; i++) {
    const v = items[i];
    if (typeof v !== 'number' || !(v >= 0 && v <= max)) return undefined;
    const raw = v * scale;
    const mm = Math.round(raw);
    if (reject && Math.abs(raw - mm) > GRID_EPSILON_MM) return undefined;
    itemsMm[i] = mm;
    totalMm += mm;
  }
  return buildPcomsScore(
    form,
    population,
    rater,
    itemsMm,
    totalMm,
    items as readonly number[],
    unit === 'mm',
    config,
  );
}

/** The full path: collects every issue with its path, or scores (also for input the fast path doubted). */
function diagnosePcoms(
  input: PcomsInput,
  config: OutcomesConfig,
): Result<PcomsScore, OutcomesError> {
  const formIssue = scoredFormIssue(input);
  if (formIssue !== undefined) return err(errorFromIssues('PCOMS administration', [formIssue]));
  const form = input.form as Exclude<PcomsForm, 'YCORS'>;

  const issues: OutcomesIssue[] = [];
  const add = (issue: OutcomesIssue): void => {
    issues.push(issue);
  };

  const unit = input.unit ?? 'cm';
  if (unit !== 'cm' && unit !== 'mm')
    add({ code: 'INVALID_INPUT', path: 'unit', message: "Expected 'cm' or 'mm'" });
  const rater = input.rater ?? null;
  if (rater !== null && !isOneOf(RATERS, rater))
    add({ code: 'INVALID_INPUT', path: 'rater', message: `Expected one of ${RATERS.join(', ')}` });

  const population = resolvePopulation(form, input, config, add);

  const items = input.items;
  const itemsMm = [0, 0, 0, 0];
  let totalMm = 0;
  if (!isArray(items)) {
    add({ code: 'INVALID_INPUT', path: 'items', message: 'Expected an array of 4 item values' });
  } else if (items.length !== PCOMS_ITEM_COUNT) {
    add({
      code: 'WRONG_ITEM_COUNT',
      path: 'items',
      message: `Expected 4 items, got ${items.length}`,
    });
  } else {
    for (let i = 0; i < PCOMS_ITEM_COUNT; i++) {
      const mm = vasItemToMm(
        items[i],
        unit === 'mm' ? 'mm' : 'cm',
        config.vasResolution,
        `items.${i}`,
      );
      if (typeof mm === 'number') {
        itemsMm[i] = mm;
        totalMm += mm;
      } else add(mm);
    }
  }
  if (issues.length > 0) return err(errorFromIssues(`${form} administration`, issues));
  return ok(
    buildPcomsScore(
      form,
      population,
      rater,
      itemsMm,
      totalMm,
      items as readonly number[],
      unit === 'mm',
      config,
    ),
  );
}

function buildPcomsScore(
  form: 'ORS' | 'SRS' | 'CORS' | 'CSRS',
  population: Population | null,
  rater: Rater | null,
  itemsMm: number[],
  totalMm: number,
  items: readonly number[],
  inMm: boolean,
  config: OutcomesConfig,
): PcomsScore {
  let total = totalMm / 10;
  if (config.pcomsArithmetic === 'float') {
    // Reproduces tools that add the cm values as doubles (6.8+2.3+8.2+7.7 = 24.999999999999996).
    total = 0;
    for (let i = 0; i < PCOMS_ITEM_COUNT; i++)
      total += inMm ? (items[i] as number) / 10 : (items[i] as number);
  }
  return { ...classifyTotal(form, population, rater, totalMm, total, config), itemsMm };
}

/** The cutoff and its flag for a total: the one place a PCOMS total is classified. */
function classifyTotal(
  form: 'ORS' | 'SRS' | 'CORS' | 'CSRS',
  population: Population | null,
  rater: Rater | null,
  totalMm: number,
  total: number,
  config: OutcomesConfig,
): PcomsTotal {
  const caretakerRated = isCaretakerRating(rater, population);
  if (form === 'ORS' || form === 'CORS') {
    const pop = population as 'adult' | 'adolescent' | 'child';
    const cutoff = outcomeCutoff(form, pop, caretakerRated, config);
    const clinical =
      cutoff === null ? null : isClinical(total, cutoff, true, config.atCutoffIsClinical);
    return {
      kind: 'outcome',
      form,
      population: pop,
      rater,
      caretakerRated,
      totalMm,
      total,
      cutoff,
      clinical,
    };
  }
  const cutoff = form === 'SRS' ? config.cutoffs.SRS : config.cutoffs.CSRS;
  // The alliance flag follows the same rule as "clinical", with its own boundary option.
  const allianceFlag =
    cutoff === null ? null : isClinical(total, cutoff, true, config.atSrsCutoffIsFlagged);
  return {
    kind: 'session',
    form,
    population,
    rater,
    caretakerRated,
    totalMm,
    total,
    cutoff,
    allianceFlag,
  };
}

/** A bare PCOMS total to classify, without the four item marks. */
export interface PcomsTotalInput {
  readonly form: 'ORS' | 'SRS' | 'CORS' | 'CSRS';
  /** The total in points: 0–40 to one decimal (four lines measured to the millimetre). */
  readonly total: number;
  /** Norm population; derived from `age` when absent (as in {@link scorePcoms}). */
  readonly population?: Population;
  /** Age in years of the person whose life or session is rated. */
  readonly age?: number;
  /** Who filled in the form (a caretaker rating uses the caretaker cutoff where one is configured). */
  readonly rater?: Rater;
}

/**
 * Classifies a bare PCOMS total, as recorded by a form or another system, without the four item
 * marks: ORS/CORS get the form's clinical cutoff for the population (adult 25, adolescent 28, CORS 32)
 * and the clinical flag (clinical ⇔ total < cutoff by default), SRS/CSRS the alliance flag (SRS < 36;
 * CSRS has no published cutoff, so `null`). The same rules and checks as {@link scorePcoms}: a total
 * outside 0–40 is `OUT_OF_RANGE`, one finer than 0.1 is `NOT_ON_SCALE`, YCORS is `NOT_SCORABLE`.
 *
 * @example
 * classifyPcomsTotal({ form: 'ORS', total: 27.5, age: 15 });
 * // ok: cutoff 28 (adolescent), clinical true
 */
export function classifyPcomsTotal(
  input: PcomsTotalInput,
  options?: OutcomesOptions | OutcomesConfig,
): Result<PcomsTotal, OutcomesError> {
  const configResult = configFrom(options);
  if (!configResult.ok) return configResult;
  const config = configResult.value;
  const formIssue = scoredFormIssue(input);
  if (formIssue !== undefined) return err(errorFromIssues('PCOMS total', [formIssue]));
  const form = input.form;
  const issues: OutcomesIssue[] = [];
  const add = (issue: OutcomesIssue): void => {
    issues.push(issue);
  };
  const rater = input.rater ?? null;
  if (rater !== null && !isOneOf(RATERS, rater))
    add({ code: 'INVALID_INPUT', path: 'rater', message: `Expected one of ${RATERS.join(', ')}` });
  const population = resolvePopulation(form, input, config, add);
  const totalMm = totalToMm(input.total, config.vasResolution, 'total');
  if (typeof totalMm !== 'number') add(totalMm);
  if (issues.length > 0 || typeof totalMm !== 'number') {
    return err(errorFromIssues(`${form} total`, issues));
  }
  return ok(classifyTotal(form, population, rater, totalMm, totalMm / 10, config));
}

/** The issue with an input's form, if it is not an object with a scored PCOMS form. */
function scoredFormIssue(input: { readonly form?: unknown } | null): OutcomesIssue | undefined {
  if (typeof input !== 'object' || input === null) {
    return { code: 'INVALID_INPUT', path: '', message: 'Expected an object' };
  }
  if (!isOneOf(PCOMS_FORMS, input.form)) {
    return {
      code: 'UNKNOWN_FORM',
      path: 'form',
      message: `Expected one of ${PCOMS_FORMS.join(', ')}`,
    };
  }
  if (input.form === 'YCORS') {
    return {
      code: 'NOT_SCORABLE',
      path: 'form',
      message: 'YCORS is recorded but never scored: it has no psychometric properties',
    };
  }
  return undefined;
}

/** @internal Exposed for the property test that the fast and diagnosing paths agree. */
export const pcomsPaths = { fastPcoms, diagnosePcoms };

function resolvePopulation(
  form: Exclude<PcomsForm, 'YCORS'>,
  input: { readonly population?: Population; readonly age?: number },
  config: OutcomesConfig,
  add: (issue: OutcomesIssue) => void,
): Population | null {
  const allowed = FORM_POPULATIONS[form];
  let fromAge: Population | undefined;
  if (input.age !== undefined) {
    const ageIssue = checkAge(input.age, 'age');
    if (ageIssue) add(ageIssue);
    else {
      fromAge = populationForAge(input.age, config.adultFromAge);
      if (!allowed.includes(fromAge)) {
        add({
          code: 'AGE_NOT_ELIGIBLE',
          path: 'age',
          message: `${form} is not for age ${input.age} (${ageRange(form)})`,
        });
      }
    }
  }
  if (input.population !== undefined) {
    if (!isOneOf(POPULATIONS, input.population)) {
      add({
        code: 'INVALID_INPUT',
        path: 'population',
        message: `Expected one of ${POPULATIONS.join(', ')}`,
      });
      return null;
    }
    if (!allowed.includes(input.population)) {
      add({
        code: 'AGE_NOT_ELIGIBLE',
        path: 'population',
        message: `${form} is not for the ${input.population} population (${ageRange(form)})`,
      });
    }
    // An explicit population wins over the age: it lets a service place a 17-year-old on adult norms.
    return input.population;
  }
  if (fromAge !== undefined) return fromAge;
  if (form === 'ORS') return config.orsPopulationWhenUnknown;
  if (form === 'CORS' || form === 'CSRS') return 'child';
  return null;
}

function ageRange(form: PcomsForm): string {
  return form === 'CORS' || form === 'CSRS'
    ? 'ages 6–12'
    : form === 'YCORS'
      ? 'under 6'
      : 'ages 13 and up';
}

/** The ORS/CORS cutoff for a population, with the caretaker override where one is configured. */
export function outcomeCutoff(
  form: 'ORS' | 'CORS',
  population: 'adult' | 'adolescent' | 'child',
  caretakerRated: boolean,
  config: OutcomesConfig,
): number | null {
  if (form === 'CORS') {
    const override = caretakerRated ? config.caretakerCutoffs.CORS?.child : undefined;
    return override !== undefined ? override : config.cutoffs.CORS.child;
  }
  const pop = population === 'child' ? 'adolescent' : population;
  const override = caretakerRated ? config.caretakerCutoffs.ORS?.[pop] : undefined;
  return override !== undefined ? override : config.cutoffs.ORS[pop];
}

/** The change of an SRS (or CSRS) total since the last session. */
export interface SrsChange {
  /** Current − previous in whole millimetres of line (exact; 10 mm = 1 point). */
  readonly changeMm: number;
  /** Current − previous in points, to one decimal (OpenFIT's `SRSChangeFromLast`). */
  readonly change: number;
  /** OpenFIT's alert: the change is a fall of at least `srsDropPoints` (default 1 point). */
  readonly dropAlert: boolean;
}

/**
 * The SRS change from the last session (PCOMS; OpenFIT `SRSChangeFromLast`), in millimetres and in
 * points, with OpenFIT's drop alert: `SRSChangeFromLast <= -1`, i.e. the current total at or below
 * the previous one minus `srsDropPoints`. Takes two scored sessions or two totals in points; a total
 * outside 0–40 is `OUT_OF_RANGE`, one finer than 0.1 (not on the millimetre grid) is `NOT_ON_SCALE`,
 * never rounded (unless `vasResolution` is `round`).
 *
 * @example
 * srsChange(37.3, 36.3); // ok: { changeMm: -10, change: -1, dropAlert: true }
 */
export function srsChange(
  previous: PcomsSessionTotal | number,
  current: PcomsSessionTotal | number,
  options?: OutcomesOptions | OutcomesConfig,
): Result<SrsChange, OutcomesError> {
  const config = configFrom(options);
  if (!config.ok) return config;
  const issues: OutcomesIssue[] = [];
  const mm = (value: PcomsSessionTotal | number, path: string): number => {
    const r = sessionTotalMm(value, config.value, path);
    if (typeof r === 'number') return r;
    issues.push(r);
    return 0;
  };
  const prevMm = mm(previous, 'previous');
  const curMm = mm(current, 'current');
  if (issues.length > 0) return err(errorFromIssues('SRS totals', issues));
  const changeMm = curMm - prevMm;
  return ok({
    changeMm,
    change: changeMm / 10,
    dropAlert: changeMm <= -config.value.srsDropPoints * 10,
  });
}

/**
 * OpenFIT's SRS alert alone: true when the current SRS total is at or below the previous one minus
 * `srsDropPoints` (default 1, i.e. `SRSChangeFromLast <= -1`). Compared in millimetres, so 37.3 → 36.3
 * alerts exactly. {@link srsChange} gives the change as well; the same checks apply.
 */
export function srsDropAlert(
  previous: PcomsSessionTotal | number,
  current: PcomsSessionTotal | number,
  options?: OutcomesOptions | OutcomesConfig,
): Result<boolean, OutcomesError> {
  const change = srsChange(previous, current, options);
  return change.ok ? ok(change.value.dropAlert) : change;
}

function sessionTotalMm(
  value: PcomsSessionTotal | number,
  config: OutcomesConfig,
  path: string,
): number | OutcomesIssue {
  if (typeof value === 'number') return totalToMm(value, config.vasResolution, path);
  if (
    typeof value === 'object' &&
    value !== null &&
    value.kind === 'session' &&
    Number.isInteger(value.totalMm) &&
    value.totalMm >= 0 &&
    value.totalMm <= 400
  ) {
    return value.totalMm;
  }
  return { code: 'INVALID_INPUT', path, message: 'Expected an SRS total or a scored SRS/CSRS' };
}
