import type { ReferralStatus } from '@lotsen/domain';
import type { ReferralContext } from './context.js';
import { ReferralError } from './errors.js';
import type { ReferralEventOf, StaffActor } from './events.js';
import { addDays } from './time.js';

/**
 * Days between check-ins with a waitlisted family, unless configured. Two weeks is our choice, not a
 * figure from the city's reports: they say families lose motivation while they wait and that
 * someone must own keeping in touch, but not how often.
 */
export const DEFAULT_WAITLIST_CHECK_IN_DAYS = 14;

/** The actor timer events are sent as, unless configured. */
export const SCHEDULER_ACTOR: StaffActor = { id: 'lotsen-scheduler', role: 'system' };

/** The three kinds of timer a referral can have. */
export type ReferralTimerKind = 'offer_deadline' | 'waitlist_check_in' | 'follow_up_due';

/**
 * A timer the app schedules: when `dueAt` comes, send `event` to the referral (its `at` is `dueAt`;
 * the app may set it to the time it actually fires). Timers are data, so they survive restarts: after
 * each transition, recompute them with {@link timersFor} and replace the scheduled ones by `key`.
 */
export type ReferralTimer =
  | {
      readonly kind: 'offer_deadline';
      readonly key: string;
      readonly dueAt: string;
      readonly event: ReferralEventOf<'OFFER_EXPIRED'>;
    }
  | {
      readonly kind: 'waitlist_check_in';
      readonly key: string;
      readonly dueAt: string;
      readonly event: ReferralEventOf<'WAITLIST_CHECK_IN'>;
    }
  | {
      readonly kind: 'follow_up_due';
      readonly key: string;
      readonly dueAt: string;
      readonly event: ReferralEventOf<'FOLLOW_UP_DUE'>;
    };

/** Options for {@link timersFor}. */
export interface TimerOptions {
  /** Days between waitlist check-ins; defaults to {@link DEFAULT_WAITLIST_CHECK_IN_DAYS}. */
  readonly waitlistCheckInDays?: number;
  /** Who the timer events are sent as; defaults to {@link SCHEDULER_ACTOR}. */
  readonly by?: StaffActor;
}

/** What {@link timersFor} reads: a live snapshot, or the status and context storage kept. */
export interface ReferralStateLike {
  readonly value: ReferralStatus;
  readonly context: ReferralContext;
}

/**
 * The timers a referral needs now, as data for the app's scheduler (the machine has no xstate
 * `after` delays, so nothing is lost when a process restarts):
 * - `offered`, not yet accepted: `offer_deadline` at `replyBy`, sending `OFFER_EXPIRED`;
 * - `waitlisted`: `waitlist_check_in` every `waitlistCheckInDays` after joining the list or the last
 *   check-in, sending `WAITLIST_CHECK_IN`;
 * - `completed`, not yet reminded: `follow_up_due` at `followUpDueAt` (about 3 months after
 *   completion), sending `FOLLOW_UP_DUE`.
 *
 * Every other state has none. Pure: the same snapshot always gives the same timers.
 *
 * @example
 * ```ts
 * for (const timer of timersFor(snapshot)) scheduler.upsert(timer.key, timer.dueAt, timer.event);
 * ```
 */
export function timersFor(state: ReferralStateLike, options: TimerOptions = {}): ReferralTimer[] {
  const days = options.waitlistCheckInDays ?? DEFAULT_WAITLIST_CHECK_IN_DAYS;
  if (!Number.isInteger(days) || days < 1) {
    // Configuration, not user input: a wrong value is a programmer error.
    throw new ReferralError(
      'INVALID_INPUT',
      `waitlistCheckInDays must be a whole number of at least 1, got ${days}`,
    );
  }
  const by = options.by ?? SCHEDULER_ACTOR;
  const { context } = state;
  const key = (kind: ReferralTimerKind) => `${context.referralId}:${kind}`;

  switch (state.value) {
    case 'offered': {
      const offer = context.offer;
      if (!offer || offer.acceptedAt !== undefined) return [];
      return [
        {
          kind: 'offer_deadline',
          key: key('offer_deadline'),
          dueAt: offer.replyBy,
          event: { type: 'OFFER_EXPIRED', by, at: offer.replyBy },
        },
      ];
    }
    case 'waitlisted': {
      const waitlist = context.waitlist;
      if (!waitlist) return [];
      const dueAt = addDays(waitlist.lastCheckInAt ?? waitlist.since, days);
      return [
        {
          kind: 'waitlist_check_in',
          key: key('waitlist_check_in'),
          dueAt,
          event: { type: 'WAITLIST_CHECK_IN', by, at: dueAt },
        },
      ];
    }
    case 'completed': {
      const dueAt = context.followUpDueAt;
      if (dueAt === undefined || context.followUpRemindedAt !== undefined) return [];
      return [
        {
          kind: 'follow_up_due',
          key: key('follow_up_due'),
          dueAt,
          event: { type: 'FOLLOW_UP_DUE', by, at: dueAt },
        },
      ];
    }
    default:
      return [];
  }
}
