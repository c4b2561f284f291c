import type { Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver, SqlExecutor } from './driver.js';
import { StorageError } from './errors.js';
import {
  JsonValueSchema,
  TimestampSchema,
  guard,
  iso,
  parseInput,
  type JsonValue,
} from './input.js';

/*
 * Durable jobs in the same database: timers (an offer's reply deadline, a waitlist check-in, a
 * follow-up, a cohort's minimum check) and notifications. Why a table of our own rather than
 * pg-boss: docs/decisions/0010-durable-timers.md.
 *
 * Exactly once: a batch of due jobs is claimed with `SELECT ... FOR UPDATE SKIP LOCKED` in one
 * transaction, and each job's effect and its `done` mark are written in that same transaction (a
 * savepoint per job). Another instance skips the locked rows; a process that dies mid-batch (even
 * SIGKILL) loses its connection, PostgreSQL rolls the transaction back and the rows are unlocked,
 * due again, for whoever polls next. Nothing is lost, and no effect is committed twice.
 */

const KindSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_.]{0,62}$/, 'Expected a job kind like timer.offer_deadline');

/** A job to schedule. */
export const NewJobSchema = z.strictObject({
  kind: KindSchema,
  /** Unique across all jobs ever scheduled: scheduling the same key again does nothing. */
  key: z.string().min(1).max(300),
  referralId: z.uuid().optional(),
  runAt: TimestampSchema,
  payload: JsonValueSchema.optional(),
  /** Attempts before the job is given up (`failed`). Default 6. */
  maxAttempts: z.number().int().min(1).max(50).optional(),
});
/** A job to schedule. */
export type NewJob = z.input<typeof NewJobSchema>;

/** The states of a job. */
export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled';

/** A job as stored. */
export interface StoredJob {
  readonly id: number;
  readonly kind: string;
  readonly key: string;
  readonly referralId?: string;
  readonly runAt: string;
  readonly payload: JsonValue;
  readonly state: JobState;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError?: string;
  readonly createdAt: string;
  readonly doneAt?: string;
}

/** What a handler says about one job: done, or try again later with a reason. */
export type JobOutcome = { readonly done: true } | { readonly done: false; readonly error: string };

/** Runs one job inside the batch's transaction; `tx` is bound to it. */
export type JobHandler<Tx> = (job: StoredJob, tx: Tx) => Promise<JobOutcome>;

/** Options of {@link JobRepository.runDue}. */
export interface RunDueOptions<Tx> {
  /** The clock: jobs with `runAt <= now` are due. Injected so tests run in milliseconds. */
  readonly now: Date;
  /** At most this many jobs in one transaction. Default 50. */
  readonly batchSize?: number;
  /** Only these kinds (a prefix match: `timer.` takes every timer). Default every kind. */
  readonly kinds?: readonly string[];
  /** Wraps the batch's transaction for the handler (the app passes `createDatabase(boundDriver)`). */
  readonly bind: (tx: SqlExecutor) => Tx;
  readonly handle: JobHandler<Tx>;
  /** Called, in the same transaction, when a job is given up after its last attempt. */
  readonly onGiveUp?: (job: StoredJob, tx: Tx) => Promise<void>;
  /** The pause before retry `attempt` (1-based). Default 30 s doubling, at most 6 h. */
  readonly backoffMs?: (attempt: number) => number;
}

/** What one {@link JobRepository.runDue} call did. */
export interface RunDueReport {
  readonly claimed: number;
  readonly done: number;
  readonly retried: number;
  readonly failed: number;
}

