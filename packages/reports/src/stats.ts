/** The median of ascending values: the middle one, or the mean of the middle two. `NaN` when empty. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The nearest-rank percentile of ascending values: the smallest value with at least `p` % of the
 * values at or below it (`p` from 0 to 100). Always one of the values, so a waiting time stays a
 * whole number of days. `NaN` when empty.
 *
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90); // 9
 * ```
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const clamped = Math.min(100, Math.max(0, p));
  const rank = Math.max(1, Math.ceil((clamped / 100) * sorted.length));
  return sorted[rank - 1]!;
}

// Rounding is @lotsen/domain's (half away from zero, never -0), under the name reports has exported.
export { roundHalfAwayFromZero as round } from '@lotsen/domain';
