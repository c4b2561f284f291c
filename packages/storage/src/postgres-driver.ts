import { createHash } from 'node:crypto';
import pg from 'pg';
import {
  beginStatement,
  isUnavailable,
  withRetries,
  type Driver,
  type QueryOptions,
  type QueryResult,
  type Row,
  type SqlExecutor,
  type TransactionOptions,
} from './driver.js';

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/** Prepared statements' names by their SQL text: the same text, the same name, on every connection. */
const statementNames = new Map<string, string>();

function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    // pg prepares a named statement once per connection and refuses a name reused for other text;
    // a hash of the text keeps one name per text.
    name = `lotsen_${createHash('sha256').update(sql).digest('hex').slice(0, 32)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function executor(target: Queryable): SqlExecutor {
  return {
    async query<R extends Row = Row>(
      sql: string,
      params: readonly unknown[] = [],
      options: QueryOptions = {},
    ): Promise<QueryResult<R>> {
      const result = options.prepare
        ? await target.query<R>({ name: statementName(sql), text: sql, values: [...params] })
        : await target.query<R>(sql, [...params]);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string): Promise<void> {
      // Without parameters pg uses the simple protocol, which accepts several statements.
      await target.query(sql);
    },
  };
}

/** Options for {@link createPostgresDriver}. */
export interface PostgresDriverOptions {
  /** A `postgres://` or `postgresql://` connection string. */
  readonly url: string;
  /** A schema to put first on every connection's search path (created if missing). */
  readonly schema?: string;
  /** The most connections this process opens. Default 10. */
  readonly maxConnections?: number;
  /** How long to wait for a connection before failing with `UNAVAILABLE`. Default 5000 ms. */
  readonly connectTimeoutMs?: number;
  /** Shown in `pg_stat_activity`. */
  readonly applicationName?: string;
}

/**
 * The shared engine: a pool of connections to a PostgreSQL server. Several API and bot processes can
 * use one database; repositories make their writes safe with row locks and conditional updates.
 */
export function createPostgresDriver(options: PostgresDriverOptions): Driver {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    application_name: options.applicationName ?? 'lotsen',
    // The search path is set at connection start, so every pooled connection sees the same schema.
    ...(options.schema === undefined ? {} : { options: `-c search_path="${options.schema}"` }),
  });
  // An idle connection that dies (server restart) emits 'error' on the pool; without a listener Node
  // would crash the process. The next query reports the problem instead.
  pool.on('error', () => {});
  const base = executor(pool);
  return {
    engine: 'postgres',
    query: (sql, params, queryOptions) => base.query(sql, params, queryOptions),
    exec: (sql) => base.exec(sql),
    transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, txOptions: TransactionOptions = {}) {
      return withRetries(async () => {
        const client = await pool.connect();
        // The pool listens for 'error' only on idle clients. A connection lost while this transaction
        // holds it (server restart, pg_terminate_backend) emits 'error' on the client, which without
        // a listener of our own would end the process. The loss fails the transaction instead.
        let lost: Error | undefined;
        const onError = (error: Error) => {
          lost ??= error;
        };
        client.on('error', onError);
        let broken: Error | undefined;
        try {
          await client.query(beginStatement(txOptions));
          const result = await fn(executor(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          if (lost === undefined) {
            try {
              await client.query('ROLLBACK');
            } catch (rollbackError) {
              // The connection is unusable; tell the pool to discard it rather than reuse it.
              broken =
                rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
            }
          }
          if (lost !== undefined) {
            broken = lost;
            // The server rolls back what the lost connection had begun. Queries after the loss fail
            // with "not queryable", which says nothing of why; report the loss itself.
            throw isUnavailable(error) ? error : lost;
          }
          throw error;
        } finally {
          client.release(broken);
          client.removeListener('error', onError);
        }
      }, txOptions.retries ?? 4);
    },
    listen: (channel, onNotify) => listenOn(options, channel, onNotify),
    async close() {
      if (!pool.ended) await pool.end();
    },
  };
}

/** How long to wait before connecting a lost listening connection again. */
const RELISTEN_DELAY_MS = 1000;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to others), made again after a
 * loss; `onNotify` runs after every (re)connection too, since notifications sent meanwhile are lost.
 */
function listenOn(
  options: PostgresDriverOptions,
  channel: string,
  onNotify: () => void,
): () => Promise<void> {
  let stopped = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({
      connectionString: options.url,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
      application_name: `${options.applicationName ?? 'lotsen'}-listen`,
      ...(options.schema === undefined ? {} : { options: `-c search_path="${options.schema}"` }),
    });
    client = c;
    const again = () => {
      c.removeAllListeners();
      void c.end().catch(() => {});
      if (!stopped && client === c) timer = setTimeout(() => void connect(), RELISTEN_DELAY_MS);
    };
    c.on('error', again);
    c.on('end', again);
    c.on('notification', (message) => {
      if (message.channel === channel) onNotify();
    });
    try {
      await c.connect();
      // The channel is a fixed identifier of ours, never user input.
      await c.query(`LISTEN ${channel}`);
      if (!stopped) onNotify();
    } catch {
      again();
    }
  };
  void connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = undefined;
    if (c) {
      c.removeAllListeners();
      await c.end().catch(() => {});
    }
  };
}