/** Durable jobs: scheduled idempotently by key, fired once across every instance. */
export interface JobRepository {
  /** Schedules a job unless its key exists; `true` when it was added. */
  schedule(job: NewJob): Promise<Result<boolean, StorageError>>;
  /**
   * Makes a referral's pending jobs of `kindPrefix` exactly `jobs`: those no longer wanted are
   * cancelled, new ones added (by key, so a job that already fired is not added again).
   */
  replaceForReferral(
    referralId: string,
    kindPrefix: string,
    jobs: readonly NewJob[],
  ): Promise<Result<void, StorageError>>;
  /**
   * Schedules, for every cohort that takes children, a `timer.cohort_minimum` job `daysBefore` days
   * before its start (key: cohort and start date, so it is added once, and again if the start
   * moves). Returns how many were added.
   */
  scheduleCohortChecks(daysBefore: number, at: string): Promise<Result<number, StorageError>>;
  /** Claims and runs one batch of due jobs; see the module comment for why it fires once. */
  runDue<Tx>(options: RunDueOptions<Tx>): Promise<Result<RunDueReport, StorageError>>;
  /** Jobs by state and kind prefix, oldest due first. */
  list(filter?: {
    state?: JobState[];
    kindPrefix?: string;
    referralId?: string;
    limit?: number;
  }): Promise<Result<StoredJob[], StorageError>>;
}

function toJob(row: Record<string, unknown>): StoredJob {
  return {
    id: Number(row.id),
    kind: String(row.kind),
    key: String(row.key),
    ...(row.referral_id == null ? {} : { referralId: row.referral_id as string }),
    runAt: iso(row.run_at),
    payload: row.payload as JsonValue,
    state: row.state as JobState,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    ...(row.last_error == null ? {} : { lastError: row.last_error as string }),
    createdAt: iso(row.created_at),
    ...(row.done_at == null ? {} : { doneAt: iso(row.done_at) }),
  };
}

/** Inserts a job unless its key exists, inside a transaction. */
export async function insertJob(tx: SqlExecutor, job: NewJob, createdAt: string): Promise<boolean> {
  const j = NewJobSchema.parse(job);
  const { rowCount } = await tx.query(
    `INSERT INTO jobs (kind, key, referral_id, run_at, payload, max_attempts, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) ON CONFLICT (key) DO NOTHING`,
    [
      j.kind,
      j.key,
      j.referralId ?? null,
      j.runAt,
      JSON.stringify(j.payload ?? {}),
      j.maxAttempts ?? 6,
      createdAt,
    ],
  );
  return rowCount > 0;
}

const defaultBackoff = (attempt: number) => Math.min(30_000 * 2 ** (attempt - 1), 6 * 3_600_000);

/** The claim: due jobs, oldest first, skipping rows another instance holds. */
function claimSql(kinds: readonly string[] | undefined): string {
  return `SELECT * FROM jobs
    WHERE state = 'pending' AND run_at <= $1
      ${kinds === undefined ? '' : 'AND kind LIKE ANY($3::text[])'}
    ORDER BY run_at, id LIMIT $2
    FOR UPDATE SKIP LOCKED`;
}

