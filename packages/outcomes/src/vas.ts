import type { OutcomesIssue } from './errors.js';

/**
 * Tolerance for "is this on the millimetre grid": a cm value typed as 6.8 arrives as
 * 6.8000000000000007 after some arithmetic. 1e-6 mm is far below any real mark and far above
 * double rounding noise at this magnitude.
 */
export const GRID_EPSILON_MM = 1e-6;

/** The unit an item value is given in. */
export type VasUnit = 'cm' | 'mm';

/**
 * Converts one VAS item to whole millimetres (0–100), or returns the issue that makes it invalid.
 * Returns a number on success so that the hot path allocates nothing per item.
 */
export function vasItemToMm(
  value: unknown,
  unit: VasUnit,
  resolution: 'reject' | 'round',
  path: string,
): number | OutcomesIssue {
  if (value === null || value === undefined) {
    return { code: 'MISSING_ITEM', path, message: 'Item is missing; a partial form has no total' };
  }
  const max = unit === 'cm' ? 10 : 100;
  return lengthToMm(value, max, unit === 'cm' ? 10 : 1, resolution, path, {
    type: 'Expected a number',
    range: `Expected 0 to ${max} ${unit}`,
    grid: 'Expected a mark measured to the millimetre (0.1 cm)',
  });
}

/**
 * Converts a PCOMS total in points (0–40, one decimal: four lines measured to the millimetre) to whole
 * millimetres (0–400), or returns the issue that makes it invalid. A total finer than a millimetre is
 * `NOT_ON_SCALE` unless `resolution` is `round` (the `vasResolution` option), never silently rounded.
 */
export function totalToMm(
  value: unknown,
  resolution: 'reject' | 'round',
  path: string,
): number | OutcomesIssue {
  return lengthToMm(value, 40, 10, resolution, path, {
    type: 'Expected a total in points',
    range: 'Expected a total from 0 to 40',
    grid: 'Expected a total to one decimal (each line is measured to the millimetre)',
  });
}

/** A length from 0 to `max` in a unit of `mmPerUnit` millimetres, as whole millimetres. */
function lengthToMm(
  value: unknown,
  max: number,
  mmPerUnit: number,
  resolution: 'reject' | 'round',
  path: string,
  messages: { readonly type: string; readonly range: string; readonly grid: string },
): number | OutcomesIssue {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return { code: 'INVALID_INPUT', path, message: messages.type };
  }
  if (!(value >= 0 && value <= max)) {
    return { code: 'OUT_OF_RANGE', path, message: messages.range };
  }
  const raw = value * mmPerUnit;
  const mm = Math.round(raw);
  if (resolution === 'reject' && Math.abs(raw - mm) > GRID_EPSILON_MM) {
    return { code: 'NOT_ON_SCALE', path, message: messages.grid };
  }
  return mm;
}
