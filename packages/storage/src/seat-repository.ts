import { ReferralStatusSchema, SlugSchema, DeclineReasonSchema, type Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import { StorageError } from './errors.js';
import {
  EventInputSchema,
  JsonValueSchema,
  TimestampSchema,
  guard,
  iso,
  isoOrUndefined,
  parseInput,
} from './input.js';
import { lockReferral, type StoredReferral } from './referral-repository.js';
import {
  OFFERABLE_COHORT,
  acceptHeldOffer,
  alreadySeated,
  checkNotClosed,
  checkOfferable,
  checkVersion,
  fillFreeSeats,
  giveUpSeat,
  holdSeat,
  joinWaitingList,
  seatOf,
  takeFreeSeat,
  type FreedSeatHandling,
  type NextSnapshot,
} from './seat-decisions.js';
import {
  lockCohort,
  queueLength,
  queueOf,
  queuePosition,
  readQueue,
  seatCounts,
  type QueueRef,
} from './seat-queue.js';

export type { NextSnapshot, SeatChange, FreedSeatHandling } from './seat-decisions.js';

const NextSnapshotSchema = z
  .custom<NextSnapshot>((v) => typeof v === 'function', 'Expected a function')
  .optional();

const IdSchema = z.uuid();

const EnrolSchema = z.strictObject({
  referralId: IdSchema,
  cohortId: SlugSchema,
  /** When given, a referral that has moved on gives `CONFLICT`. */
  expectedVersion: z.number().int().min(1).optional(),
  /** Overrides the referral's priority in this queue; higher goes first among equal waiting times. */
  priority: z.number().int().min(-1000).max(1000).optional(),
  /** `false`: refuse with `NO_SEATS` instead of queueing. Default `true`. */
  waitlistIfFull: z.boolean().default(true),
  /** `true`: join the cohort's queue even when a seat is free (seats then go out in queue order). */
  joinQueueOnly: z.boolean().default(false),
  event: EventInputSchema,
  nextSnapshot: NextSnapshotSchema,
});
/** A request to give a referral a seat in a cohort, or a place in its queue. */
export type EnrolInput = z.input<typeof EnrolSchema>;

/** What {@link SeatRepository.enrol} did. */
export type EnrolOutcome =
  | { readonly outcome: 'enrolled'; readonly referral: StoredReferral }
  | {
      readonly outcome: 'waitlisted';
      readonly position: number;
      readonly referral: StoredReferral;
    };

const OfferOptionsSchema = z.strictObject({
  /** The family's reply deadline for an offered seat. */
  replyBy: TimestampSchema.optional(),
  nextSnapshot: NextSnapshotSchema,
});

const ReleaseSchema = z
  .strictObject({
    referralId: IdSchema,
    cohortId: SlugSchema,
    /** Where the referral goes: `withdrawn`, `discontinued`, `declined`, `expired`, ... */
    toStatus: ReferralStatusSchema.exclude(['offered', 'enrolled']),
    expectedVersion: z.number().int().min(1).optional(),
    snapshot: JsonValueSchema.optional(),
    declineReason: DeclineReasonSchema.optional(),
    /** Who the automatic offer of the freed seat is logged as (e.g. the system); default `event`'s actor. */
    offerEvent: EventInputSchema.optional(),
    /** `false`: leave the freed seat free (same as `freedSeat: 'none'`). Default `true`. */
    offerNext: z.boolean().default(true),
    /**
     * How the freed seat goes to the next in line: `offer` at once, `propose` to the coordinator
     * (a task), or `none`. Default: the cohort's `freed_seat_policy`.
     */
    freedSeat: z.enum(['offer', 'propose', 'none']).optional(),
    event: EventInputSchema,
  })
  .extend(OfferOptionsSchema.shape)
  .refine((r) => r.toStatus !== 'declined' || r.declineReason !== undefined, {
    message: 'A declined referral needs a decline reason',
    path: ['declineReason'],
  });
/** A request to give up a seat (an offer declined, a child withdrawn or leaving). */
export type ReleaseSeatInput = z.input<typeof ReleaseSchema>;

/** What {@link SeatRepository.releaseSeat} did. */
export interface ReleaseOutcome {
  readonly released: StoredReferral;
  /** The referral offered the freed seat, or `null` when nobody was waiting (or `offerNext: false`). */
  readonly offered: StoredReferral | null;
  /** Referrals proposed to the coordinator for the freed seat instead (a `seat_proposal` task). */
  readonly proposed: readonly string[];
}

const JoinServiceListSchema = z.strictObject({
  referralId: IdSchema,
  serviceId: SlugSchema,
  expectedVersion: z.number().int().min(1).optional(),
  priority: z.number().int().min(-1000).max(1000).optional(),
  event: EventInputSchema,
  nextSnapshot: NextSnapshotSchema,
});
/** A request to put a referral on a service's general list (any cohort of the service). */
export type JoinServiceListInput = z.input<typeof JoinServiceListSchema>;

/** Where a referral waits, as the family is told it. */
export interface QueueStanding {
  readonly list: 'cohort' | 'service';
  /** The cohort id or the service id. */
  readonly listId: string;
  /** 1 is next in line. */
  readonly position: number;
  /** How many wait in the list. */
  readonly of: number;
  /** Seats offered from this list in the last `windowDays` days: the pace of the estimate. */
  readonly offersInWindow: number;
  readonly windowDays: number;
}

const OfferFreeSeatsSchema = z
  .strictObject({ cohortId: SlugSchema, event: EventInputSchema })
  .extend(OfferOptionsSchema.shape);
/** A request to offer a cohort's free seats to its queue (after `seats.max` was raised). */
export type OfferFreeSeatsInput = z.input<typeof OfferFreeSeatsSchema>;

const OfferSchema = z.strictObject({
  referralId: IdSchema,
  cohortId: SlugSchema,
  /** When given, a referral that has moved on gives `CONFLICT`. */
  expectedVersion: z.number().int().min(1).optional(),
  /** The family's reply deadline. */
  replyBy: TimestampSchema.optional(),
  /** The machine snapshot after the offer; leave out to keep the stored one. */
  snapshot: JsonValueSchema.optional(),
  event: EventInputSchema,
});
/** A request to offer one referral a seat in a cohort (a coordinator's decision, or formation's). */
export type OfferInput = z.input<typeof OfferSchema>;

/** One child in a cohort's queue or a service's list, in the one waiting order. */
export interface StoredWaitlistEntry {
  /** 1 is next in line. */
  readonly position: number;
  readonly referralId: string;
  /** The start of the waiting time: the referral's first submission. */
  readonly submittedAt: string;
  readonly priority: number;
  /** When the referral joined this list. */
  readonly since: string;
}

/** One taken seat. */
export interface Seat {
  readonly referralId: string;
  /** `offered`: held for the family until it replies; `enrolled`: taken. */
  readonly state: 'offered' | 'enrolled';
  readonly since: string;
  readonly replyBy?: string;
}

/** A cohort's seats at a glance. */
export interface Availability {
  readonly cohortId: string;
  readonly min: number;
  readonly max: number;
  readonly enrolled: number;
  readonly offered: number;
  /** Seats neither enrolled nor held by an offer. */
  readonly free: number;
  readonly waiting: number;
}

/**
 * Seats and waitlists. Every operation locks the cohort's row first (`SELECT ... FOR UPDATE`), so
 * operations on one cohort take turns across all processes and a cohort is never overfilled; each
 * change of a referral appends to its event log in the same transaction.
 */
export interface SeatRepository {
  /**
   * Atomically gives the referral a seat, if one is free and nobody is queueing, or a place in the
   * queue (in `@lotsen/domain`'s waiting order; the position is computed, never supplied). A referral holding an offer in this cohort accepts
   * it. `CONFLICT` if it already holds a seat or waits in this queue; `NO_SEATS` when full and
   * `waitlistIfFull` is `false`.
   */
  enrol(input: EnrolInput): Promise<Result<EnrolOutcome, StorageError>>;
  /**
   * Gives up a referral's seat (enrolled or offered), moves it to `toStatus`, and offers the seat to
   * the next child in the queue. Returns who was offered it. A family that declines an offer
   * (`toStatus: 'waitlisted'` for an offered seat; also a lapsed or rescinded offer) keeps its place:
   * it goes back into the queue it was offered from, at its original position, and the seat it
   * declined goes to the next child instead of back to it.
   */
  releaseSeat(input: ReleaseSeatInput): Promise<Result<ReleaseOutcome, StorageError>>;
  /** Offers every free seat to the queue, in order; returns the referrals offered a seat. */
  offerFreeSeats(input: OfferFreeSeatsInput): Promise<Result<StoredReferral[], StorageError>>;
  /**
   * Offers one referral (accepted or waitlisted) a seat in a cohort that is `planned` or `open`,
   * holding the seat until the family replies. The checks and the write happen in one transaction
   * under the cohort's row lock, so concurrent offers take turns: a cohort is never over-booked and
   * never skips its queue. `NO_SEATS` when no seat is free, or when every free seat is owed to a
   * child waiting ahead in the cohort's queue; `CONFLICT` for a stale `expectedVersion`, a referral
   * that holds a seat or is not waiting, or a cohort that takes no offers. A referral waiting in a
   * queue leaves it, and gets its place back if it declines (see {@link SeatRepository.releaseSeat}).
   */
  offer(input: OfferInput): Promise<Result<StoredReferral, StorageError>>;
  /**
   * Puts a referral on a service's general list: it waits for any cohort of the service, and a
   * seat freed in a cohort whose own queue is empty goes to it. Leaves any other list.
   */
  joinServiceList(
    input: JoinServiceListInput,
  ): Promise<Result<{ position: number; referral: StoredReferral }, StorageError>>;
  /** The cohort's queue in order. */
  waitlist(cohortId: string): Promise<Result<StoredWaitlistEntry[], StorageError>>;
  /** A service's general list in order. */
  serviceWaitlist(serviceId: string): Promise<Result<StoredWaitlistEntry[], StorageError>>;
  /**
   * Where a referral waits: its list, position, the list's length and the seats offered from that
   * list in the last `windowDays` days before `at` (the pace a wait estimate divides by);
   * `undefined` when it waits in no list.
   */
  standing(
    referralId: string,
    at: string,
    windowDays?: number,
  ): Promise<Result<QueueStanding | undefined, StorageError>>;
  /**
   * How a seat freed in the cohort goes on: `offer` it to the next in line at once (the default),
   * or `propose` it to the coordinator as a task. `NOT_FOUND` for an unknown cohort.
   */
  setFreedSeatPolicy(
    cohortId: string,
    policy: FreedSeatPolicy,
  ): Promise<Result<FreedSeatPolicy, StorageError>>;
  /** The cohort's taken seats, oldest first. */
  seats(cohortId: string): Promise<Result<Seat[], StorageError>>;
  /** Counts of the cohort's seats and queue. */
  availability(cohortId: string): Promise<Result<Availability, StorageError>>;
}

/** Refuses with `CONFLICT` an enrolment of a referral already waiting in this cohort's queue. */
async function checkNotQueuedHere(
  tx: Parameters<typeof queueOf>[0],
  cohortId: string,
  referralId: string,
): Promise<void> {
  const queued = await queueOf(tx, referralId);
  if (queued?.kind !== 'cohort' || queued.id !== cohortId) return;
  const position = await queuePosition(tx, queued, referralId);
  throw new StorageError(
    'CONFLICT',
    `Referral ${referralId} is already waiting for cohort ${cohortId} at position ${position}`,
    { details: { referralId, cohortId, position } },
  );
}

/** How many a referral has ahead of it for a cohort's free seats: its queue, or all of it. */
async function aheadInQueue(
  tx: Parameters<typeof queueOf>[0],
  cohortId: string,
  referralId: string,
  waiting: number,
): Promise<number> {
  const here: QueueRef = { kind: 'cohort', id: cohortId };
  const position = await queuePosition(tx, here, referralId);
  return position > 0 ? position - 1 : waiting;
}

const DEFAULT_PACE_WINDOW_DAYS = 56;

/** How a cohort's freed seats go on: offered at once, or proposed to the coordinator. */
export const FreedSeatPolicySchema = z.enum(['offer', 'propose']);
/** How a cohort's freed seats go on. */
export type FreedSeatPolicy = z.infer<typeof FreedSeatPolicySchema>;

/** Creates the seat and waitlist repository over a driver. */
export function createSeatRepository(driver: Driver): SeatRepository {
  async function readCohort(cohortId: string) {
    const parsed = parseInput(SlugSchema, cohortId, 'cohort id');
    if (!parsed.ok) throw parsed.error;
    const { rows } = await driver.query<{ id: string; seats_min: number; seats_max: number }>(
      'SELECT id, seats_min, seats_max FROM cohorts WHERE id = $1',
      [parsed.value],
    );
    const row = rows[0];
    if (!row)
      throw new StorageError('NOT_FOUND', `No cohort ${cohortId}`, { details: { cohortId } });
    return row;
  }

  return {
    async enrol(input) {
      const parsed = parseInput(EnrolSchema, input, 'enrolment');
      if (!parsed.ok) return parsed;
      const e = parsed.value;
      return guard(() =>
        driver.transaction(async (tx): Promise<EnrolOutcome> => {
          // The cohort row lock makes concurrent enrolments take turns: the counts read below
          // cannot change until this transaction ends.
          const cohort = await lockCohort(tx, e.cohortId);
          checkNotClosed(cohort);
          const referral = await lockReferral(tx, e.referralId);
          checkVersion(referral, e.expectedVersion);
          const seat = await seatOf(tx, referral.id);
          if (seat?.cohortId === cohort.id && seat.state === 'offered') {
            const after = await acceptHeldOffer(tx, cohort, referral, e.event, e.nextSnapshot);
            return { outcome: 'enrolled', referral: after };
          }
          if (seat) throw alreadySeated(referral.id, seat);
          await checkNotQueuedHere(tx, cohort.id, referral.id);
          const { taken, waiting } = await seatCounts(tx, cohort.id);
          // A free seat goes to a newcomer only when nobody is queueing: the queue comes first.
          if (taken < cohort.max && waiting === 0 && !e.joinQueueOnly) {
            const after = await takeFreeSeat(tx, cohort, referral, taken, {
              event: e.event,
              priority: e.priority,
              next: e.nextSnapshot,
            });
            return { outcome: 'enrolled', referral: after };
          }
          if (!e.waitlistIfFull) {
            throw new StorageError('NO_SEATS', `Cohort ${cohort.id} has no free seat`, {
              details: { cohortId: cohort.id, max: cohort.max, taken, waiting },
            });
          }
          const joined = await joinWaitingList(tx, { kind: 'cohort', id: cohort.id }, referral, {
            event: e.event,
            priority: e.priority,
            next: e.nextSnapshot,
          });
          return { outcome: 'waitlisted', ...joined };
        }),
      );
    },

    async joinServiceList(input) {
      const parsed = parseInput(JoinServiceListSchema, input, 'general list entry');
      if (!parsed.ok) return parsed;
      const j = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          const referral = await lockReferral(tx, j.referralId);
          checkVersion(referral, j.expectedVersion);
          const seat = await seatOf(tx, referral.id);
          if (seat) throw alreadySeated(referral.id, seat);
          return joinWaitingList(tx, { kind: 'service', id: j.serviceId }, referral, {
            event: j.event,
            priority: j.priority,
            next: j.nextSnapshot,
          });
        }),
      );
    },

    async releaseSeat(input) {
      const parsed = parseInput(ReleaseSchema, input, 'seat release');
      if (!parsed.ok) return parsed;
      const r = parsed.value;
      const handling: FreedSeatHandling | undefined = r.offerNext ? r.freedSeat : 'none';
      return guard(() =>
        driver.transaction(async (tx): Promise<ReleaseOutcome> => {
          const cohort = await lockCohort(tx, r.cohortId);
          const referral = await lockReferral(tx, r.referralId);
          checkVersion(referral, r.expectedVersion);
          const released = await giveUpSeat(tx, cohort, referral, {
            toStatus: r.toStatus,
            event: r.event,
            snapshot: r.snapshot,
            declineReason: r.declineReason,
          });
          // The freed seat moves on in this same transaction: never offered straight back to the
          // family that gave it up.
          const next = await fillFreeSeats(
            tx,
            cohort,
            r.offerEvent ?? { ...r.event, reason: `Seat freed in ${cohort.id}` },
            {
              replyBy: r.replyBy,
              nextSnapshot: r.nextSnapshot,
              skip: [referral.id],
              ...(handling === undefined ? {} : { handling }),
            },
          );
          return { released, offered: next.offered[0] ?? null, proposed: next.proposed };
        }),
      );
    },

    async offerFreeSeats(input) {
      const parsed = parseInput(OfferFreeSeatsSchema, input, 'offer of free seats');
      if (!parsed.ok) return parsed;
      const o = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          const cohort = await lockCohort(tx, o.cohortId);
          const next = await fillFreeSeats(tx, cohort, o.event, {
            replyBy: o.replyBy,
            nextSnapshot: o.nextSnapshot,
            handling: 'offer',
          });
          return next.offered;
        }),
      );
    },

    async offer(input) {
      const parsed = parseInput(OfferSchema, input, 'seat offer');
      if (!parsed.ok) return parsed;
      const o = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          // Decided under the cohort's row lock: two offers of one cohort take turns, so the second
          // sees the seat the first took and the queue as it left it.
          const cohort = await lockCohort(tx, o.cohortId);
          if (!OFFERABLE_COHORT.has(cohort.status)) {
            throw new StorageError(
              'CONFLICT',
              `Cohort ${cohort.id} is ${cohort.status}; it takes no offers`,
              { details: { cohortId: cohort.id, status: cohort.status } },
            );
          }
          const referral = await lockReferral(tx, o.referralId);
          checkVersion(referral, o.expectedVersion);
          await checkOfferable(tx, referral);
          const { taken, waiting } = await seatCounts(tx, cohort.id);
          const free = Math.max(0, cohort.max - taken);
          // Children in this cohort's queue come first: an offer may not take a seat that one of
          // them, waiting longer, would otherwise be offered.
          const ahead = await aheadInQueue(tx, cohort.id, referral.id, waiting);
          if (free <= ahead) {
            throw new StorageError(
              'NO_SEATS',
              free === 0
                ? `Cohort ${cohort.id} has no free seat`
                : `Cohort ${cohort.id} has ${free} free seats, owed to ${ahead} children waiting ahead in its queue`,
              { details: { cohortId: cohort.id, max: cohort.max, taken, waiting, ahead } },
            );
          }
          return holdSeat(tx, cohort, referral, {
            event: o.event,
            replyBy: o.replyBy,
            snapshot: o.snapshot,
          });
        }),
      );
    },

    async waitlist(cohortId) {
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        return readQueue(driver, { kind: 'cohort', id: cohort.id });
      });
    },

    async serviceWaitlist(serviceId) {
      const parsed = parseInput(SlugSchema, serviceId, 'service id');
      if (!parsed.ok) return parsed;
      return guard(() => readQueue(driver, { kind: 'service', id: parsed.value }));
    },

    async standing(referralId, at, windowDays = DEFAULT_PACE_WINDOW_DAYS) {
      const parsed = parseInput(IdSchema, referralId, 'referral id');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const list = await queueOf(driver, parsed.value);
        if (list === undefined) return undefined;
        const position = await queuePosition(driver, list, parsed.value);
        const of = await queueLength(driver, list);
        // The pace: offers made from this list in the window (their event keeps the list left).
        const key = list.kind === 'cohort' ? 'cohortId' : 'serviceId';
        const { rows } = await driver.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM referral_events
            WHERE kind = 'offered' AND details->'queue'->>'${key}' = $1
              AND at > $2::timestamptz - make_interval(days => $3) AND at <= $2::timestamptz`,
          [list.id, at, windowDays],
        );
        return {
          list: list.kind,
          listId: list.id,
          position,
          of,
          offersInWindow: Number(rows[0]?.n ?? 0),
          windowDays,
        };
      });
    },

    async setFreedSeatPolicy(cohortId, policy) {
      const parsed = parseInput(FreedSeatPolicySchema, policy, 'freed-seat policy');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        await driver.query('UPDATE cohorts SET freed_seat_policy = $2 WHERE id = $1', [
          cohort.id,
          parsed.value,
        ]);
        return parsed.value;
      });
    },

    async seats(cohortId) {
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        const { rows } = await driver.query(
          `SELECT referral_id, state, since, reply_by FROM cohort_seats WHERE cohort_id = $1
            ORDER BY since, referral_id`,
          [cohort.id],
        );
        return rows.map((row): Seat => {
          const replyBy = isoOrUndefined(row.reply_by);
          return {
            referralId: String(row.referral_id),
            state: row.state as Seat['state'],
            since: iso(row.since),
            ...(replyBy === undefined ? {} : { replyBy }),
          };
        });
      });
    },

    async availability(cohortId) {
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        const c = await seatCounts(driver, cohort.id);
        const max = Number(cohort.seats_max);
        return {
          cohortId: cohort.id,
          min: Number(cohort.seats_min),
          max,
          enrolled: c.enrolled,
          offered: c.offered,
          free: Math.max(0, max - c.taken),
          waiting: c.waiting,
        };
      });
    },
  };
}
