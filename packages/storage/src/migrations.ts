import { createHash } from 'node:crypto';
import { err, ok, type Result } from '@lotsen/domain';
import { isUnavailable, type Driver, type SqlExecutor } from './driver.js';
import { StorageError, isStorageError } from './errors.js';
import { sql as initialSchema } from './migrations/001-initial-schema.js';
import { sql as appendOnlyEvents } from './migrations/002-append-only-events.js';
import { sql as counters } from './migrations/003-counters.js';
import { sql as cohortAttendance } from './migrations/004-cohort-attendance.js';
import { sql as chatStateVersions } from './migrations/005-chat-state-versions.js';
import { sql as rateLimitWindows } from './migrations/006-rate-limit-windows.js';
import { sql as referralIdempotencyKeys } from './migrations/007-referral-idempotency-keys.js';
import { sql as catalogueEditing } from './migrations/008-catalogue-editing.js';
import { sql as waitingAndJobs } from './migrations/009-waiting-and-jobs.js';
import { sql as referrerTold } from './migrations/010-referrer-told.js';

/** One step of the schema. Never edit a migration that has shipped: add the next one. */
export interface Migration {
  /** `NNN_name`; migrations run in the order of their ids. */
  readonly id: string;
  readonly sql: string;
}

/** The schema, in order. The same SQL runs on PGlite and PostgreSQL. */
export const MIGRATIONS: readonly Migration[] = [
  { id: '001_initial_schema', sql: initialSchema },
  { id: '002_append_only_events', sql: appendOnlyEvents },
  { id: '003_usage_counters', sql: counters },
  { id: '004_cohort_attendance', sql: cohortAttendance },
  { id: '005_chat_state_versions', sql: chatStateVersions },
  { id: '006_rate_limit_windows', sql: rateLimitWindows },
  { id: '007_referral_idempotency_keys', sql: referralIdempotencyKeys },
  { id: '008_catalogue_editing', sql: catalogueEditing },
  { id: '009_waiting_and_jobs', sql: waitingAndJobs },
  { id: '010_referrer_told', sql: referrerTold },
];

/** What {@link applyMigrations} did. */
export interface MigrationReport {
  /** Migrations applied by this call, in order. */
  readonly applied: readonly string[];
  /** Migrations that were already there. */
  readonly alreadyApplied: readonly string[];
}

/** Where the schema stands, for health checks; computed without taking any lock. */
export interface MigrationStatus {
  readonly applied: readonly string[];
  readonly pending: readonly string[];
  /** Applied migrations whose SQL has changed since (their checksum differs). */
  readonly mismatched: readonly string[];
  /** Applied migrations this version of the package does not know (a newer process ran them). */
  readonly unknown: readonly string[];
}

/** The SHA-256 of a migration's SQL, stored when it is applied and compared on every start. */
export function checksum(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

// Two numbers for pg_advisory_xact_lock: this package, and the schema, so that migrators of
// different schemas in one database (tests, tenants) do not wait for each other.
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('@lotsen/storage migrations'), hashtext(current_schema()))`;

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (!/^\d{3}_[a-z0-9_]+$/.test(m.id)) throw new Error(`Bad migration id "${m.id}"`);
    const previous = migrations[i - 1];
    if (previous && previous.id >= m.id) {
      throw new Error(`Migrations out of order: "${previous.id}" before "${m.id}"`);
    }
  });
}

async function readApplied(tx: SqlExecutor): Promise<Map<string, string>> {
  const { rows } = await tx.query<{ id: string; checksum: string }>(
    'SELECT id, checksum FROM schema_migrations ORDER BY id',
  );
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

function mismatchError(ids: readonly string[]): StorageError {
  return new StorageError(
    'MIGRATION_FAILED',
    `Applied migration${ids.length > 1 ? 's' : ''} ${ids.join(', ')} changed after being applied (checksum differs). Restore the original SQL and add a new migration for the change.`,
    { details: { mismatched: ids } },
  );
}

/**
 * Brings the schema up to date: in one transaction, under an advisory lock (so that processes
 * starting together on one PostgreSQL take turns), it checks the checksums of applied migrations
 * and applies the pending ones in order. Running it again is a no-op. Never throws for database
 * problems: an edited migration or failing SQL gives `MIGRATION_FAILED`, an unreachable database
 * `UNAVAILABLE`, and nothing is applied.
 */
export async function applyMigrations(
  driver: Driver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Result<MigrationReport, StorageError>> {
  assertOrdered(migrations);
  try {
    const report = await driver.transaction(async (tx) => {
      await tx.query(LOCK);
      await tx.exec(CREATE_TABLE);
      const applied = await readApplied(tx);
      const mismatched = migrations
        .filter((m) => applied.has(m.id) && applied.get(m.id) !== checksum(m.sql))
        .map((m) => m.id);
      if (mismatched.length > 0) throw mismatchError(mismatched);
      const done: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.id)) continue;
        try {
          await tx.exec(migration.sql);
        } catch (cause) {
          const message = cause instanceof Error ? cause.message : String(cause);
          throw new StorageError(
            'MIGRATION_FAILED',
            `Migration ${migration.id} failed: ${message}`,
            { details: { migration: migration.id }, cause },
          );
        }
        await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [
          migration.id,
          checksum(migration.sql),
        ]);
        done.push(migration.id);
      }
      return {
        applied: done,
        alreadyApplied: migrations.filter((m) => applied.has(m.id)).map((m) => m.id),
      };
    });
    return ok(report);
  } catch (error) {
    if (isStorageError(error)) {
      // A migration that fails because the connection dropped is an outage, not bad SQL.
      if (error.code === 'MIGRATION_FAILED' && isUnavailable(error.cause)) {
        return err(new StorageError('UNAVAILABLE', error.message, { cause: error.cause }));
      }
      return err(error);
    }
    if (isUnavailable(error)) {
      return err(
        new StorageError('UNAVAILABLE', 'The database cannot be reached', { cause: error }),
      );
    }
    return err(
      new StorageError('MIGRATION_FAILED', `Migrating failed: ${String(error)}`, { cause: error }),
    );
  }
}

/** Reads which migrations are applied, pending or changed, without locking or changing anything. */
export async function migrationStatus(
  db: SqlExecutor,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationStatus> {
  const { rows } = await db.query<{ present: boolean }>(
    `SELECT to_regclass('schema_migrations') IS NOT NULL AS present`,
  );
  const applied = rows[0]?.present ? await readApplied(db) : new Map<string, string>();
  const known = new Set(migrations.map((m) => m.id));
  return {
    applied: [...applied.keys()],
    pending: migrations.filter((m) => !applied.has(m.id)).map((m) => m.id),
    mismatched: migrations
      .filter((m) => applied.has(m.id) && applied.get(m.id) !== checksum(m.sql))
      .map((m) => m.id),
    unknown: [...applied.keys()].filter((id) => !known.has(id)),
  };
}