async function runOne<Tx>(
  tx: SqlExecutor,
  bound: Tx,
  job: StoredJob,
  o: RunDueOptions<Tx>,
): Promise<'done' | 'retried' | 'failed'> {
  // A savepoint per job, so that a failed job's writes go and the others' stay. A successful one is
  // not released (one round trip less): the savepoints end with the batch's transaction.
  await tx.query('SAVEPOINT lotsen_job');
  let outcome: JobOutcome;
  try {
    outcome = await o.handle(job, bound);
  } catch (error) {
    outcome = { done: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (outcome.done) return 'done';
  // The job's own writes go; the attempt is counted and the job waits for its next try.
  await tx.query('ROLLBACK TO SAVEPOINT lotsen_job');
  const attempts = job.attempts + 1;
  const giveUp = attempts >= job.maxAttempts;
  const retryAt = new Date(o.now.getTime() + (o.backoffMs ?? defaultBackoff)(attempts));
  await tx.query(
    `UPDATE jobs SET attempts = $2, last_error = $3, state = $4, run_at = $5,
            done_at = CASE WHEN $4 = 'failed' THEN $6::timestamptz END
      WHERE id = $1`,
    [
      job.id,
      attempts,
      outcome.error.slice(0, 500),
      giveUp ? 'failed' : 'pending',
      giveUp ? job.runAt : retryAt.toISOString(),
      o.now.toISOString(),
    ],
  );
  if (giveUp && o.onGiveUp) await o.onGiveUp({ ...job, attempts, state: 'failed' }, bound);
  return giveUp ? 'failed' : 'retried';
}

/** Creates the job repository over a driver. */
export function createJobRepository(driver: Driver): JobRepository {
  return {
    async schedule(job) {
      const parsed = parseInput(NewJobSchema, job, 'job');
      if (!parsed.ok) return parsed;
      return guard(() => insertJob(driver, parsed.value, new Date().toISOString()));
    },

    async replaceForReferral(referralId, kindPrefix, jobs) {
      const parsed = parseInput(z.array(NewJobSchema), jobs, 'jobs');
      if (!parsed.ok) return parsed;
      return guard(() =>
        driver.transaction(async (tx) => {
          const keys = parsed.value.map((j) => j.key);
          await tx.query(
            `UPDATE jobs SET state = 'cancelled'
              WHERE referral_id = $1 AND state = 'pending' AND kind LIKE $2
                AND key <> ALL($3::text[])`,
            [referralId, `${kindPrefix}%`, keys],
          );
          const createdAt = new Date().toISOString();
          for (const job of parsed.value) await insertJob(tx, job, createdAt);
        }),
      );
    },

    async scheduleCohortChecks(daysBefore, at) {
      return guard(async () => {
        const { rowCount } = await driver.query(
          `INSERT INTO jobs (kind, key, run_at, payload, created_at)
           SELECT 'timer.cohort_minimum', 'cohort_minimum:' || id || ':' || start_date::text,
                  (start_date - $1::int)::timestamp AT TIME ZONE 'UTC',
                  jsonb_build_object('cohortId', id), $2
             FROM cohorts WHERE status IN ('planned', 'open') AND start_date > $2::timestamptz
           ON CONFLICT (key) DO NOTHING`,
          [daysBefore, at],
        );
        return rowCount;
      });
    },

    async runDue(options) {
      const batch = options.batchSize ?? 50;
      if (!Number.isInteger(batch) || batch < 1 || batch > 1000) {
        throw new StorageError('INVALID_INPUT', `batchSize must be 1..1000, got ${batch}`);
      }
      return guard(() =>
        driver.transaction(async (tx) => {
          const params: unknown[] = [options.now.toISOString(), batch];
          if (options.kinds) params.push(options.kinds.map((k) => `${k}%`));
          const { rows } = await tx.query(claimSql(options.kinds), params);
          const report = { claimed: rows.length, done: 0, retried: 0, failed: 0 };
          const bound = options.bind(tx);
          const done: number[] = [];
          for (const row of rows) {
            const job = toJob(row);
            const outcome = await runOne(tx, bound, job, options);
            report[outcome]++;
            if (outcome === 'done') done.push(job.id);
          }
          // The batch's done marks in one statement, in the same transaction as their effects.
          if (done.length > 0) {
            await tx.query(
              `UPDATE jobs SET state = 'done', attempts = attempts + 1, done_at = $2
                WHERE id = ANY($1::bigint[])`,
              [done, options.now.toISOString()],
            );
          }
          return report;
        }),
      );
    },

    async list(filter = {}) {
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT * FROM jobs
            WHERE ($1::text[] IS NULL OR state = ANY($1::text[]))
              AND ($2::text IS NULL OR kind LIKE $2)
              AND ($3::uuid IS NULL OR referral_id = $3)
            ORDER BY run_at, id LIMIT $4`,
          [
            filter.state ?? null,
            filter.kindPrefix === undefined ? null : `${filter.kindPrefix}%`,
            filter.referralId ?? null,
            Math.min(filter.limit ?? 1000, 10_000),
          ],
        );
        return rows.map(toJob);
      });
    },
  };
}
