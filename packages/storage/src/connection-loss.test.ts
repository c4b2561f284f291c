import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, dropSchema, uniqueSchema } from './engines.test-support.js';
import { event, newReferral } from './fixtures.test-support.js';
import {
  isStorageError,
  openDatabase,
  type Database,
  type ReachabilityChange,
  type SqlExecutor,
} from './index.js';

/*
 * A connection lost while a transaction holds it (the server restarted, or an administrator ended
 * the backend) must fail that transaction as UNAVAILABLE and leave the process running. Only this
 * file's own backends are ended (found by their application name), so the shared server and the
 * other tests on it are untouched.
 */
describe.skipIf(DATABASE_URL === undefined)(
  'a connection lost mid-transaction on PostgreSQL',
  () => {
    const schema = uniqueSchema('connection_loss');
    const applicationName = `lotsen-loss-${randomBytes(4).toString('hex')}`;
    let db: Database;
    let admin: pg.Client;
    const changes: ReachabilityChange[] = [];
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);

    beforeAll(async () => {
      process.prependListener('uncaughtException', onUncaught);
      db = await openDatabase({ url: DATABASE_URL, schema, applicationName, maxConnections: 4 });
      db.onReachabilityChange((change) => changes.push(change));
      admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
    });
    afterEach(() => {
      changes.length = 0;
    });
    afterAll(async () => {
      process.removeListener('uncaughtException', onUncaught);
      await admin?.end();
      await db?.close();
      if (DATABASE_URL !== undefined) await dropSchema(DATABASE_URL, schema);
    });

    const terminate = async (pid: number) => {
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    };
    const backendPid = async (tx: SqlExecutor) =>
      (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    // Until the client has seen its socket close: the loss arrives between two statements.
    const lostBetweenStatements = async (pid: number) => {
      await terminate(pid);
      for (let i = 0; i < 200; i++) {
        const { rows } = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]);
        if (rows.length === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    };

    const expectUnavailable = (error: unknown) => {
      expect(isStorageError(error) && error.code).toBe('UNAVAILABLE');
    };

    it('between two statements: UNAVAILABLE, no uncaught error, and the next transaction works', async () => {
      const failed = await db.driver
        .transaction(async (tx) => {
          await lostBetweenStatements(await backendPid(tx));
          await tx.query('SELECT 1');
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expectUnavailable(failed);
      expect(uncaught).toEqual([]);
      await db.driver.transaction((tx) => tx.query('SELECT 1'));
      expect(await db.ready()).toBe(true);
      expect(changes.map((c) => c.reachable)).toEqual([false, true]);
    }, 30_000);

    it('during a statement: UNAVAILABLE, no uncaught error', async () => {
      const failed = await db.driver
        .transaction(async (tx) => {
          const pid = await backendPid(tx);
          setTimeout(() => void terminate(pid), 200);
          await tx.query('SELECT pg_sleep(10)');
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expectUnavailable(failed);
      expect(uncaught).toEqual([]);
      expect(changes.map((c) => c.reachable)).toEqual([false]);
      expect(changes[0]!.code).toBe('57P01');
      expect(await db.ready()).toBe(true);
      expect(changes.map((c) => c.reachable)).toEqual([false, true]);
    }, 30_000);

    it('under a repository write: the write is UNAVAILABLE and not stored, the next one is', async () => {
      const at = '2026-05-01T00:00:00.000Z';
      // Every backend of this pool is ended while a write runs; the write fails, or commits first.
      const { rows } = await admin.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );
      const writes = Array.from({ length: 8 }, () =>
        db.referrals.create(newReferral({ event: event(at) })),
      );
      await Promise.all(rows.map((r) => terminate(r.pid)));
      const results = await Promise.all(writes);
      for (const result of results) {
        if (!result.ok) expect(result.error.code).toBe('UNAVAILABLE');
      }
      expect(uncaught).toEqual([]);
      const created = await db.referrals.create(newReferral({ event: event(at) }));
      expect(created.ok).toBe(true);
      const stored = await db.driver.query<{ id: string }>('SELECT id FROM referrals');
      const ids = new Set(stored.rows.map((r) => String(r.id)));
      for (const result of [...results, created])
        if (result.ok) expect(ids.has(result.value.id)).toBe(true);
    }, 30_000);

    it('a chat state statement kept prepared is prepared again on the connections that replace lost ones', async () => {
      const first = await db.chatState.putIfVersion('prepared', { turn: 1 }, 600, null);
      expect(first.ok && first.value.written).toBe(true);
      // The statement is prepared on the backends that ran it; end them all.
      const { rows } = await admin.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
        [applicationName],
      );
      for (const r of rows) await lostBetweenStatements(r.pid);
      const version = first.ok && first.value.written ? first.value.version : null;
      const next = await db.chatState.putIfVersion('prepared', { turn: 2 }, 600, version);
      expect(next.ok && next.value.written).toBe(true);
      const stored = await db.chatState.get('prepared');
      expect(stored.ok && stored.value?.value).toEqual({ turn: 2 });
      expect(uncaught).toEqual([]);
    }, 30_000);
  },
);
