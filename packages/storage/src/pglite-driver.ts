import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import {
  withRetries,
  type Driver,
  type QueryResult,
  type Row,
  type SqlExecutor,
  type TransactionOptions,
} from './driver.js';
import { StorageError } from './errors.js';

/** The data folder value that keeps a PGlite database in memory only (tests). */
export const MEMORY_DATA_DIR = 'memory://';

type PGliteQueryable = Pick<PGlite | Transaction, 'query' | 'exec'>;

function executor(target: PGliteQueryable): SqlExecutor {
  return {
    async query<R extends Row = Row>(
      sql: string,
      params: readonly unknown[] = [],
    ): Promise<QueryResult<R>> {
      const result = await target.query<R>(sql, [...params]);
      return {
        rows: result.rows,
        rowCount: result.rowCount ?? result.affectedRows ?? result.rows.length,
      };
    },
    async exec(sql: string): Promise<void> {
      await target.exec(sql);
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one PostgreSQL backend inside this process: two processes opening the same data folder
 * would each replay and overwrite the other's files. A lock file beside the folder, holding the pid,
 * refuses the second opener; a lock left by a killed process (the pid is gone) is taken over.
 */
function acquireFolderLock(dataDir: string): () => void {
  const lockPath = `${resolve(dataDir)}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(holder) && isAlive(holder)) {
        throw new StorageError(
          'UNAVAILABLE',
          `The PGlite data folder ${dataDir} is in use by process ${holder}; PGlite serves one process. Use PostgreSQL (a url) to share a database between processes.`,
          { details: { dataDir, pid: holder } },
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new StorageError('UNAVAILABLE', `Could not lock the PGlite data folder ${dataDir}`);
}

/** Options for {@link createPgliteDriver}. */
export interface PgliteDriverOptions {
  /** A folder for the database files, or `memory://`. */
  readonly dataDir: string;
  /** A schema to create and put first on the search path. */
  readonly schema?: string;
}

/**
 * The embedded engine: PostgreSQL compiled to WebAssembly, with its files in `dataDir`. Transactions
 * run one at a time, because PGlite has a single connection.
 */
export async function createPgliteDriver(options: PgliteDriverOptions): Promise<Driver> {
  const inMemory = options.dataDir === MEMORY_DATA_DIR;
  let release = (): void => {};
  if (!inMemory) {
    mkdirSync(options.dataDir, { recursive: true });
    release = acquireFolderLock(options.dataDir);
  }
  let pg: PGlite;
  try {
    // relaxedDurability stays off: a commit resolves only after PGlite has written it out.
    pg = await PGlite.create(options.dataDir, { relaxedDurability: false });
    if (options.schema !== undefined) {
      await pg.exec(
        `CREATE SCHEMA IF NOT EXISTS "${options.schema}"; SET search_path TO "${options.schema}"`,
      );
    }
  } catch (cause) {
    release();
    throw new StorageError('UNAVAILABLE', `Could not open PGlite at ${options.dataDir}`, { cause });
  }
  const base = executor(pg);
  let closed = false;
  return {
    engine: 'pglite',
    query: (sql, params) => base.query(sql, params),
    exec: (sql) => base.exec(sql),
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, txOptions: TransactionOptions = {}) {
      return withRetries(
        () =>
          pg.transaction(async (tx) => {
            const isolation = txOptions.isolation ?? 'read committed';
            await tx.query(
              `SET TRANSACTION ISOLATION LEVEL ${isolation.toUpperCase()}${txOptions.readOnly ? ', READ ONLY' : ''}`,
            );
            return fn(executor(tx));
          }),
        txOptions.retries ?? 4,
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
