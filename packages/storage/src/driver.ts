import { isStorageError } from './errors.js';

/** The two engines Lotsen stores data in. */
export type Engine = 'pglite' | 'postgres';

/** A row as a driver returns it: column name → value. */
export type Row = Record<string, unknown>;

/** What a query returns: the rows and the number of rows it touched. */
export interface QueryResult<R extends Row = Row> {
  readonly rows: R[];
  /** Rows returned by a SELECT or changed by an INSERT, UPDATE or DELETE. */
  readonly rowCount: number;
}

/** How {@link SqlExecutor.query} runs one statement. */
export interface QueryOptions {
  /**
   * Keep the statement prepared on each PostgreSQL connection that runs it, so the server parses
   * and plans it once per connection rather than on every call (about half the server's CPU time
   * for the bot's per-turn write). Only for SQL whose text is fixed in the code: every distinct
   * text stays prepared on the connection until it closes. PGlite runs the statement as usual.
   */
  readonly prepare?: boolean;
}

/** Runs SQL. Inside a transaction it is bound to that transaction's connection. */
export interface SqlExecutor {
  /** Runs one statement with `$1`-style parameters. */
  query<R extends Row = Row>(
    sql: string,
    params?: readonly unknown[],
    options?: QueryOptions,
  ): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** Transaction isolation levels, as PostgreSQL names them. */
export type IsolationLevel = 'read committed' | 'repeatable read' | 'serializable';

/** How {@link Driver.transaction} runs its function. */
export interface TransactionOptions {
  /** Default `read committed`; every repository write uses row locks or conditional updates on top. */
  readonly isolation?: IsolationLevel;
  readonly readOnly?: boolean;
  /**
   * How many times to re-run the function after a serialization failure or a deadlock (SQLSTATE
   * 40001, 40P01), which PostgreSQL resolves by aborting one side. Default 4. The function must then
   * have no side effects outside the database.
   */
  readonly retries?: number;
}

/**
 * The small interface both engines implement, so that every repository runs on both: queries,
 * transactions and closing.
 */
export interface Driver extends SqlExecutor {
  readonly engine: Engine;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. On PGlite,
   * transactions run one at a time (it has one connection); on PostgreSQL, concurrently on a pool.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Closes the pool or the embedded database. Further calls fail with `UNAVAILABLE`. */
  close(): Promise<void>;
  /**
   * PostgreSQL only (PGlite serves one process, so there is nobody to hear): calls `onNotify` for
   * every notification on `channel`, and once more whenever its dedicated connection is made again
   * after a loss (a notification may have been missed meanwhile). Returns how to stop listening.
   */
  listen?(channel: string, onNotify: () => void): () => Promise<void>;
}

/** The SQLSTATE of a database error, or the Node error code of a socket error. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

const RETRYABLE = new Set(['40001', '40P01']);

/** True for the failures PostgreSQL expects the client to retry: serialization and deadlock. */
export function isRetryable(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && RETRYABLE.has(code);
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '3D000', // invalid_catalog_name: the database does not exist
]);

/** True when the error means the database cannot be reached, rather than that a query was wrong. */
export function isUnavailable(error: unknown): boolean {
  if (isStorageError(error)) return error.code === 'UNAVAILABLE';
  const code = errorCode(error);
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  const message = error instanceof Error ? error.message : '';
  // pg and PGlite report a lost or closed connection only in the message ("not queryable": a query
  // on a client whose connection was lost or closed).
  return /Connection terminated|Cannot use a pool after calling end|PGlite is closed|closed database|timeout exceeded when trying to connect|is not queryable/i.test(
    message,
  );
}

/** Builds the `BEGIN` statement for the options. */
export function beginStatement(options: TransactionOptions = {}): string {
  const isolation = options.isolation ?? 'read committed';
  return `BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}${options.readOnly ? ' READ ONLY' : ''}`;
}

/**
 * Runs `attempt` and re-runs it after a retryable failure, with a short random pause so that the
 * two sides of a deadlock do not collide again.
 */
export async function withRetries<T>(attempt: () => Promise<T>, retries: number): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= retries || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (i + 1)));
    }
  }
}
