import { TextSchema, err, ok, type Result } from '@lotsen/domain';
import { z } from 'zod';
import { createAttendanceRepository, type AttendanceRepository } from './attendance-repository.js';
import { createCatalogueRepository, type CatalogueRepository } from './catalogue-repository.js';
import { createChatStateRepository, type ChatStateRepository } from './chat-state-repository.js';
import { createCounterRepository, type CounterRepository } from './counter-repository.js';
import { createCohortRepository, type CohortRepository } from './cohort-repository.js';
import { errorCode, type Driver, type Engine } from './driver.js';
import { StorageError } from './errors.js';
import { parseInput } from './input.js';
import { createLeaderRepository, type LeaderRepository } from './leader-repository.js';
import {
  applyMigrations,
  migrationStatus,
  type MigrationReport,
  type MigrationStatus,
} from './migrations.js';
import { createOutcomeRepository, type OutcomeRepository } from './outcome-repository.js';
import { MEMORY_DATA_DIR, createPgliteDriver } from './pglite-driver.js';
import { createPostgresDriver } from './postgres-driver.js';
import { watchReachability, type ReachabilityListener } from './reachability.js';
import { createRateLimitRepository, type RateLimitRepository } from './rate-limit-repository.js';
import { createReferralRepository, type ReferralRepository } from './referral-repository.js';
import { createReportRepository, type ReportRepository } from './report-repository.js';
import { createSeatRepository, type SeatRepository } from './seat-repository.js';
import {
  createJobRepository,
  type JobRepository,
  type RunDueOptions,
  type RunDueReport,
} from './job-repository.js';
import { createTaskRepository, type TaskRepository } from './task-repository.js';
import { createReferrerRepository, type ReferrerRepository } from './referrer-repository.js';
import { Abort, boundDriver } from './transaction.js';

/** The data folder PGlite uses when none is given, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.data/pglite';

const OpenDatabaseOptionsSchema = z.strictObject({
  url: TextSchema.regex(
    /^postgres(ql)?:\/\//,
    'Expected a postgres:// or postgresql:// connection string',
  ).optional(),
  dataDir: TextSchema.min(1).default(DEFAULT_DATA_DIR),
  schema: TextSchema.regex(
    /^[a-z_][a-z0-9_]{0,62}$/,
    'Expected a lowercase schema name of letters, digits and _',
  ).optional(),
  migrate: z.boolean().default(true),
  maxConnections: z.number().int().min(1).max(200).optional(),
  connectTimeoutMs: z.number().int().min(100).max(120_000).optional(),
  applicationName: TextSchema.min(1).max(63).optional(),
});

/**
 * How to open the database. With a `url`, PostgreSQL; without one, embedded PGlite in `dataDir`.
 * The package never reads environment variables: the app passes `process.env.DATABASE_URL`.
 */
export interface OpenDatabaseOptions {
  /**
   * A `postgres://` or `postgresql://` connection string (typically `DATABASE_URL`). An empty
   * string counts as none, so an unset-but-exported variable falls back to PGlite.
   */
  readonly url?: string | undefined;
  /** PGlite's data folder (default `.data/pglite`), or `memory://` for a throwaway database. */
  readonly dataDir?: string | undefined;
  /** A PostgreSQL schema to create and use instead of `public` (tests, several tenants). */
  readonly schema?: string | undefined;
  /** Apply pending migrations while opening (default `true`). */
  readonly migrate?: boolean | undefined;
  /** PostgreSQL only: the most connections this process opens (default 10). */
  readonly maxConnections?: number | undefined;
  /** PostgreSQL only: how long to wait for a connection (default 5000 ms). */
  readonly connectTimeoutMs?: number | undefined;
  /** PostgreSQL only: the name shown in `pg_stat_activity` (default `lotsen`). */
  readonly applicationName?: string | undefined;
}

/**
 * The job repository of a {@link Database}: handlers get the repositories bound to the batch's
 * transaction, so a job's effect commits with its `done` mark.
 */
export interface DatabaseJobs extends Omit<JobRepository, 'runDue'> {
  runDue(
    options: Omit<RunDueOptions<Database>, 'bind'>,
  ): Promise<Result<RunDueReport, StorageError>>;
}

/** What {@link Database.health} reports; the API's `/ready` answers with it. */
export interface HealthReport {
  /** Reachable and every migration applied with a matching checksum. */
  readonly ok: boolean;
  readonly engine: Engine;
  readonly reachable: boolean;
  /** Absent when the database could not be reached. */
  readonly migrations?: MigrationStatus;
  /** How long the check took. */
  readonly latencyMs: number;
  /** Why it is not ok, in one sentence. */
  readonly error?: string;
}

