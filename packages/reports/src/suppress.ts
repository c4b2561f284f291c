import { round } from './stats.js';

/*
 * Small-cell suppression. `@lotsen/outcomes` applies the same rule (hide 1 to k − 1) inside
 * `aggregateOutcomes`, but does not export it as a helper, so the report's own counts and shares use
 * these two functions; the outcome figures keep that package's suppression.
 */

/** True for a count that must not be shown: from 1 to `minCellSize` − 1. Zero is shown. */
export function isSmallCount(count: number, minCellSize: number): boolean {
  return count > 0 && count < minCellSize;
}

/** A count, or `null` when it is small (1 to `minCellSize` − 1). */
export function suppressCount(count: number, minCellSize: number): number | null {
  return isSmallCount(count, minCellSize) ? null : count;
}

/**
 * `numerator / denominator` rounded to `decimals` places (default 3), or `null` when there is nothing
 * to measure (`denominator` 0) or when the share would give a small count away: the numerator, the
 * denominator, or what is left (`denominator − numerator`) is from 1 to `minCellSize` − 1. The last
 * rule is complementary suppression: 10 of 12 would reveal the 2 by subtraction.
 *
 * @example
 * ```ts
 * suppressShare(6, 12, 5); // 0.5
 * suppressShare(10, 12, 5); // null: 2 are left
 * ```
 */
export function suppressShare(
  numerator: number,
  denominator: number,
  minCellSize: number,
  decimals = 3,
): number | null {
  if (denominator === 0) return null;
  if (
    isSmallCount(denominator, minCellSize) ||
    isSmallCount(numerator, minCellSize) ||
    isSmallCount(denominator - numerator, minCellSize)
  ) {
    return null;
  }
  return round(numerator / denominator, decimals);
}
