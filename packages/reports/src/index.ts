/**
 * @packageDocumentation
 * Equity and follow-up reports (work in progress in this change).
 */
export {};
