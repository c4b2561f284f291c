/*
 * Half a unit in the last place a billionth wide: enough to absorb the representation error of a
 * decimal written with fewer than about nine places (1.005 is stored as 1.00499999999999989...),
 * far too small to move a value that is really below the half.
 */
const HALF_TOLERANCE = 1e-9;

/**
 * Rounds half away from zero to `decimals` places, as a person (and NHS England's SQL `ROUND`, whose
 * thresholds the outcome scales use) rounds a decimal: `1.005` to 2 places is 1.01, `-4.95` to 1
 * place is -5.0, exactly the mirror of 4.95. Symmetric, so a deterioration and an improvement of the
 * same size are treated alike (`Math.round` alone rounds -x.5 towards +∞), and never `-0`, which
 * prints as "-0" in some locales and fails `Object.is` comparisons.
 *
 * @example
 * ```ts
 * roundHalfAwayFromZero(17.4 - 12.4, 1); // 5 (not 4.999999999999998)
 * roundHalfAwayFromZero(-0.04, 1); // 0, not -0
 * ```
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const magnitude = Math.round(Math.abs(value) * factor + HALF_TOLERANCE) / factor;
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}
