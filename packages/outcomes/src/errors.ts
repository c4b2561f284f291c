import { LotsenError, brandGuard } from '@lotsen/domain';

/**
 * Every error `@lotsen/outcomes` reports carries one of these stable codes. The README has the same
 * table; keep the two in step.
 *
 * - `INVALID_INPUT`: the value has the wrong type or shape (not an array, not a number, bad date,
 *   unknown rater or population, a population that contradicts the age), or an argument of the call
 *   is outside its domain (a reliability outside [0, 1), an SD or a threshold that is not positive,
 *   a chart width).
 * - `WRONG_ITEM_COUNT`: the item array is longer or shorter than the form has items.
 * - `MISSING_ITEM`: an item is `null`, `undefined` or a hole. No instrument here has a published
 *   proration rule, so a partial form gets no score.
 * - `OUT_OF_RANGE`: a number lies outside its scale (VAS item outside 0–10 cm, KASAM outside 1–7,
 *   SCORE-15 outside 1–5, an age outside 0–130).
 * - `NOT_ON_SCALE`: a number inside the range that is not a point of the scale: a non-integer Likert
 *   response, or a VAS mark finer than one millimetre.
 * - `UNKNOWN_FORM`: the form or instrument name is not one this library scores.
 * - `NOT_SCORABLE`: the form is recorded but never scored (YCORS has no psychometric properties).
 * - `AGE_NOT_ELIGIBLE`: the form is not meant for the person's age or population (ORS for a 9-year-old,
 *   SCORE-15 under 12).
 * - `NO_THRESHOLD`: reliable change was asked for an instrument and population for which no threshold
 *   is configured (by default CORS and KASAM); configure one or use the Jacobson & Truax RCI.
 * - `MISSING_NORM`: a Jacobson & Truax cutoff needs a norm (mean or SD of the clinical or the
 *   functional population) that was not given, whichever cutoff needs it.
 * - `INVALID_CONFIG`: one of the library's options (`OutcomesOptions`) is out of its domain
 *   (a negative threshold, overlapping bands, subscales that do not partition the items). Never
 *   used for an argument of a single call.
 */
export type OutcomesErrorCode =
  | 'INVALID_INPUT'
  | 'WRONG_ITEM_COUNT'
  | 'MISSING_ITEM'
  | 'OUT_OF_RANGE'
  | 'NOT_ON_SCALE'
  | 'UNKNOWN_FORM'
  | 'NOT_SCORABLE'
  | 'AGE_NOT_ELIGIBLE'
  | 'NO_THRESHOLD'
  | 'MISSING_NORM'
  | 'INVALID_CONFIG';

/** Every code in {@link OutcomesErrorCode}, for exhaustive checks and documentation. */
export const OUTCOMES_ERROR_CODES: readonly OutcomesErrorCode[] = [
  'INVALID_INPUT',
  'WRONG_ITEM_COUNT',
  'MISSING_ITEM',
  'OUT_OF_RANGE',
  'NOT_ON_SCALE',
  'UNKNOWN_FORM',
  'NOT_SCORABLE',
  'AGE_NOT_ELIGIBLE',
  'NO_THRESHOLD',
  'MISSING_NORM',
  'INVALID_CONFIG',
];

/** One problem found in an input, with its own code and the path of the field (`items.2`). */
export interface OutcomesIssue {
  readonly code: OutcomesErrorCode;
  /** Dot-separated path to the offending field (`items.2`, `administrations.3.date`); empty for the whole value. */
  readonly path: string;
  /** A readable English message. Never contains item wording. */
  readonly message: string;
}

const OUTCOMES_ERROR_BRAND = Symbol.for('@lotsen/outcomes.OutcomesError');

/**
 * The one error type of `@lotsen/outcomes`. Functions return it inside a `Result`; nothing here throws
 * for bad input. `code` is the code of the first issue; `issues` lists every problem found, so that a
 * form can mark all invalid items at once.
 */
export class OutcomesError extends LotsenError<OutcomesErrorCode, OutcomesIssue> {
  override readonly name = 'OutcomesError';
  readonly [OUTCOMES_ERROR_BRAND] = true;

  constructor(
    code: OutcomesErrorCode,
    message: string,
    issues: readonly OutcomesIssue[] = [],
    options?: ErrorOptions,
  ) {
    // Every error carries at least one issue, so callers can always show a path and a message.
    super(code, message, issues.length > 0 ? issues : [{ code, path: '', message }], options);
  }
}

/**
 * True for an {@link OutcomesError}, also one created by another copy of this package (the ESM and
 * CJS builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isOutcomesError = brandGuard<OutcomesError>(OUTCOMES_ERROR_BRAND);

/** Builds an error from a non-empty issue list; the first issue gives the code. */
export function errorFromIssues(what: string, issues: readonly OutcomesIssue[]): OutcomesError {
  const first = issues[0];
  if (first === undefined) throw new Error('errorFromIssues needs at least one issue');
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new OutcomesError(first.code, `Invalid ${what}: ${summary}`, issues);
}
