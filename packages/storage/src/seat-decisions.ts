import type { ReferralStatus } from '@lotsen/domain';
import type { SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import { JsonValueSchema, invalidInput, type EventInput, type JsonValue } from './input.js';
import { lockReferral, writeChange, type StoredReferral } from './referral-repository.js';
import {
  firstInQueue,
  joinQueue,
  leaveQueue,
  queueOf,
  queuePosition,
  returnToQueue,
  seatCounts,
  type LockedCohort,
  type QueuePlace,
  type QueueRef,
} from './seat-queue.js';
import { addTask } from './task-repository.js';

/*
 * One function per seat decision. Each runs inside the caller's transaction, after the cohort's row
 * is locked (so decisions about one cohort take turns across processes), and appends the
 * referral's event in the same transaction.
 */

/** Where storage itself moves a referral: into a seat, onto a queue, or to an offer. */
export interface SeatChange {
  /** The referral before the change. */
  readonly referral: StoredReferral;
  readonly toStatus: 'enrolled' | 'waitlisted' | 'offered';
  readonly cohortId: string;
  /** The queue position, for `waitlisted`. */
  readonly position?: number;
  /** The cohort's start date (`YYYY-MM-DD`), for `offered`. */
  readonly startDate?: string;
}

/**
 * Computes the machine snapshot for a status change that storage decides (seat or queue, and who is
 * offered a freed seat), so the stored snapshot stays in step with the status. It runs inside the
 * transaction: keep it pure and fast (e.g. xstate's `transition()` on the stored snapshot). Without
 * it, the stored snapshot is left as it was and the status column is the truth. For an automatic
 * offer it may return `null`: the machine refuses this child the offer (not eligible for the
 * cohort), so the seat is proposed to the coordinator instead.
 */
export type NextSnapshot = (change: SeatChange) => JsonValue | null;

const CLOSED_COHORT = new Set(['cancelled', 'completed']);
// A seat is offered by hand only in a cohort that still takes children.
export const OFFERABLE_COHORT: ReadonlySet<string> = new Set(['planned', 'open']);
// Who can be offered a seat: a referral the coordinator accepted, waiting or not.
const OFFERABLE_REFERRAL = new Set(['accepted', 'waitlisted']);

function snapshotFor(
  next: NextSnapshot | undefined,
  change: SeatChange,
): JsonValue | null | undefined {
  if (!next) return undefined;
  const value = next(change);
  if (value === null) return null;
  const parsed = JsonValueSchema.safeParse(value);
  if (!parsed.success) {
    throw invalidInput('snapshot from nextSnapshot', [
      { path: 'nextSnapshot', message: 'Must return a JSON value' },
    ]);
  }
  return parsed.data;
}

function withSnapshot(snapshot: JsonValue | null | undefined) {
  return snapshot === undefined || snapshot === null ? {} : { snapshot };
}

/** Refuses a stale version with `CONFLICT`. */
export function checkVersion(referral: StoredReferral, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && referral.version !== expectedVersion) {
    throw new StorageError(
      'CONFLICT',
      `Referral ${referral.id} is at version ${referral.version}, not ${expectedVersion}`,
      { details: { referralId: referral.id, expectedVersion, actualVersion: referral.version } },
    );
  }
}

/** Refuses with `CONFLICT` a cohort that is cancelled or completed. */
export function checkNotClosed(cohort: LockedCohort): void {
  if (CLOSED_COHORT.has(cohort.status)) {
    throw new StorageError('CONFLICT', `Cohort ${cohort.id} is ${cohort.status}`, {
      details: { cohortId: cohort.id, status: cohort.status },
    });
  }
}

/** The seat a referral holds, in any cohort. */
export async function seatOf(
  tx: SqlExecutor,
  referralId: string,
): Promise<{ cohortId: string; state: string } | undefined> {
  const { rows } = await tx.query<{ cohort_id: string; state: string }>(
    'SELECT cohort_id, state FROM cohort_seats WHERE referral_id = $1',
    [referralId],
  );
  const row = rows[0];
  return row ? { cohortId: row.cohort_id, state: row.state } : undefined;
}

/** The `CONFLICT` for a referral that already holds a seat. */
export function alreadySeated(referralId: string, seat: { cohortId: string; state: string }) {
  return new StorageError(
    'CONFLICT',
    `Referral ${referralId} already holds a seat (${seat.state}) in cohort ${seat.cohortId}`,
    { details: { referralId, cohortId: seat.cohortId, state: seat.state } },
  );
}

/** Decision: the family accepted the seat held for it; the offer becomes a taken seat. */
export async function acceptHeldOffer(
  tx: SqlExecutor,
  cohort: LockedCohort,
  referral: StoredReferral,
  event: EventInput,
  next: NextSnapshot | undefined,
): Promise<StoredReferral> {
  await tx.query(
    `UPDATE cohort_seats SET state = 'enrolled', since = $2, reply_by = NULL WHERE referral_id = $1`,
    [referral.id, event.at],
  );
  const snapshot = snapshotFor(next, { referral, toStatus: 'enrolled', cohortId: cohort.id });
  const { after } = await writeChange(tx, referral.id, referral.version, {
    kind: 'enrolled',
    toStatus: 'enrolled',
    event,
    cohortId: cohort.id,
    ...withSnapshot(snapshot),
    details: { acceptedOffer: true },
  });
  return after;
}

