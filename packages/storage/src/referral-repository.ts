import { randomUUID } from 'node:crypto';
import {
  DeclineReasonSchema,
  ReferralStatusSchema,
  SlugSchema,
  err,
  ok,
  parseReferralRequest,
  SEAT_STATUSES,
  type DeclineReason,
  type InputIssue,
  type Referral,
  type ReferralRequest,
  type ReferralStatus,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, Row, SqlExecutor } from './driver.js';
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
  prefixIssues,
  type ActorRole,
  type EventInput,
  type JsonValue,
} from './input.js';

/** A stored referral: the domain referral plus the machine snapshot and the queue facts. */
export type StoredReferral = Referral & {
  /** The persisted xstate snapshot, exactly as it was given. */
  readonly snapshot: JsonValue;
  /** Higher goes first among referrals submitted at the same time. */
  readonly priority: number;
  /** When the referral was first submitted: the start of its waiting time. */
  readonly submittedAt?: string;
};

/** What kind of change an event records. */
export type ReferralEventKind =
  'created' | 'transition' | 'enrolled' | 'waitlisted' | 'offered' | 'seat_released';

/** One entry of a referral's append-only event log. */
export interface StoredReferralEvent {
  /** Increases with every event in the database; orders events across referrals. */
  readonly id: number;
  readonly referralId: string;
  /** The referral's version after this change; 1 for its creation. */
  readonly version: number;
  readonly kind: ReferralEventKind;
  /** `null` for the creation. */
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly actorId: string;
  readonly role: ActorRole;
  readonly reason?: string;
  readonly cohortId?: string;
  /** Extra facts, e.g. the waitlist position or an offer's reply deadline. */
  readonly details?: JsonValue;
  /** When it happened, by the caller's clock. */
  readonly at: string;
  /** When the database stored it. */
  readonly recordedAt: string;
}

const NewReferralEnvelopeSchema = z.strictObject({
  /** Chosen by the caller (to make creation idempotent) or generated. */
  id: z.uuid().optional(),
  request: z.unknown(),
  status: ReferralStatusSchema,
  snapshot: JsonValueSchema,
  priority: z.number().int().min(-1000).max(1000).default(0),
  /** Defaults to `event.at` unless the referral is a draft. */
  submittedAt: TimestampSchema.optional(),
  declineReason: DeclineReasonSchema.optional(),
  event: EventInputSchema,
});

/** A referral to create: the request, its first state and machine snapshot, and who created it. */
export interface NewReferral {
  readonly id?: string;
  readonly request: ReferralRequest;
  readonly status: ReferralStatus;
  readonly snapshot: JsonValue;
  readonly priority?: number;
  readonly submittedAt?: string;
  readonly declineReason?: DeclineReason;
  readonly event: EventInput;
}

/**
 * How long an idempotency key of {@link ReferralRepository.createOnce} holds: a retry within a day
 * of the first request is answered with the referral that request created; after that the key may
 * be used again.
 */
export const REFERRAL_IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

const HashSchema = TextSchema.regex(/^[0-9a-f]{64}$/, 'Expected 64 lowercase hex characters');

const ReferralIdempotencySchema = z.strictObject({
  keyHash: HashSchema,
  requestHash: HashSchema,
});

/**
 * The idempotency key of a referral's creation, as hashes made by the caller: the database never
 * holds the key itself nor who sent it.
 */
export interface ReferralIdempotency {
  /** SHA-256 (hex) of who sent the key and the key: the same key of another caller is another key. */
  readonly keyHash: string;
  /** SHA-256 (hex) of the request the key came with: a retry must send the very same request. */
  readonly requestHash: string;
}

/** What {@link ReferralRepository.createOnce} did. */
export interface CreatedOnce {
  /** The referral: new, or the one the key's first request created (as it is now). */
  readonly referral: StoredReferral;
  /** True when the key had been used before and nothing new was stored. */
  readonly replayed: boolean;
}

