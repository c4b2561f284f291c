import { SlugSchema, waitingOrderSql } from '@lotsen/domain';
import { z } from 'zod';
import type { SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import { TimestampSchema, iso } from './input.js';
import type { StoredReferral } from './referral-repository.js';

/*
 * The waiting lists: a cohort's queue (`cohort_waitlist`) and a service's general list
 * (`service_waitlist`). Both are ordered by @lotsen/domain's one waiting order; a position is
 * always computed from it, never stored or supplied. A referral waits in one list at a time.
 */

/** Which list: a cohort's queue or a service's general list. */
export type QueueRef =
  | { readonly kind: 'cohort'; readonly id: string }
  | { readonly kind: 'service'; readonly id: string };

// Table and column per kind: fixed strings, never input.
const TABLES = {
  cohort: { table: 'cohort_waitlist', column: 'cohort_id' },
  service: { table: 'service_waitlist', column: 'service_id' },
} as const;

/** The one waiting order, as storage sorts a list (see @lotsen/domain's README). */
export const QUEUE_ORDER = waitingOrderSql({
  submittedAt: 'submitted_at',
  priority: 'priority',
  id: 'referral_id',
});

/** A cohort locked for the rest of the transaction, with what seat decisions read. */
export interface LockedCohort {
  readonly id: string;
  readonly serviceId: string;
  readonly max: number;
  readonly status: string;
  readonly startDate: string;
  /** `offer`: a freed seat goes to the next in line at once; `propose`: a task for the coordinator. */
  readonly freedSeatPolicy: 'offer' | 'propose';
}

/** Locks a cohort's row: seat decisions of one cohort take turns across every process. */
export async function lockCohort(tx: SqlExecutor, id: string): Promise<LockedCohort> {
  const { rows } = await tx.query(
    `SELECT id, service_id, seats_max, status, start_date::text AS start_date, freed_seat_policy
       FROM cohorts WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const row = rows[0];
  if (!row) throw new StorageError('NOT_FOUND', `No cohort ${id}`, { details: { cohortId: id } });
  return {
    id: String(row.id),
    serviceId: String(row.service_id),
    max: Number(row.seats_max),
    status: String(row.status),
    startDate: String(row.start_date),
    freedSeatPolicy: row.freed_seat_policy === 'propose' ? 'propose' : 'offer',
  };
}

/** A cohort's enrolled and offered seats and the length of its own queue. */
export async function seatCounts(tx: SqlExecutor, cohortId: string) {
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

/** The referral's position in a list (1 is next), or 0 when it is not in it. */
export async function queuePosition(
  tx: SqlExecutor,
  list: QueueRef,
  referralId: string,
): Promise<number> {
  const { table, column } = TABLES[list.kind];
  const { rows } = await tx.query<{ position: number }>(
    `SELECT position FROM (
       SELECT referral_id, row_number() OVER (ORDER BY ${QUEUE_ORDER})::int AS position
         FROM ${table} WHERE ${column} = $1) q
      WHERE referral_id = $2`,
    [list.id, referralId],
  );
  return Number(rows[0]?.position ?? 0);
}

/** How many wait in a list. */
export async function queueLength(tx: SqlExecutor, list: QueueRef): Promise<number> {
  const { table, column } = TABLES[list.kind];
  const { rows } = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`,
    [list.id],
  );
  return Number(rows[0]?.n ?? 0);
}

/** The list a referral waits in, if any. */
export async function queueOf(tx: SqlExecutor, referralId: string): Promise<QueueRef | undefined> {
  const { rows } = await tx.query<{ kind: 'cohort' | 'service'; id: string }>(
    `SELECT 'cohort' AS kind, cohort_id AS id FROM cohort_waitlist WHERE referral_id = $1
     UNION ALL
     SELECT 'service', service_id FROM service_waitlist WHERE referral_id = $1`,
    [referralId],
  );
  const row = rows[0];
  return row ? { kind: row.kind, id: String(row.id) } : undefined;
}

/**
 * Puts a referral at the end of its order in a list (its waiting time counts from its first
 * submission, so "the end" is where the order puts it, not last) and returns its position. It
 * leaves any other list first: one list at a time.
 */
export async function joinQueue(
  tx: SqlExecutor,
  list: QueueRef,
  referral: StoredReferral,
  priority: number,
  since: string,
): Promise<number> {
  await tx.query('DELETE FROM cohort_waitlist WHERE referral_id = $1', [referral.id]);
  await tx.query('DELETE FROM service_waitlist WHERE referral_id = $1', [referral.id]);
  const { table, column } = TABLES[list.kind];
  await tx.query(
    `INSERT INTO ${table} (${column}, referral_id, submitted_at, priority, since)
     VALUES ($1, $2, $3, $4, $5)`,
    [list.id, referral.id, referral.submittedAt ?? referral.createdAt, priority, since],
  );
  return queuePosition(tx, list, referral.id);
}

/**
 * Where a referral stood in a list when it left it for an offer. It is kept in the `offered`
 * event's details (the audit log is append-only, so it cannot drift), and a declined offer puts the
 * referral back exactly there: same waiting time and priority, so the same place in the order.
 */
export interface QueuePlace {
  /** The cohort of a cohort queue. */
  readonly cohortId?: string;
  /** The service of a general list. */
  readonly serviceId?: string;
  /** The position when the offer was made (1 is next in line); for the audit trail. */
  readonly position: number;
  readonly submittedAt: string;
  readonly priority: number;
  readonly since: string;
}

const QueuePlaceSchema = z
  .object({
    cohortId: SlugSchema.optional(),
    serviceId: SlugSchema.optional(),
    position: z.number().int(),
    submittedAt: TimestampSchema,
    priority: z.number().int(),
    since: TimestampSchema,
  })
  .refine((p) => (p.cohortId === undefined) !== (p.serviceId === undefined));

/** Takes a referral out of the list it waits in (only `only`, when given) and returns its place. */
export async function leaveQueue(
  tx: SqlExecutor,
  referralId: string,
  only?: QueueRef,
): Promise<QueuePlace | undefined> {
  const list = await queueOf(tx, referralId);
  if (list === undefined) return undefined;
  if (only && (only.kind !== list.kind || only.id !== list.id)) return undefined;
  const position = await queuePosition(tx, list, referralId);
  const { table, column } = TABLES[list.kind];
  const { rows } = await tx.query(
    `DELETE FROM ${table} WHERE ${column} = $1 AND referral_id = $2
     RETURNING submitted_at, priority, since`,
    [list.id, referralId],
  );
  const row = rows[0];
  if (!row) return undefined;
  return {
    ...(list.kind === 'cohort' ? { cohortId: list.id } : { serviceId: list.id }),
    position,
    submittedAt: iso(row.submitted_at),
    priority: Number(row.priority),
    since: iso(row.since),
  };
}

// A list takes children back only while its cohort still takes children.
const OPEN_COHORT = new Set(['planned', 'open']);

/**
 * Puts a referral whose offer was declined back where it stood, read from the event of that offer.
 * Returns the list and its position there, or `undefined` when it was not waiting when offered or
 * that cohort no longer takes anyone (cancelled, completed).
 */
export async function returnToQueue(
  tx: SqlExecutor,
  referralId: string,
): Promise<{ list: QueueRef; position: number } | undefined> {
  const { rows } = await tx.query<{ queue: unknown }>(
    `SELECT details->'queue' AS queue FROM referral_events
      WHERE referral_id = $1 AND kind = 'offered' ORDER BY version DESC LIMIT 1`,
    [referralId],
  );
  const place = QueuePlaceSchema.safeParse(rows[0]?.queue);
  if (!place.success) return undefined;
  const p = place.data;
  const list: QueueRef =
    p.cohortId !== undefined
      ? { kind: 'cohort', id: p.cohortId }
      : { kind: 'service', id: p.serviceId! };
  if (list.kind === 'cohort') {
    const { rows: cohort } = await tx.query<{ status: string }>(
      'SELECT status FROM cohorts WHERE id = $1',
      [list.id],
    );
    if (!OPEN_COHORT.has(cohort[0]?.status ?? '')) return undefined;
  }
  const { table, column } = TABLES[list.kind];
  await tx.query(
    `INSERT INTO ${table} (${column}, referral_id, submitted_at, priority, since)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    [list.id, referralId, p.submittedAt, p.priority, p.since],
  );
  return { list, position: await queuePosition(tx, list, referralId) };
}

/** The first in a list's order, passing over `skip`. */
export async function firstInQueue(
  tx: SqlExecutor,
  list: QueueRef,
  skip: readonly string[],
): Promise<string | undefined> {
  const { table, column } = TABLES[list.kind];
  const { rows } = await tx.query<{ referral_id: string }>(
    `SELECT referral_id FROM ${table}
      WHERE ${column} = $1 AND referral_id <> ALL($2::uuid[])
      ORDER BY ${QUEUE_ORDER} LIMIT 1`,
    [list.id, [...skip]],
  );
  return rows[0]?.referral_id;
}

/** One child in a list, in order. */
export interface QueueRow {
  readonly position: number;
  readonly referralId: string;
  readonly submittedAt: string;
  readonly priority: number;
  readonly since: string;
}

/** A whole list in order. */
export async function readQueue(tx: SqlExecutor, list: QueueRef): Promise<QueueRow[]> {
  const { table, column } = TABLES[list.kind];
  const { rows } = await tx.query(
    `SELECT referral_id, submitted_at, priority, since,
            row_number() OVER (ORDER BY ${QUEUE_ORDER})::int AS position
       FROM ${table} WHERE ${column} = $1 ORDER BY position`,
    [list.id],
  );
  return rows.map((row) => ({
    position: Number(row.position),
    referralId: String(row.referral_id),
    submittedAt: iso(row.submitted_at),
    priority: Number(row.priority),
    since: iso(row.since),
  }));
}
