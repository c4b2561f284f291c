import { err, ok, type Result } from '@lotsen/domain';
import { createDatabase, type Database, type Driver, type SqlExecutor } from '@lotsen/storage';

/** Thrown inside the transaction to roll it back with the route's own error. */
class Abort extends Error {
  constructor(readonly error: unknown) {
    super('unit of work aborted');
  }
}

/**
 * A driver bound to one open transaction. The repositories open their own transaction for every
 * write; here that becomes a savepoint inside ours, so several repository calls commit or roll back
 * together, and a failed statement does not poison the rest of the transaction.
 */
function boundDriver(engine: Driver['engine'], tx: SqlExecutor): Driver {
  let savepoints = 0;
  return {
    engine,
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    async transaction(fn) {
      const name = `lotsen_api_${++savepoints}`;
      await tx.query(`SAVEPOINT ${name}`);
      try {
        const value = await fn(tx);
        await tx.query(`RELEASE SAVEPOINT ${name}`);
        return value;
      } catch (error) {
        await tx.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
    close: () => Promise.reject(new Error('A unit of work does not close the database')),
  };
}

/**
 * Runs one request's writes in one database transaction: `work` gets the repositories bound to the
 * transaction and returns a `Result`. An error result, or anything thrown, rolls everything back,
 * so a request that fails leaves nothing behind.
 *
 * `work` may run more than once (PostgreSQL retries a transaction that lost a serialization race),
 * so it must do nothing outside the database. Inside it, use only the repositories it is given:
 * PGlite has one connection, and the outer `db` would wait for this transaction to end.
 *
 * @example
 * ```ts
 * const done = unwrap(await unitOfWork(db, async (tx) => {
 *   const moved = await tx.referrals.transition(id, version, change);
 *   if (!moved.ok) return moved;
 *   return tx.outcomes.record(administration);
 * }));
 * ```
 */
export async function unitOfWork<T>(
  db: Database,
  work: (tx: Database) => Promise<Result<T, unknown>>,
): Promise<Result<T, unknown>> {
  try {
    const value = await db.driver.transaction(async (tx) => {
      const result = await work(createDatabase(boundDriver(db.engine, tx)));
      if (!result.ok) throw new Abort(result.error);
      return result.value;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof Abort) return err(error.error);
    throw error;
  }
}
