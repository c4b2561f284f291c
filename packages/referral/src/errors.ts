import { LotsenError, brandGuard, type InputIssue } from '@lotsen/domain';
import type { ReferralEventType } from './events.js';

/**
 * Every error `@lotsen/referral` reports carries one of these codes.
 *
 * - `INVALID_EVENT`: an event body does not match the event schemas (unknown type, missing `by` or
 *   `at`, a decline without a reason, a role that may not send this event).
 * - `INVALID_INPUT`: the data a referral machine starts from does not match the schemas, or the
 *   service is not the one the request names.
 * - `INVALID_SNAPSHOT`: a stored snapshot cannot be restored (its state is not a referral status, or
 *   its context is malformed).
 * - `EVENT_NOT_ALLOWED`: the referral does not accept this event in its current state (or a guard
 *   refuses it); `allowedEvents` lists what it accepts now.
 * - `REFERRAL_CLOSED`: the referral is in a final state and accepts no events.
 */
export type ReferralErrorCode =
  'INVALID_EVENT' | 'INVALID_INPUT' | 'INVALID_SNAPSHOT' | 'EVENT_NOT_ALLOWED' | 'REFERRAL_CLOSED';

const REFERRAL_ERROR_BRAND = Symbol.for('@lotsen/referral.ReferralError');

/** Extra detail a {@link ReferralError} may carry. */
export interface ReferralErrorDetails {
  /** Field-level problems with their paths (for `INVALID_*` codes). */
  readonly issues?: readonly InputIssue[];
  /** The event types the referral accepts now (for `EVENT_NOT_ALLOWED` and `REFERRAL_CLOSED`). */
  readonly allowedEvents?: readonly ReferralEventType[];
}

/**
 * The one error type of `@lotsen/referral`. Parse and transition helpers return it inside a
 * `Result`; it is thrown only for broken invariants (programmer errors, such as starting a machine
 * with input that was never parsed).
 */
export class ReferralError extends LotsenError<ReferralErrorCode> {
  override readonly name = 'ReferralError';
  /** What the referral accepts now; empty unless the event was not allowed. */
  readonly allowedEvents: readonly ReferralEventType[];
  readonly [REFERRAL_ERROR_BRAND] = true;

  constructor(
    code: ReferralErrorCode,
    message: string,
    details: ReferralErrorDetails = {},
    options?: ErrorOptions,
  ) {
    super(code, message, details.issues ?? [], options);
    this.allowedEvents = details.allowedEvents ?? [];
  }
}

/**
 * True for a {@link ReferralError}, also one created by another copy of this package (the ESM and
 * CJS builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isReferralError = brandGuard<ReferralError>(REFERRAL_ERROR_BRAND);