/** Decision: a free seat nobody queues for goes straight to the referral. */
export async function takeFreeSeat(
  tx: SqlExecutor,
  cohort: LockedCohort,
  referral: StoredReferral,
  taken: number,
  input: { event: EventInput; priority?: number | undefined; next?: NextSnapshot | undefined },
): Promise<StoredReferral> {
  await tx.query('DELETE FROM cohort_waitlist WHERE referral_id = $1', [referral.id]);
  await tx.query('DELETE FROM service_waitlist WHERE referral_id = $1', [referral.id]);
  await tx.query(
    `INSERT INTO cohort_seats (cohort_id, referral_id, state, since) VALUES ($1, $2, 'enrolled', $3)`,
    [cohort.id, referral.id, input.event.at],
  );
  const snapshot = snapshotFor(input.next, { referral, toStatus: 'enrolled', cohortId: cohort.id });
  const { after } = await writeChange(tx, referral.id, referral.version, {
    kind: 'enrolled',
    toStatus: 'enrolled',
    event: input.event,
    cohortId: cohort.id,
    ...withSnapshot(snapshot),
    ...(input.priority === undefined ? {} : { priority: input.priority }),
    details: { seat: taken + 1, max: cohort.max },
  });
  return after;
}

/**
 * Decision: the referral joins a list (a cohort's queue or a service's general list) at the place
 * the waiting order gives it. The position is computed here, never supplied.
 */
export async function joinWaitingList(
  tx: SqlExecutor,
  list: QueueRef,
  referral: StoredReferral,
  input: { event: EventInput; priority?: number | undefined; next?: NextSnapshot | undefined },
): Promise<{ position: number; referral: StoredReferral }> {
  const queued = await queueOf(tx, referral.id);
  if (queued?.kind === list.kind && queued.id === list.id) {
    const position = await queuePosition(tx, list, referral.id);
    throw new StorageError(
      'CONFLICT',
      `Referral ${referral.id} is already waiting in the ${list.kind} list ${list.id} at position ${position}`,
      { details: { referralId: referral.id, list: list.kind, listId: list.id, position } },
    );
  }
  const priority = input.priority ?? referral.priority;
  const position = await joinQueue(tx, list, referral, priority, input.event.at);
  const cohortId = list.kind === 'cohort' ? list.id : null;
  const snapshot = snapshotFor(input.next, {
    referral,
    toStatus: 'waitlisted',
    cohortId: cohortId ?? '',
    position,
  });
  const { after } = await writeChange(tx, referral.id, referral.version, {
    kind: 'waitlisted',
    toStatus: 'waitlisted',
    event: input.event,
    cohortId,
    ...withSnapshot(snapshot),
    ...(input.priority === undefined ? {} : { priority: input.priority }),
    details: { position, list: list.kind, listId: list.id },
  });
  return { position, referral: after };
}

/** The `offered` event's details: the reply deadline and the queue place the referral left. */
function offerDetails(
  replyBy: string | undefined,
  place: QueuePlace | undefined,
  automatic: boolean,
): JsonValue {
  return {
    ...(replyBy === undefined ? {} : { replyBy }),
    ...(place === undefined ? {} : { queue: { ...place } }),
    ...(automatic ? { automatic: true } : {}),
  };
}

/** Checks a referral may be offered a seat: waiting (accepted or waitlisted) and seatless. */
export async function checkOfferable(tx: SqlExecutor, referral: StoredReferral): Promise<void> {
  if (!OFFERABLE_REFERRAL.has(referral.status)) {
    throw new StorageError(
      'CONFLICT',
      `Referral ${referral.id} is ${referral.status}; only an accepted or waitlisted referral is offered a seat`,
      { details: { referralId: referral.id, status: referral.status } },
    );
  }
  const seat = await seatOf(tx, referral.id);
  if (seat) throw alreadySeated(referral.id, seat);
}

/**
 * Decision: a seat is held for a referral until the family replies. It leaves the list it waited in
 * and keeps the place it had there in the offer's event (a declined offer puts it back).
 */
export async function holdSeat(
  tx: SqlExecutor,
  cohort: LockedCohort,
  referral: StoredReferral,
  input: {
    event: EventInput;
    replyBy?: string | undefined;
    snapshot?: JsonValue | undefined;
    automatic?: boolean;
  },
): Promise<StoredReferral> {
  const place = await leaveQueue(tx, referral.id);
  await tx.query(
    `INSERT INTO cohort_seats (cohort_id, referral_id, state, since, reply_by)
     VALUES ($1, $2, 'offered', $3, $4)`,
    [cohort.id, referral.id, input.event.at, input.replyBy ?? null],
  );
  const { after } = await writeChange(tx, referral.id, referral.version, {
    kind: 'offered',
    toStatus: 'offered',
    event: input.event,
    cohortId: cohort.id,
    ...(input.snapshot === undefined ? {} : { snapshot: input.snapshot }),
    details: offerDetails(input.replyBy, place, input.automatic === true),
  });
  return after;
}

