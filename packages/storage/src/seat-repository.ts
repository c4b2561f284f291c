import { ReferralStatusSchema, SlugSchema, DeclineReasonSchema, type Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import {
  EventInputSchema,
  JsonValueSchema,
  TimestampSchema,
  guard,
  invalidInput,
  iso,
  isoOrUndefined,
  parseInput,
  type EventInput,
  type JsonValue,
} from './input.js';
import { lockReferral, writeChange, type StoredReferral } from './referral-repository.js';

/** Where storage itself moves a referral: into a seat, onto a queue, or to an offer. */
export interface SeatChange {
  /** The referral before the change. */
  readonly referral: StoredReferral;
  readonly toStatus: 'enrolled' | 'waitlisted' | 'offered';
  readonly cohortId: string;
  /** The queue position, for `waitlisted`. */
  readonly position?: number;
}

/**
 * Computes the machine snapshot for a status change that storage decides (seat or queue, and who is
 * offered a freed seat), so the stored snapshot stays in step with the status. It runs inside the
 * transaction: keep it pure and fast (e.g. xstate's `transition()` on the stored snapshot). Without
 * it, the stored snapshot is left as it was and the status column is the truth.
 */
export type NextSnapshot = (change: SeatChange) => JsonValue;

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
    /** Offer the freed seat to the next child in the queue. Default `true`. */
    offerNext: z.boolean().default(true),
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

/** One child in a cohort's queue. */
export interface StoredWaitlistEntry {
  /** 1 is next in line. */
  readonly position: number;
  readonly referralId: string;
  /** The start of the waiting time: the referral's first submission. */
  readonly submittedAt: string;
  readonly priority: number;
  /** When the referral joined this queue. */
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
   * queue (ordered by waiting time, then priority). A referral holding an offer in this cohort accepts
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
  /** The cohort's queue in order. */
  waitlist(cohortId: string): Promise<Result<StoredWaitlistEntry[], StorageError>>;
  /** The cohort's taken seats, oldest first. */
  seats(cohortId: string): Promise<Result<Seat[], StorageError>>;
  /** Counts of the cohort's seats and queue. */
  availability(cohortId: string): Promise<Result<Availability, StorageError>>;
}

interface LockedCohort {
  readonly id: string;
  readonly max: number;
  readonly status: string;
}

async function lockCohort(tx: SqlExecutor, id: string): Promise<LockedCohort> {
  const { rows } = await tx.query<{ id: string; seats_max: number; status: string }>(
    'SELECT id, seats_max, status FROM cohorts WHERE id = $1 FOR UPDATE',
    [id],
  );
  const row = rows[0];
  if (!row) throw new StorageError('NOT_FOUND', `No cohort ${id}`, { details: { cohortId: id } });
  return { id: row.id, max: Number(row.seats_max), status: row.status };
}

async function counts(tx: SqlExecutor, cohortId: string) {
  const { rows } = await tx.query<{ enrolled: number; offered: number; waiting: number }>(
    `SELECT
       (SELECT count(*) FROM cohort_seats WHERE cohort_id = $1 AND state = 'enrolled')::int AS enrolled,
       (SELECT count(*) FROM cohort_seats WHERE cohort_id = $1 AND state = 'offered')::int AS offered,
       (SELECT count(*) FROM cohort_waitlist WHERE cohort_id = $1)::int AS waiting`,
    [cohortId],
  );
  const row = rows[0] ?? { enrolled: 0, offered: 0, waiting: 0 };
  const enrolled = Number(row.enrolled);
  const offered = Number(row.offered);
  return { enrolled, offered, taken: enrolled + offered, waiting: Number(row.waiting) };
}

async function queuePosition(
  tx: SqlExecutor,
  cohortId: string,
  referralId: string,
): Promise<number> {
  const { rows } = await tx.query<{ position: number }>(
    `SELECT count(*)::int AS position
       FROM cohort_waitlist w, cohort_waitlist me
      WHERE me.cohort_id = $1 AND me.referral_id = $2 AND w.cohort_id = $1
        AND (w.submitted_at, -w.priority, w.seq) <= (me.submitted_at, -me.priority, me.seq)`,
    [cohortId, referralId],
  );
  return Number(rows[0]?.position ?? 0);
}

/**
 * Where a referral stood in a queue when it left it for an offer. It is kept in the `offered`
 * event's details (the audit log is append-only, so it cannot drift), and a declined offer puts the
 * referral back exactly there: same waiting time, priority and arrival order.
 */
interface QueuePlace {
  readonly cohortId: string;
  /** The position when the offer was made (1 is next in line); for the audit trail. */
  readonly position: number;
  readonly submittedAt: string;
  readonly priority: number;
  /** The arrival order among equal waiting times and priorities. */
  readonly seq: number;
  readonly since: string;
}

/** Takes a referral out of the queue it waits in (of `cohortId`, when given) and returns its place. */
async function leaveQueue(
  tx: SqlExecutor,
  referralId: string,
  cohortId?: string,
): Promise<QueuePlace | undefined> {
  const queued = await tx.query<{ cohort_id: string }>(
    `SELECT cohort_id FROM cohort_waitlist
      WHERE referral_id = $1 AND ($2::text IS NULL OR cohort_id = $2) FOR UPDATE`,
    [referralId, cohortId ?? null],
  );
  const from = queued.rows[0]?.cohort_id;
  if (from === undefined) return undefined;
  const position = await queuePosition(tx, from, referralId);
  const { rows } = await tx.query(
    `DELETE FROM cohort_waitlist WHERE cohort_id = $1 AND referral_id = $2
     RETURNING submitted_at, priority, seq, since`,
    [from, referralId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    cohortId: from,
    position,
    submittedAt: iso(row.submitted_at),
    priority: Number(row.priority),
    seq: Number(row.seq),
    since: iso(row.since),
  };
}

const QueuePlaceSchema = z.object({
  cohortId: SlugSchema,
  position: z.number().int(),
  submittedAt: TimestampSchema,
  priority: z.number().int(),
  seq: z.number().int().min(1),
  since: TimestampSchema,
});

/**
 * Puts a referral whose offer was declined back where it stood, read from the event of that offer.
 * Returns the queue and its position there, or `undefined` when it was not queueing when offered or
 * that cohort no longer takes anyone (cancelled, completed).
 */
async function returnToQueue(
  tx: SqlExecutor,
  referralId: string,
): Promise<{ cohortId: string; position: number | undefined } | undefined> {
  const { rows } = await tx.query<{ queue: unknown }>(
    `SELECT details->'queue' AS queue FROM referral_events
      WHERE referral_id = $1 AND kind = 'offered' ORDER BY version DESC LIMIT 1`,
    [referralId],
  );
  const place = QueuePlaceSchema.safeParse(rows[0]?.queue);
  if (!place.success) return undefined;
  const p = place.data;
  const { rows: queue } = await tx.query<{ status: string }>(
    'SELECT status FROM cohorts WHERE id = $1',
    [p.cohortId],
  );
  if (!OFFERABLE_COHORT.has(queue[0]?.status ?? '')) return undefined;
  // The original arrival number, not a new one: among equal waiting times the family stays ahead
  // of those who came after it.
  await tx.query(
    `INSERT INTO cohort_waitlist (cohort_id, referral_id, submitted_at, priority, seq, since)
     OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING`,
    [p.cohortId, referralId, p.submittedAt, p.priority, p.seq, p.since],
  );
  return { cohortId: p.cohortId, position: await queuePosition(tx, p.cohortId, referralId) };
}

/** The `offered` event's details: the reply deadline and the queue place the referral left. */
function offerDetails(replyBy: string | undefined, place: QueuePlace | undefined): JsonValue {
  return {
    ...(replyBy === undefined ? {} : { replyBy }),
    ...(place === undefined ? {} : { queue: { ...place } }),
  };
}

function snapshotFor(next: NextSnapshot | undefined, change: SeatChange): JsonValue | undefined {
  if (!next) return undefined;
  const parsed = JsonValueSchema.safeParse(next(change));
  if (!parsed.success) {
    throw invalidInput('snapshot from nextSnapshot', [
      { path: 'nextSnapshot', message: 'Must return a JSON value' },
    ]);
  }
  return parsed.data;
}

const CLOSED_COHORT = new Set(['cancelled', 'completed']);
// A seat is offered by hand only in a cohort that still takes children.
const OFFERABLE_COHORT = new Set(['planned', 'open']);
// Who can be offered a seat: a referral the coordinator accepted, waiting or not.
const OFFERABLE_REFERRAL = new Set(['accepted', 'waitlisted']);
const WAITING: ReadonlySet<string> = OFFERABLE_REFERRAL;

function checkVersion(referral: StoredReferral, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && referral.version !== expectedVersion) {
    throw new StorageError(
      'CONFLICT',
      `Referral ${referral.id} is at version ${referral.version}, not ${expectedVersion}`,
      {
        details: {
          referralId: referral.id,
          expectedVersion,
          actualVersion: referral.version,
        },
      },
    );
  }
}

/**
 * Offers free seats to the queue, first in line first, passing over `skip` (the family that just
 * declined the seat). The candidate is read without a lock and then its referral is locked; a
 * referral that left the queue meanwhile (withdrawn by another process) is skipped. Locking in that
 * order avoids a deadlock with `transition`.
 */
async function fillFreeSeats(
  tx: SqlExecutor,
  cohort: LockedCohort,
  event: EventInput,
  options: {
    replyBy?: string | undefined;
    nextSnapshot?: NextSnapshot | undefined;
    skip?: readonly string[];
  },
): Promise<StoredReferral[]> {
  if (CLOSED_COHORT.has(cohort.status)) return [];
  const offered: StoredReferral[] = [];
  let { taken } = await counts(tx, cohort.id);
  while (taken < cohort.max) {
    const next = await tx.query<{ referral_id: string }>(
      `SELECT referral_id FROM cohort_waitlist
        WHERE cohort_id = $1 AND referral_id <> ALL($2::uuid[])
        ORDER BY submitted_at, priority DESC, seq LIMIT 1`,
      [cohort.id, [...(options.skip ?? [])]],
    );
    const candidate = next.rows[0]?.referral_id;
    if (candidate === undefined) break;
    const referral = await lockReferral(tx, candidate);
    const place = await leaveQueue(tx, candidate, cohort.id);
    if (place === undefined) continue;
    await tx.query(
      `INSERT INTO cohort_seats (cohort_id, referral_id, state, since, reply_by)
       VALUES ($1, $2, 'offered', $3, $4)`,
      [cohort.id, candidate, event.at, options.replyBy ?? null],
    );
    const snapshot = snapshotFor(options.nextSnapshot, {
      referral,
      toStatus: 'offered',
      cohortId: cohort.id,
    });
    const { after } = await writeChange(tx, candidate, referral.version, {
      kind: 'offered',
      toStatus: 'offered',
      event,
      cohortId: cohort.id,
      ...(snapshot === undefined ? {} : { snapshot }),
      details: offerDetails(options.replyBy, place),
    });
    offered.push(after);
    taken++;
  }
  return offered;
}

/** Creates the seat and waitlist repository over a driver. */
export function createSeatRepository(driver: Driver): SeatRepository {
  async function readCohort(cohortId: string) {
    const parsed = parseInput(SlugSchema, cohortId, 'cohort id');
    if (!parsed.ok) return parsed;
    const { rows } = await driver.query<{ id: string; seats_min: number; seats_max: number }>(
      'SELECT id, seats_min, seats_max FROM cohorts WHERE id = $1',
      [parsed.value],
    );
    const row = rows[0];
    if (!row)
      throw new StorageError('NOT_FOUND', `No cohort ${cohortId}`, { details: { cohortId } });
    return { ok: true as const, value: row };
  }

  return {
    async enrol(input) {
      const parsed = parseInput(EnrolSchema, input, 'enrolment');
      if (!parsed.ok) return parsed;
      const e = parsed.value;
      return guard(() =>
        driver.transaction(async (tx): Promise<EnrolOutcome> => {
          // The cohort row lock is what makes concurrent enrolments take turns: the seat count read
          // below cannot change until this transaction ends.
          const cohort = await lockCohort(tx, e.cohortId);
          if (CLOSED_COHORT.has(cohort.status)) {
            throw new StorageError('CONFLICT', `Cohort ${cohort.id} is ${cohort.status}`, {
              details: { cohortId: cohort.id, status: cohort.status },
            });
          }
          const referral = await lockReferral(tx, e.referralId);
          checkVersion(referral, e.expectedVersion);
          const seat = (
            await tx.query<{ cohort_id: string; state: string }>(
              'SELECT cohort_id, state FROM cohort_seats WHERE referral_id = $1',
              [referral.id],
            )
          ).rows[0];
          if (seat && seat.cohort_id === cohort.id && seat.state === 'offered') {
            // Accepting an offer: the seat is already held for this referral.
            await tx.query(
              `UPDATE cohort_seats SET state = 'enrolled', since = $2, reply_by = NULL
                WHERE referral_id = $1`,
              [referral.id, e.event.at],
            );
            const snapshot = snapshotFor(e.nextSnapshot, {
              referral,
              toStatus: 'enrolled',
              cohortId: cohort.id,
            });
            const { after } = await writeChange(tx, referral.id, referral.version, {
              kind: 'enrolled',
              toStatus: 'enrolled',
              event: e.event,
              cohortId: cohort.id,
              ...(snapshot === undefined ? {} : { snapshot }),
              details: { acceptedOffer: true },
            });
            return { outcome: 'enrolled', referral: after };
          }
          if (seat) {
            throw new StorageError(
              'CONFLICT',
              `Referral ${referral.id} already holds a seat (${seat.state}) in cohort ${seat.cohort_id}`,
              { details: { referralId: referral.id, cohortId: seat.cohort_id, state: seat.state } },
            );
          }
          const queued = (
            await tx.query<{ cohort_id: string }>(
              'SELECT cohort_id FROM cohort_waitlist WHERE referral_id = $1',
              [referral.id],
            )
          ).rows[0];
          if (queued?.cohort_id === cohort.id) {
            const position = await queuePosition(tx, cohort.id, referral.id);
            throw new StorageError(
              'CONFLICT',
              `Referral ${referral.id} is already waiting for cohort ${cohort.id} at position ${position}`,
              { details: { referralId: referral.id, cohortId: cohort.id, position } },
            );
          }
          const { taken, waiting } = await counts(tx, cohort.id);
          // A free seat goes to a newcomer only when nobody is queueing; otherwise the queue comes
          // first (offerFreeSeats hands such seats out in order).
          const seatFree = taken < cohort.max && waiting === 0;
          if (!seatFree && !e.waitlistIfFull) {
            throw new StorageError('NO_SEATS', `Cohort ${cohort.id} has no free seat`, {
              details: { cohortId: cohort.id, max: cohort.max, taken, waiting },
            });
          }
          // A referral waits in one queue at a time: joining this cohort moves it from another.
          if (queued) {
            await tx.query('DELETE FROM cohort_waitlist WHERE referral_id = $1', [referral.id]);
          }
          if (seatFree) {
            await tx.query(
              `INSERT INTO cohort_seats (cohort_id, referral_id, state, since)
               VALUES ($1, $2, 'enrolled', $3)`,
              [cohort.id, referral.id, e.event.at],
            );
            const snapshot = snapshotFor(e.nextSnapshot, {
              referral,
              toStatus: 'enrolled',
              cohortId: cohort.id,
            });
            const { after } = await writeChange(tx, referral.id, referral.version, {
              kind: 'enrolled',
              toStatus: 'enrolled',
              event: e.event,
              cohortId: cohort.id,
              ...(snapshot === undefined ? {} : { snapshot }),
              ...(e.priority === undefined ? {} : { priority: e.priority }),
              details: { seat: taken + 1, max: cohort.max },
            });
            return { outcome: 'enrolled', referral: after };
          }
          await tx.query(
            `INSERT INTO cohort_waitlist (cohort_id, referral_id, submitted_at, priority, since)
             VALUES ($1, $2, $3, $4, $5)`,
            [
              cohort.id,
              referral.id,
              referral.submittedAt ?? referral.createdAt,
              e.priority ?? referral.priority,
              e.event.at,
            ],
          );
          const position = await queuePosition(tx, cohort.id, referral.id);
          const snapshot = snapshotFor(e.nextSnapshot, {
            referral,
            toStatus: 'waitlisted',
            cohortId: cohort.id,
            position,
          });
          const { after } = await writeChange(tx, referral.id, referral.version, {
            kind: 'waitlisted',
            toStatus: 'waitlisted',
            event: e.event,
            cohortId: cohort.id,
            ...(snapshot === undefined ? {} : { snapshot }),
            ...(e.priority === undefined ? {} : { priority: e.priority }),
            details: { position },
          });
          return { outcome: 'waitlisted', position, referral: after };
        }),
      );
    },

    async releaseSeat(input) {
      const parsed = parseInput(ReleaseSchema, input, 'seat release');
      if (!parsed.ok) return parsed;
      const r = parsed.value;
      return guard(() =>
        driver.transaction(async (tx): Promise<ReleaseOutcome> => {
          const cohort = await lockCohort(tx, r.cohortId);
          const referral = await lockReferral(tx, r.referralId);
          checkVersion(referral, r.expectedVersion);
          const removed = await tx.query<{ state: string }>(
            'DELETE FROM cohort_seats WHERE cohort_id = $1 AND referral_id = $2 RETURNING state',
            [cohort.id, referral.id],
          );
          const state = removed.rows[0]?.state;
          if (state === undefined) {
            throw new StorageError(
              'NOT_FOUND',
              `Referral ${referral.id} holds no seat in cohort ${cohort.id}`,
              { details: { referralId: referral.id, cohortId: cohort.id } },
            );
          }
          // A family that cannot take this offer keeps its waiting time and its place in the queue.
          const queue =
            state === 'offered' && r.toStatus === 'waitlisted'
              ? await returnToQueue(tx, referral.id)
              : undefined;
          const position = queue?.position;
          const { after } = await writeChange(tx, referral.id, referral.version, {
            kind: 'seat_released',
            toStatus: r.toStatus,
            event: r.event,
            // Back in a queue, the referral names that queue's cohort (as a waitlisted one does);
            // otherwise waiting has no cohort, and one that leaves keeps the cohort it left.
            ...(WAITING.has(r.toStatus) ? { cohortId: queue?.cohortId ?? null } : {}),
            ...(r.snapshot === undefined ? {} : { snapshot: r.snapshot }),
            ...(r.declineReason === undefined ? {} : { declineReason: r.declineReason }),
            details: { seatState: state, ...(position === undefined ? {} : { position }) },
          });
          const offered = r.offerNext
            ? await fillFreeSeats(
                tx,
                cohort,
                { ...r.event, reason: `Seat freed in ${cohort.id}` },
                // The seat it declined is not offered straight back to it.
                { replyBy: r.replyBy, nextSnapshot: r.nextSnapshot, skip: [referral.id] },
              )
            : [];
          return { released: after, offered: offered[0] ?? null };
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
          return fillFreeSeats(tx, cohort, o.event, {
            replyBy: o.replyBy,
            nextSnapshot: o.nextSnapshot,
          });
        }),
      );
    },

    async offer(input) {
      const parsed = parseInput(OfferSchema, input, 'seat offer');
      if (!parsed.ok) return parsed;
      const o = parsed.value;
      return guard(() =>
        driver.transaction(async (tx) => {
          // Everything below is decided under the cohort's row lock: two offers of the same cohort
          // take turns, so the second sees the seat the first took and the queue as it left it.
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
          if (!OFFERABLE_REFERRAL.has(referral.status)) {
            throw new StorageError(
              'CONFLICT',
              `Referral ${referral.id} is ${referral.status}; only an accepted or waitlisted referral is offered a seat`,
              { details: { referralId: referral.id, status: referral.status } },
            );
          }
          const seat = (
            await tx.query<{ cohort_id: string; state: string }>(
              'SELECT cohort_id, state FROM cohort_seats WHERE referral_id = $1',
              [referral.id],
            )
          ).rows[0];
          if (seat) {
            throw new StorageError(
              'CONFLICT',
              `Referral ${referral.id} already holds a seat (${seat.state}) in cohort ${seat.cohort_id}`,
              { details: { referralId: referral.id, cohortId: seat.cohort_id, state: seat.state } },
            );
          }
          const { taken, waiting } = await counts(tx, cohort.id);
          const free = Math.max(0, cohort.max - taken);
          // Children already in this cohort's queue come first: an offer may not take a seat that
          // one of them, waiting longer, would otherwise be offered.
          const queued = await tx.query(
            'SELECT 1 FROM cohort_waitlist WHERE cohort_id = $1 AND referral_id = $2',
            [cohort.id, referral.id],
          );
          const ahead =
            queued.rows.length > 0
              ? (await queuePosition(tx, cohort.id, referral.id)) - 1
              : waiting;
          if (free <= ahead) {
            throw new StorageError(
              'NO_SEATS',
              free === 0
                ? `Cohort ${cohort.id} has no free seat`
                : `Cohort ${cohort.id} has ${free} free seats, owed to ${ahead} children waiting ahead in its queue`,
              { details: { cohortId: cohort.id, max: cohort.max, taken, waiting, ahead } },
            );
          }
          const place = await leaveQueue(tx, referral.id);
          await tx.query(
            `INSERT INTO cohort_seats (cohort_id, referral_id, state, since, reply_by)
             VALUES ($1, $2, 'offered', $3, $4)`,
            [cohort.id, referral.id, o.event.at, o.replyBy ?? null],
          );
          const { after } = await writeChange(tx, referral.id, referral.version, {
            kind: 'offered',
            toStatus: 'offered',
            event: o.event,
            cohortId: cohort.id,
            ...(o.snapshot === undefined ? {} : { snapshot: o.snapshot }),
            details: offerDetails(o.replyBy, place),
          });
          return after;
        }),
      );
    },

    async waitlist(cohortId) {
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        if (!cohort.ok) throw cohort.error;
        const { rows } = await driver.query(
          `SELECT referral_id, submitted_at, priority, since,
                  row_number() OVER (ORDER BY submitted_at, priority DESC, seq)::int AS position
             FROM cohort_waitlist WHERE cohort_id = $1
            ORDER BY position`,
          [cohort.value.id],
        );
        return rows.map((row): StoredWaitlistEntry => ({
          position: Number(row.position),
          referralId: String(row.referral_id),
          submittedAt: iso(row.submitted_at),
          priority: Number(row.priority),
          since: iso(row.since),
        }));
      });
    },

    async seats(cohortId) {
      return guard(async () => {
        const cohort = await readCohort(cohortId);
        if (!cohort.ok) throw cohort.error;
        const { rows } = await driver.query(
          `SELECT referral_id, state, since, reply_by FROM cohort_seats WHERE cohort_id = $1
            ORDER BY since, referral_id`,
          [cohort.value.id],
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
        if (!cohort.ok) throw cohort.error;
        const c = await counts(driver, cohort.value.id);
        const max = Number(cohort.value.seats_max);
        return {
          cohortId: cohort.value.id,
          min: Number(cohort.value.seats_min),
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
