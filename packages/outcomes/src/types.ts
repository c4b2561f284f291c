/** The PCOMS forms (Miller & Duncan). YCORS is recorded but never scored. */
export const PCOMS_FORMS = ['ORS', 'SRS', 'CORS', 'CSRS', 'YCORS'] as const;
/** A PCOMS form name. */
export type PcomsForm = (typeof PCOMS_FORMS)[number];

/** The two KASAM (Sense of Coherence) forms. */
export const KASAM_FORMS = ['SOC-13', 'SOC-29'] as const;
/** A KASAM form name. */
export type KasamForm = (typeof KASAM_FORMS)[number];

/** Every instrument this library records. */
export const INSTRUMENTS = [...PCOMS_FORMS, ...KASAM_FORMS, 'SCORE-15'] as const;
/** An instrument name as stored on an administration. */
export type Instrument = (typeof INSTRUMENTS)[number];

/**
 * The population whose norms apply. PCOMS routes by age: under 6 `young-child` (YCORS, unscored),
 * 6–12 `child` (CORS/CSRS), 13 up to the adult age `adolescent` (ORS/SRS), from the adult age `adult`.
 */
export const POPULATIONS = ['young-child', 'child', 'adolescent', 'adult'] as const;
/** A norm population. */
export type Population = (typeof POPULATIONS)[number];

/**
 * Who filled in the form. A `parent` or `staff` rating of a child or adolescent is caretaker-rated;
 * a `parent` rating on an adult form is the parent's own rating (e.g. ORS in family work).
 */
export const RATERS = ['child', 'young-person', 'parent', 'staff'] as const;
/** Who filled in the form. */
export type Rater = (typeof RATERS)[number];

/** The reliable-change categories, mutually exclusive: `recovered` is reported apart from `improved`. */
export const CHANGE_CATEGORIES = ['recovered', 'improved', 'unchanged', 'deteriorated'] as const;
/** A reliable-change category. */
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/** Instruments that measure outcome over time and can be compared pre → post. */
export const CHANGE_INSTRUMENTS = ['ORS', 'CORS', 'SOC-13', 'SOC-29', 'SCORE-15'] as const;
/** An instrument whose change can be classified. */
export type ChangeInstrument = (typeof CHANGE_INSTRUMENTS)[number];

/** Narrows an unknown value to a member of a readonly string list. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/**
 * `Array.isArray` without its `any[]` narrowing, which would erase the element type of a typed
 * readonly array. The checks still run because callers may pass untyped JSON.
 */
export function isArray(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}