/** The change of state a caller (the referral machine's actor) asks for. */
export const TransitionSchema = z
  .strictObject({
    toStatus: ReferralStatusSchema,
    snapshot: JsonValueSchema,
    /** Set to a cohort id or `null` to change it; leave out to keep it. */
    cohortId: SlugSchema.nullable().optional(),
    /** Required when `toStatus` is `declined`. */
    declineReason: DeclineReasonSchema.optional(),
    priority: z.number().int().min(-1000).max(1000).optional(),
    event: EventInputSchema,
  })
  .refine((t) => t.toStatus !== 'declined' || t.declineReason !== undefined, {
    message: 'A declined referral needs a decline reason',
    path: ['declineReason'],
  });
/** A change of state. */
export type Transition = z.input<typeof TransitionSchema>;

/** Filters for {@link ReferralRepository.list}. */
export const ReferralFilterSchema = z.strictObject({
  districtId: SlugSchema.optional(),
  serviceId: SlugSchema.optional(),
  cohortId: SlugSchema.optional(),
  status: z.union([ReferralStatusSchema, z.array(ReferralStatusSchema).min(1)]).optional(),
  limit: z.number().int().min(1).max(1000).default(100),
  offset: z.number().int().min(0).default(0),
});
/** Filters for listing referrals. */
export type ReferralFilter = z.input<typeof ReferralFilterSchema>;

/** Referrals: the machine snapshot with a version, and the append-only log of every change. */
export interface ReferralRepository {
  /** Stores a new referral at version 1 and logs its creation. `CONFLICT` if the id exists. */
  create(input: NewReferral): Promise<Result<StoredReferral, StorageError>>;
  /**
   * {@link create}, at most once per idempotency key within {@link REFERRAL_IDEMPOTENCY_WINDOW_MS}
   * of `event.at`: a retry with the same key and the same request gets the referral the first one
   * created (`replayed`), and stores nothing; the same key with another request is
   * `IDEMPOTENCY_KEY_REUSED`. Two requests with one key at the same moment are serialized by the
   * database: the second waits for the first and is then answered as its retry.
   */
  createOnce(
    input: NewReferral,
    idempotency: ReferralIdempotency,
  ): Promise<Result<CreatedOnce, StorageError>>;
  /**
   * The referral a key's first request created, if the key holds at `at` (was claimed by
   * {@link createOnce} within {@link REFERRAL_IDEMPOTENCY_WINDOW_MS} before it) with this very
   * request; `undefined` if the key is free; `IDEMPOTENCY_KEY_REUSED` if it holds for another
   * request. Lets a caller answer a retry before checking the request again (against a catalogue
   * that may have changed since the first one), without writing anything.
   */
  replayOf(
    idempotency: ReferralIdempotency,
    at: string,
  ): Promise<Result<StoredReferral | undefined, StorageError>>;
  /** Reads one referral; `NOT_FOUND` if there is none. */
  get(id: string): Promise<Result<StoredReferral, StorageError>>;
  /** Lists referrals, oldest first, by district, service, cohort and status. */
  list(filter?: ReferralFilter): Promise<Result<StoredReferral[], StorageError>>;
  /**
   * Moves a referral to a new state if, and only if, it is still at `expectedVersion`: one
   * conditional update bumps the version, and the event is appended in the same transaction. A
   * stale version gives `CONFLICT` and writes nothing. Leaving `waitlisted` also leaves the cohort's
   * queue; a referral that holds a seat must give it up through `seats.releaseSeat` instead.
   */
  transition(
    id: string,
    expectedVersion: number,
    change: Transition,
  ): Promise<Result<StoredReferral, StorageError>>;
  /** The referral's event log, oldest first. */
  events(referralId: string): Promise<Result<StoredReferralEvent[], StorageError>>;
}

/** The columns every referral read selects. */
export const REFERRAL_COLUMNS =
  'id, status, cohort_id, decline_reason, request, snapshot, priority, submitted_at, version, created_at, updated_at';

/** {@link REFERRAL_COLUMNS} of the referrals table joined as `r`. */
const KEYED_REFERRAL_COLUMNS = REFERRAL_COLUMNS.split(', ')
  .map((column) => `r.${column}`)
  .join(', ');

