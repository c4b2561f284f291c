import type { Driver, SqlExecutor } from './driver.js';

/**
 * A driver bound to one open transaction. The repositories open their own transaction for every
 * write; here that becomes a savepoint inside ours, so several repository calls commit or roll back
 * together, and a failed statement does not poison the rest of the transaction.
 */
export function boundDriver(engine: Driver['engine'], tx: SqlExecutor): Driver {
  let savepoints = 0;
  return {
    engine,
    query: (sql, params) => tx.query(sql, params),
    exec: (sql) => tx.exec(sql),
    async transaction(fn) {
      const name = `lotsen_sp_${++savepoints}`;
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
    close: () => Promise.reject(new Error('A transaction does not close the database')),
  };
}

/** Thrown inside the transaction to roll it back with the work's own error. */
export class Abort extends Error {
  constructor(readonly error: unknown) {
    super('transaction aborted');
  }
}
