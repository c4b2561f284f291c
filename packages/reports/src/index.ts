/**
 * `@lotsen/reports`: Lotsen's equity report, computed from plain rows with no I/O. Per district and
 * need: local group support, referrals, waiting days, the share started within 30 days, completion,
 * outcome improvement, closed loops and rates per 1,000 residents aged 0–20, with small cells
 * suppressed, as JSON-ready objects or CSV. Bad input returns a `Result` with a `ReportsError`.
 *
 * @packageDocumentation
 */
export { ReportsError, isReportsError, REPORTS_ERROR_CODES } from './errors.js';
export type { ReportsErrorCode } from './errors.js';
export type { OutcomeFact, ReferralFacts } from './facts.js';
export { EQUITY_CSV_COLUMNS, equityCsv, equityReport } from './equity.js';
export type { EquityInput, EquityReport, EquityRow } from './equity.js';
export { isSmallCount, suppressCount, suppressShare } from './suppress.js';