/** An open database: the repositories, health and migrations. */
export interface Database {
  readonly engine: Engine;
  readonly catalogue: CatalogueRepository;
  readonly cohorts: CohortRepository;
  readonly leaders: LeaderRepository;
  readonly referrals: ReferralRepository;
  readonly seats: SeatRepository;
  /** Attendance per cohort meeting, for enrolled children. */
  readonly attendance: AttendanceRepository;
  readonly outcomes: OutcomeRepository;
  readonly chatState: ChatStateRepository;
  /** Aggregate usage counters by name and day. */
  readonly counters: CounterRepository;
  /** Request counts per client (a keyed hash) and window, shared by every API instance. */
  readonly rateLimits: RateLimitRepository;
  /** Reads for reports: every referral's facts in one query. */
  readonly reports: ReportRepository;
  /** Durable timers and notifications, fired once across instances. */
  readonly jobs: DatabaseJobs;
  /** What people must do, made by timers and seat decisions. */
  readonly tasks: TaskRepository;
  /** Where a referrer who used Teams hears back, and whether they want to. */
  readonly referrers: ReferrerRepository;
  /**
   * Runs `work` in one database transaction with the repositories bound to it: an error result, or
   * anything thrown, rolls everything back, so work that fails leaves nothing behind. Each
   * repository call inside becomes a savepoint.
   *
   * `work` may run more than once (PostgreSQL retries a transaction that lost a serialization
   * race), so it must do nothing outside the database. Inside it, use only the repositories it is
   * given: PGlite has one connection, and the outer `db` would wait for this transaction to end.
   *
   * @example
   * ```ts
   * const done = await db.transaction(async (tx) => {
   *   const moved = await tx.referrals.transition(id, version, change);
   *   if (!moved.ok) return moved;
   *   return tx.outcomes.record(administration);
   * });
   * ```
   */
  transaction<T, E>(work: (tx: Database) => Promise<Result<T, E>>): Promise<Result<T, E>>;
  /** The driver underneath, for reports and tools that need plain SQL. */
  readonly driver: Driver;
  /** Applies pending migrations (also done by {@link openDatabase} unless `migrate: false`). */
  migrate(): Promise<Result<MigrationReport, StorageError>>;
  /** Reachability and migration state; never throws. */
  health(): Promise<HealthReport>;
  /** `true` when {@link Database.health} is ok: the database answers and its schema is current. */
  ready(): Promise<boolean>;
  /**
   * Calls `listener` each time the database stops answering this process's queries (a server
   * restart, a lost connection) and each time it answers again: two calls per outage, however many
   * queries fail during it, so an app can log the outage once. Returns the function that removes it.
   */
  onReachabilityChange(listener: ReachabilityListener): () => void;
  /** Closes connections (PostgreSQL) or the embedded database and its folder lock (PGlite). */
  close(): Promise<void>;
}

