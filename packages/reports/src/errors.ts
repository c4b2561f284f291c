import { LotsenError, brandGuard, type InputIssue } from '@lotsen/domain';

/**
 * Every error `@lotsen/reports` reports carries one of these stable codes. The README has the same
 * table; keep the two in step.
 *
 * - `INVALID_INPUT`: an option the caller chose is malformed: `asOf` is not a `YYYY-MM-DD` date,
 *   `minCellSize` is not a whole number from 1 to 1,000, or the outcome options are out of their
 *   domain. The caller can fix it.
 * - `INVALID_ROW`: a referral row is malformed: an id, district or needs list of the wrong type, a
 *   timestamp that does not parse, outcomes that are not a list. The rows come from storage, so this
 *   means stored data is broken, not that the caller asked wrongly.
 */
export type ReportsErrorCode = 'INVALID_INPUT' | 'INVALID_ROW';

/** Every code in {@link ReportsErrorCode}, for exhaustive checks and documentation. */
export const REPORTS_ERROR_CODES: readonly ReportsErrorCode[] = ['INVALID_INPUT', 'INVALID_ROW'];

const REPORTS_ERROR_BRAND = Symbol.for('@lotsen/reports.ReportsError');

/**
 * The one error type of `@lotsen/reports`. Report functions return it inside a `Result`; nothing
 * here throws for bad input. `issues` has the path of every bad field (`asOf`,
 * `referrals.12.enrolledAt`).
 */
export class ReportsError extends LotsenError<ReportsErrorCode> {
  override readonly name = 'ReportsError';
  readonly [REPORTS_ERROR_BRAND] = true;
}

/**
 * True for a {@link ReportsError}, also one created by another copy of this package (the ESM and CJS
 * builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isReportsError = brandGuard<ReportsError>(REPORTS_ERROR_BRAND);

/** Builds an error from a non-empty issue list, naming every path in the message. */
export function reportsError(
  code: ReportsErrorCode,
  what: string,
  issues: readonly InputIssue[],
): ReportsError {
  const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return new ReportsError(code, `Invalid ${what}: ${summary}`, issues);
}