/** What happened to a cohort's free seats. */
export interface FreeSeatsOutcome {
  readonly offered: StoredReferral[];
  /** Referrals proposed to the coordinator (policy `propose`, or the machine refused the offer). */
  readonly proposed: string[];
}

/** How freed seats go: offered at once, proposed to the coordinator, or left alone. */
export type FreedSeatHandling = 'offer' | 'propose' | 'none';

/**
 * Gives a cohort's free seats to its lists in order: the cohort's own queue first, then the
 * service's general list, passing over `skip` (the family that just declined the seat). With
 * `propose` (the cohort's setting, or because the machine refuses an offer) the next in line is
 * proposed to the coordinator as a task and the seat stays free. Referrals are read without a lock
 * and then locked; one that left its list meanwhile is skipped. Locking in that order avoids a
 * deadlock with `transition`.
 */
export async function fillFreeSeats(
  tx: SqlExecutor,
  cohort: LockedCohort,
  event: EventInput,
  options: {
    replyBy?: string | undefined;
    nextSnapshot?: NextSnapshot | undefined;
    skip?: readonly string[];
    handling?: FreedSeatHandling;
  },
): Promise<FreeSeatsOutcome> {
  const outcome: FreeSeatsOutcome = { offered: [], proposed: [] };
  const handling = options.handling ?? cohort.freedSeatPolicy;
  if (CLOSED_COHORT.has(cohort.status) || handling === 'none') return outcome;
  const skip = [...(options.skip ?? [])];
  let { taken } = await seatCounts(tx, cohort.id);
  const lists: QueueRef[] = [
    { kind: 'cohort', id: cohort.id },
    { kind: 'service', id: cohort.serviceId },
  ];
  while (taken + outcome.proposed.length < cohort.max) {
    let candidate: string | undefined;
    let from: QueueRef | undefined;
    for (const list of lists) {
      candidate = await firstInQueue(tx, list, skip);
      if (candidate !== undefined) {
        from = list;
        break;
      }
    }
    if (candidate === undefined || from === undefined) break;
    skip.push(candidate);
    const referral = await lockReferral(tx, candidate);
    if ((await queueOf(tx, candidate))?.id !== from.id) continue;
    const snapshot =
      handling === 'offer'
        ? snapshotFor(options.nextSnapshot, {
            referral,
            toStatus: 'offered',
            cohortId: cohort.id,
            startDate: cohort.startDate,
          })
        : null;
    if (handling === 'propose' || snapshot === null) {
      await proposeSeat(tx, cohort, referral.id, event);
      outcome.proposed.push(referral.id);
      continue;
    }
    const after = await holdSeat(tx, cohort, referral, {
      event,
      replyBy: options.replyBy,
      ...(snapshot === undefined ? {} : { snapshot }),
      automatic: true,
    });
    outcome.offered.push(after);
    taken++;
  }
  return outcome;
}

/** A freed seat proposed to the coordinator: a task naming the next in line. */
async function proposeSeat(
  tx: SqlExecutor,
  cohort: LockedCohort,
  referralId: string,
  event: EventInput,
): Promise<void> {
  await addTask(tx, {
    kind: 'seat_proposal',
    key: `seat_proposal:${cohort.id}:${referralId}:${event.at}`,
    referralId,
    cohortId: cohort.id,
    assigneeRole: 'coordinator',
    dueAt: event.at,
    details: { reason: event.reason ?? 'seat freed' },
    createdAt: event.at,
  });
}

/**
 * Decision: a referral gives up its seat. The seat row goes; a family that declined (or let lapse)
 * an offer goes back to the list it was offered from, at its old place.
 */
export async function giveUpSeat(
  tx: SqlExecutor,
  cohort: LockedCohort,
  referral: StoredReferral,
  input: {
    toStatus: Exclude<ReferralStatus, 'offered' | 'enrolled'>;
    event: EventInput;
    snapshot?: JsonValue | undefined;
    declineReason?: StoredReferral['declineReason'];
  },
): Promise<StoredReferral> {
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
  const back =
    state === 'offered' && input.toStatus === 'waitlisted'
      ? await returnToQueue(tx, referral.id)
      : undefined;
  const waiting = input.toStatus === 'waitlisted' || input.toStatus === 'accepted';
  const { after } = await writeChange(tx, referral.id, referral.version, {
    kind: 'seat_released',
    toStatus: input.toStatus,
    event: input.event,
    // Back in a cohort's queue, the referral names that cohort (as a waitlisted one does);
    // otherwise waiting has no cohort, and one that leaves keeps the cohort it left.
    ...(waiting ? { cohortId: back?.list.kind === 'cohort' ? back.list.id : null } : {}),
    ...(input.snapshot === undefined ? {} : { snapshot: input.snapshot }),
    ...(input.declineReason === undefined ? {} : { declineReason: input.declineReason }),
    details: {
      seatState: state,
      ...(back === undefined ? {} : { position: back.position, list: back.list.kind }),
    },
  });
  return after;
}