async function ensureSchema(driver: Driver, schema: string): Promise<void> {
  try {
    await driver.exec(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } catch (error) {
    // Two processes creating the schema at once: the loser sees a unique violation; the schema exists.
    if (errorCode(error) !== '23505' && errorCode(error) !== '42P06') throw error;
  }
}

/**
 * Builds the repositories over a driver you opened yourself (a wrapper that adds metrics, say).
 * Unlike {@link openDatabase}, it applies no migrations: call `migrate()` on the result.
 */
export function createDatabase(unwatched: Driver): Database {
  const watched = watchReachability(unwatched);
  const driver = watched.driver;
  const health = async (): Promise<HealthReport> => {
    const started = performance.now();
    const latencyMs = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      await driver.query('SELECT 1');
    } catch (error) {
      return {
        ok: false,
        engine: driver.engine,
        reachable: false,
        latencyMs: latencyMs(),
        error: `The database cannot be reached: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    try {
      const migrations = await migrationStatus(driver);
      const problems = [
        ...(migrations.pending.length > 0
          ? [`pending migrations ${migrations.pending.join(', ')}`]
          : []),
        ...(migrations.mismatched.length > 0
          ? [`changed migrations ${migrations.mismatched.join(', ')}`]
          : []),
      ];
      return {
        ok: problems.length === 0,
        engine: driver.engine,
        reachable: true,
        migrations,
        latencyMs: latencyMs(),
        ...(problems.length > 0 ? { error: `Schema not current: ${problems.join('; ')}` } : {}),
      };
    } catch (error) {
      return {
        ok: false,
        engine: driver.engine,
        reachable: true,
        latencyMs: latencyMs(),
        error: `Could not read the migration state: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  };
  return {
    engine: driver.engine,
    driver,
    catalogue: createCatalogueRepository(driver),
    cohorts: createCohortRepository(driver),
    leaders: createLeaderRepository(driver),
    referrals: createReferralRepository(driver),
    seats: createSeatRepository(driver),
    attendance: createAttendanceRepository(driver),
    outcomes: createOutcomeRepository(driver),
    chatState: createChatStateRepository(driver),
    counters: createCounterRepository(driver),
    rateLimits: createRateLimitRepository(driver),
    reports: createReportRepository(driver),
    jobs: databaseJobs(driver),
    tasks: createTaskRepository(driver),
    referrers: createReferrerRepository(driver),
    transaction: (work) => runTransaction(driver, work),
    migrate: () => applyMigrations(driver),
    health,
    ready: async () => (await health()).ok,
    onReachabilityChange: (listener) => watched.onChange(listener),
    close: () => driver.close(),
  };
}

function databaseJobs(driver: Driver): DatabaseJobs {
  const jobs = createJobRepository(driver);
  return {
    ...jobs,
    runDue: (options) =>
      jobs.runDue({ ...options, bind: (tx) => createDatabase(boundDriver(driver.engine, tx)) }),
  };
}

async function runTransaction<T, E>(
  driver: Driver,
  work: (tx: Database) => Promise<Result<T, E>>,
): Promise<Result<T, E>> {
  try {
    const value = await driver.transaction(async (tx) => {
      const result = await work(createDatabase(boundDriver(driver.engine, tx)));
      if (!result.ok) throw new Abort(result.error);
      return result.value;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Abort) return err(error.error as E);
    throw error;
  }
}

/**
 * Opens the database: PostgreSQL when `url` is given, otherwise PGlite in `dataDir`; then applies
 * pending migrations (under an advisory lock, so processes starting together take turns).
 *
 * @throws {StorageError} `INVALID_INPUT` for bad options, `UNAVAILABLE` when the database cannot be
 * reached (or the PGlite folder is in use by another process), `MIGRATION_FAILED` when the schema
 * cannot be brought up to date (for instance, an applied migration was edited).
 *
 * @example
 * ```ts
 * // server.ts, the only file that reads the environment
 * const db = await openDatabase({ url: process.env.DATABASE_URL, dataDir: '.data/pglite' });
 * const created = await db.referrals.create({ request, status: 'submitted', snapshot, event });
 * if (!created.ok) console.error(created.error.code, created.error.issues);
 * ```
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const cleaned = Object.fromEntries(
    Object.entries(options).filter(
      ([key, value]) => value !== undefined && !(key === 'url' && value === ''),
    ),
  );
  const parsed = parseInput(OpenDatabaseOptionsSchema, cleaned, 'database options');
  if (!parsed.ok) throw parsed.error;
  const o = parsed.value;
  let driver: Driver;
  if (o.url !== undefined) {
    driver = createPostgresDriver({
      url: o.url,
      ...(o.schema === undefined ? {} : { schema: o.schema }),
      ...(o.maxConnections === undefined ? {} : { maxConnections: o.maxConnections }),
      ...(o.connectTimeoutMs === undefined ? {} : { connectTimeoutMs: o.connectTimeoutMs }),
      ...(o.applicationName === undefined ? {} : { applicationName: o.applicationName }),
    });
    try {
      if (o.schema !== undefined) await ensureSchema(driver, o.schema);
      else await driver.query('SELECT 1');
    } catch (cause) {
      await driver.close();
      const where = redactUrl(o.url);
      throw new StorageError(
        'UNAVAILABLE',
        `PostgreSQL at ${where} cannot be reached: ${cause instanceof Error ? cause.message : String(cause)}`,
        { cause, details: { url: where } },
      );
    }
  } else {
    driver = await createPgliteDriver({
      dataDir: o.dataDir,
      ...(o.schema === undefined ? {} : { schema: o.schema }),
    });
  }
  const db = createDatabase(driver);
  if (o.migrate) {
    const migrated = await db.migrate();
    if (!migrated.ok) {
      await db.close();
      throw migrated.error;
    }
  }
  return db;
}

/** The url without its password, safe to log. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export { MEMORY_DATA_DIR };