/** Turns a referrals row into a {@link StoredReferral}. */
export function toStoredReferral(row: Row): StoredReferral {
  const request = row.request as ReferralRequest;
  const submittedAt = isoOrUndefined(row.submitted_at);
  return {
    ...request,
    id: String(row.id),
    status: row.status as ReferralStatus,
    ...(row.cohort_id === null ? {} : { cohortId: row.cohort_id as string }),
    ...(row.decline_reason === null ? {} : { declineReason: row.decline_reason as DeclineReason }),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
    version: Number(row.version),
    snapshot: row.snapshot as JsonValue,
    priority: Number(row.priority),
    ...(submittedAt === undefined ? {} : { submittedAt }),
  };
}

function toEvent(row: Row): StoredReferralEvent {
  return {
    id: Number(row.id),
    referralId: String(row.referral_id),
    version: Number(row.version),
    kind: row.kind as ReferralEventKind,
    fromStatus: (row.from_status ?? null) as ReferralStatus | null,
    toStatus: row.to_status as ReferralStatus,
    actorId: String(row.actor_id),
    role: row.role as ActorRole,
    ...(row.reason === null ? {} : { reason: row.reason as string }),
    ...(row.cohort_id === null ? {} : { cohortId: row.cohort_id as string }),
    ...(row.details === null ? {} : { details: row.details as JsonValue }),
    at: iso(row.at),
    recordedAt: iso(row.recorded_at),
  };
}

/** Appends one event; the unique (referral, version) pair keeps the log and the referral in step. */
export async function appendEvent(
  tx: SqlExecutor,
  e: {
    referralId: string;
    version: number;
    kind: ReferralEventKind;
    fromStatus: ReferralStatus | null;
    toStatus: ReferralStatus;
    event: EventInput;
    cohortId?: string | null;
    details?: JsonValue;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO referral_events
       (referral_id, version, kind, from_status, to_status, actor_id, role, reason, cohort_id, details, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11)`,
    [
      e.referralId,
      e.version,
      e.kind,
      e.fromStatus,
      e.toStatus,
      e.event.actorId,
      e.event.role,
      e.event.reason ?? null,
      e.cohortId ?? null,
      e.details === undefined ? null : JSON.stringify(e.details),
      e.event.at,
    ],
  );
}

/** Reads and row-locks a referral inside a transaction; `NOT_FOUND` (thrown) if there is none. */
export async function lockReferral(tx: SqlExecutor, id: string): Promise<StoredReferral> {
  const { rows } = await tx.query(
    `SELECT ${REFERRAL_COLUMNS} FROM referrals WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const row = rows[0];
  if (!row)
    throw new StorageError('NOT_FOUND', `No referral ${id}`, { details: { referralId: id } });
  return toStoredReferral(row);
}

/** A change written by {@link writeChange}. */
export interface Change {
  readonly kind: ReferralEventKind;
  readonly toStatus: ReferralStatus;
  readonly event: EventInput;
  /** Leave out to keep the stored snapshot. */
  readonly snapshot?: JsonValue;
  /** A cohort id or `null` to change it; leave out to keep it. */
  readonly cohortId?: string | null;
  readonly declineReason?: DeclineReason;
  readonly priority?: number;
  readonly details?: JsonValue;
}

/**
 * Applies a change to a referral that is at `expectedVersion` (one conditional UPDATE) and appends
 * its event. Throws `NOT_FOUND` or `CONFLICT` (which roll the transaction back) when the referral is
 * missing or has moved on.
 */
export async function writeChange(
  tx: SqlExecutor,
  referralId: string,
  expectedVersion: number,
  change: Change,
): Promise<{ before: ReferralStatus; after: StoredReferral }> {
  const { rows } = await tx.query(
    `WITH current AS (
       SELECT id, status FROM referrals WHERE id = $1 AND version = $2 FOR UPDATE
     )
     UPDATE referrals AS r SET
       status = $3,
       version = r.version + 1,
       snapshot = COALESCE($4::jsonb, r.snapshot),
       cohort_id = CASE WHEN $5::boolean THEN $6::text ELSE r.cohort_id END,
       decline_reason = CASE WHEN $3 = 'declined' THEN $7::text ELSE NULL END,
       priority = COALESCE($8::integer, r.priority),
       -- Waiting time starts at the first submission and is never reset.
       submitted_at = COALESCE(r.submitted_at, CASE WHEN $3 <> 'draft' THEN $9::timestamptz END),
       updated_at = $9::timestamptz
     FROM current
     WHERE r.id = current.id AND r.version = $2
     RETURNING current.status AS before_status, ${REFERRAL_COLUMNS.split(', ')
       .map((c) => `r.${c}`)
       .join(', ')}`,
    [
      referralId,
      expectedVersion,
      change.toStatus,
      change.snapshot === undefined ? null : JSON.stringify(change.snapshot),
      change.cohortId !== undefined,
      change.cohortId ?? null,
      change.declineReason ?? null,
      change.priority ?? null,
      change.event.at,
    ],
  );
  const row = rows[0];
  if (!row) {
    const found = await tx.query<{ version: number; status: string }>(
      'SELECT version, status FROM referrals WHERE id = $1',
      [referralId],
    );
    const current = found.rows[0];
    if (!current) {
      throw new StorageError('NOT_FOUND', `No referral ${referralId}`, { details: { referralId } });
    }
    throw new StorageError(
      'CONFLICT',
      `Referral ${referralId} is at version ${current.version}, not ${expectedVersion}: it was changed by someone else. Re-read it and decide again.`,
      {
        details: {
          referralId,
          expectedVersion,
          actualVersion: Number(current.version),
          actualStatus: current.status,
        },
      },
    );
  }
  const after = toStoredReferral(row);
  const before = row.before_status as ReferralStatus;
  await appendEvent(tx, {
    referralId,
    version: after.version,
    kind: change.kind,
    fromStatus: before,
    toStatus: change.toStatus,
    event: change.event,
    cohortId: after.cohortId ?? null,
    ...(change.details === undefined ? {} : { details: change.details }),
  });
  return { before, after };
}

const IdSchema = z.uuid();

/** A new referral that has passed the checks of {@link ReferralRepository.create}. */
interface PreparedReferral {
  readonly data: z.output<typeof NewReferralEnvelopeSchema>;
  readonly request: ReferralRequest;
  readonly id: string;
  readonly submittedAt: string | null;
}

/** Inserts a prepared referral and logs its creation, inside the caller's transaction. */
async function insertReferral(
  tx: SqlExecutor,
  { data, request, id, submittedAt }: PreparedReferral,
): Promise<StoredReferral> {
  const { rows } = await tx.query(
    `INSERT INTO referrals (id, status, district_id, service_id, decline_reason, request,
                            snapshot, priority, submitted_at, version, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, 1, $10, $10)
     ON CONFLICT (id) DO NOTHING
     RETURNING ${REFERRAL_COLUMNS}`,
    [
      id,
      data.status,
      request.child.districtId,
      request.serviceId,
      data.status === 'declined' ? (data.declineReason ?? null) : null,
      JSON.stringify(request),
      JSON.stringify(data.snapshot),
      data.priority,
      submittedAt,
      data.event.at,
    ],
  );
  const row = rows[0];
  if (!row) {
    throw new StorageError('CONFLICT', `A referral with id ${id} already exists`, {
      details: { referralId: id },
    });
  }
  await appendEvent(tx, {
    referralId: id,
    version: 1,
    kind: 'created',
    fromStatus: null,
    toStatus: data.status,
    event: data.event,
  });
  return toStoredReferral(row);
}

/**
 * The moment at or before which a key claimed has expired for a request at `at`: keys claimed
 * after it hold (see {@link REFERRAL_IDEMPOTENCY_WINDOW_MS}).
 */
function keyExpiry(at: string): string {
  return new Date(Date.parse(at) - REFERRAL_IDEMPOTENCY_WINDOW_MS).toISOString();
}

/**
 * The referral an idempotency key holds (claimed after `expired`) for this very request, as it is
 * now; `undefined` if the key holds nothing; `IDEMPOTENCY_KEY_REUSED` (thrown, for `guard`) if it
 * holds for another request.
 */
async function referralOfKey(
  executor: SqlExecutor,
  { keyHash, requestHash }: ReferralIdempotency,
  expired: string,
): Promise<StoredReferral | undefined> {
  const { rows } = await executor.query(
    `SELECT k.request_hash, ${KEYED_REFERRAL_COLUMNS}
     FROM referral_idempotency_keys k JOIN referrals r ON r.id = k.referral_id
     WHERE k.key_hash = $1 AND k.created_at > $2`,
    [keyHash, expired],
  );
  const row = rows[0];
  if (!row) return undefined;
  if (row.request_hash !== requestHash) {
    throw new StorageError(
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was used with another request',
    );
  }
  return toStoredReferral(row);
}

/** Creates the referral repository over a driver. */
export function createReferralRepository(driver: Driver): ReferralRepository {
  /** The checked parts of a new referral, or `INVALID_INPUT` with the paths of what is wrong. */
  const prepare = (input: NewReferral): Result<PreparedReferral, StorageError> => {
    const envelope = NewReferralEnvelopeSchema.safeParse(input);
    const request = parseReferralRequest((input as { request?: unknown } | null)?.request);
    const issues: InputIssue[] = [];
    if (!request.ok) issues.push(...prefixIssues('request', request.error.issues));
    if (!envelope.success) {
      const envelopeIssues = envelope.error.issues
        .filter((i) => i.path[0] !== 'request')
        .map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      issues.push(...envelopeIssues);
    }
    if (
      envelope.success &&
      envelope.data.status === 'declined' &&
      envelope.data.declineReason === undefined
    ) {
      issues.push({
        path: 'declineReason',
        message: 'A declined referral needs a decline reason',
      });
    }
    if (issues.length > 0 || !envelope.success || !request.ok) {
      return err(invalidInput('referral', issues, request.ok ? undefined : request.error));
    }
    const data = envelope.data;
    const id = data.id ?? randomUUID();
    const submittedAt = data.submittedAt ?? (data.status === 'draft' ? null : data.event.at);
    return ok({ data, request: request.value, id, submittedAt });
  };

  return {
    async create(input) {
      const prepared = prepare(input);
      if (!prepared.ok) return prepared;
      return guard(() => driver.transaction((tx) => insertReferral(tx, prepared.value)));
    },

    async createOnce(input, idempotency) {
      const prepared = prepare(input);
      if (!prepared.ok) return prepared;
      const key = parseInput(ReferralIdempotencySchema, idempotency, 'idempotency');
      if (!key.ok) return key;
      const { keyHash, requestHash } = key.value;
      const at = prepared.value.data.event.at;
      const expired = keyExpiry(at);
      return guard(() =>
        driver.transaction(async (tx): Promise<CreatedOnce> => {
          // Claims the key for this referral, or takes it over once it has expired. A key another
          // transaction holds uncommitted makes this wait until that one ends.
          const claimed = await tx.query(
            `INSERT INTO referral_idempotency_keys (key_hash, request_hash, referral_id, created_at)
             VALUES ($1, $2, $3, $4)
             ON CONFLICT (key_hash) DO UPDATE
               SET request_hash = EXCLUDED.request_hash, referral_id = EXCLUDED.referral_id,
                   created_at = EXCLUDED.created_at
               WHERE referral_idempotency_keys.created_at <= $5
             RETURNING referral_id`,
            [keyHash, requestHash, prepared.value.id, at, expired],
          );
          if (claimed.rows.length > 0) {
            // Keys past their day are of no use to anyone: they go with each new claim, so the
            // table holds about a day of keys.
            await tx.query(
              'DELETE FROM referral_idempotency_keys WHERE created_at <= $1 AND key_hash <> $2',
              [expired, keyHash],
            );
            return { referral: await insertReferral(tx, prepared.value), replayed: false };
          }
          // Not claimed: the key holds, for this request (a retry) or another.
          const referral = await referralOfKey(tx, key.value, expired);
          if (!referral) throw new StorageError('CONFLICT', 'The idempotency key is in use');
          return { referral, replayed: true };
        }),
      );
    },

    async replayOf(idempotency, at) {
      const key = parseInput(ReferralIdempotencySchema, idempotency, 'idempotency');
      if (!key.ok) return key;
      const when = parseInput(TimestampSchema, at, 'at');
      if (!when.ok) return when;
      return guard(() => referralOfKey(driver, key.value, keyExpiry(when.value)));
    },

    async get(id) {
      const parsed = parseInput(IdSchema, id, 'referral id');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${REFERRAL_COLUMNS} FROM referrals WHERE id = $1`,
          [parsed.value],
        );
        const row = rows[0];
        if (!row)
          throw new StorageError('NOT_FOUND', `No referral ${id}`, { details: { referralId: id } });
        return toStoredReferral(row);
      });
    },

    async list(filter = {}) {
      const parsed = parseInput(ReferralFilterSchema, filter, 'referral filter');
      if (!parsed.ok) return parsed;
      const f = parsed.value;
      const statuses =
        f.status === undefined ? null : Array.isArray(f.status) ? f.status : [f.status];
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT ${REFERRAL_COLUMNS} FROM referrals
           WHERE ($1::text IS NULL OR district_id = $1)
             AND ($2::text IS NULL OR service_id = $2)
             AND ($3::text IS NULL OR cohort_id = $3)
             AND ($4::text[] IS NULL OR status = ANY($4::text[]))
           ORDER BY created_at, id
           LIMIT $5 OFFSET $6`,
          [
            f.districtId ?? null,
            f.serviceId ?? null,
            f.cohortId ?? null,
            statuses,
            f.limit,
            f.offset,
          ],
        );
        return rows.map(toStoredReferral);
      });
    },

    async transition(id, expectedVersion, change) {
      const parsed = parseInput(
        z.strictObject({
          id: IdSchema,
          expectedVersion: z.number().int().min(1),
          change: TransitionSchema,
        }),
        { id, expectedVersion, change },
        'transition',
      );
      if (!parsed.ok) return parsed;
      const t = parsed.value.change;
      return guard(() =>
        driver.transaction(async (tx) => {
          const { before, after } = await writeChange(tx, parsed.value.id, expectedVersion, {
            kind: 'transition',
            toStatus: t.toStatus,
            snapshot: t.snapshot,
            event: t.event,
            ...(t.cohortId === undefined ? {} : { cohortId: t.cohortId }),
            ...(t.declineReason === undefined ? {} : { declineReason: t.declineReason }),
            ...(t.priority === undefined ? {} : { priority: t.priority }),
          });
          // A referral that stops waiting leaves the queue, so nobody is offered a seat they no
          // longer wait for.
          if (t.toStatus !== 'waitlisted') {
            await tx.query('DELETE FROM cohort_waitlist WHERE referral_id = $1', [after.id]);
          }
          const seat = await tx.query<{ cohort_id: string; state: string }>(
            'SELECT cohort_id, state FROM cohort_seats WHERE referral_id = $1 FOR UPDATE',
            [after.id],
          );
          const held = seat.rows[0];
          if (held && !SEAT_STATUSES.has(t.toStatus)) {
            throw new StorageError(
              'CONFLICT',
              `Referral ${after.id} holds a seat in cohort ${held.cohort_id}; release it with seats.releaseSeat so that the next child is offered it`,
              { details: { referralId: after.id, cohortId: held.cohort_id, from: before } },
            );
          }
          if (held && held.state === 'offered' && t.toStatus === 'enrolled') {
            await tx.query(
              `UPDATE cohort_seats SET state = 'enrolled', since = $2, reply_by = NULL WHERE referral_id = $1`,
              [after.id, t.event.at],
            );
          }
          return after;
        }),
      );
    },

    async events(referralId) {
      const parsed = parseInput(IdSchema, referralId, 'referral id');
      if (!parsed.ok) return parsed;
      return guard(async () => {
        const { rows } = await driver.query(
          'SELECT * FROM referral_events WHERE referral_id = $1 ORDER BY version',
          [parsed.value],
        );
        return rows.map(toEvent);
      });
    },
  };
}
