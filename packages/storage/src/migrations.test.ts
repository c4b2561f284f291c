import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, dropSchema, engines, uniqueSchema } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import { openDatabase, type Database } from './index.js';
import { MIGRATIONS, applyMigrations, checksum } from './migrations.js';

describe.each(engines('migrations'))('migrations on $name', (engine) => {
  describe.skipIf(!engine.available)('schema', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('applies every migration in order, each recorded with its checksum', async () => {
      const { rows } = await db.driver.query<{ id: string; checksum: string }>(
        'SELECT id, checksum FROM schema_migrations ORDER BY id',
      );
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ id: m.id, checksum: checksum(m.sql) })));
      const health = await db.health();
      expect(health).toMatchObject({
        ok: true,
        engine: engine.name,
        reachable: true,
        migrations: {
          applied: MIGRATIONS.map((m) => m.id),
          pending: [],
          mismatched: [],
          unknown: [],
        },
      });
      expect(await db.ready()).toBe(true);
    });

    it('is a no-op when applied again', async () => {
      expect(must(await db.migrate())).toEqual({
        applied: [],
        alreadyApplied: MIGRATIONS.map((m) => m.id),
      });
      expect(must(await applyMigrations(db.driver))).toMatchObject({ applied: [] });
      const { rows } = await db.driver.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM schema_migrations',
      );
      expect(Number(rows[0]!.n)).toBe(MIGRATIONS.length);
    });

    it('refuses an applied migration whose SQL was edited, with a clear error', async () => {
      const edited = [
        { ...MIGRATIONS[0]!, sql: `${MIGRATIONS[0]!.sql}\n-- a harmless-looking edit` },
        ...MIGRATIONS.slice(1),
      ];
      const result = await applyMigrations(db.driver, edited);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('MIGRATION_FAILED');
      expect(result.error.details).toEqual({ mismatched: ['001_initial_schema'] });
      expect(result.error.message).toContain('001_initial_schema changed after being applied');
    });

    it('applies nothing of a batch when one migration fails', async () => {
      const broken = [
        ...MIGRATIONS,
        { id: '900_half_done', sql: 'CREATE TABLE half_done (id int);' },
        { id: '901_broken', sql: 'SELECT * FROM no_such_table;' },
      ];
      const result = await applyMigrations(db.driver, broken);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'MIGRATION_FAILED', details: { migration: '901_broken' } },
      });
      const { rows } = await db.driver.query<{ half: string | null; n: number }>(
        `SELECT to_regclass('half_done')::text AS half,
                (SELECT count(*) FROM schema_migrations)::int AS n`,
      );
      expect(rows[0]).toMatchObject({ half: null });
      expect(Number(rows[0]!.n)).toBe(MIGRATIONS.length);
    });

    it('reports a changed checksum in health, and refuses to open on it', async () => {
      await db.driver.query(`UPDATE schema_migrations SET checksum = 'edited' WHERE id = $1`, [
        MIGRATIONS[1]!.id,
      ]);
      try {
        const health = await db.health();
        expect(health).toMatchObject({
          ok: false,
          reachable: true,
          migrations: { mismatched: [MIGRATIONS[1]!.id] },
        });
        expect(health.error).toContain('changed migrations');
        expect(await db.ready()).toBe(false);
        if (engine.name === 'postgres') {
          await expect(engine.open()).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
        }
      } finally {
        await db.driver.query('UPDATE schema_migrations SET checksum = $2 WHERE id = $1', [
          MIGRATIONS[1]!.id,
          checksum(MIGRATIONS[1]!.sql),
        ]);
      }
      expect(await db.ready()).toBe(true);
    });
  });
});

describe.skipIf(DATABASE_URL === undefined)('concurrent migrators on PostgreSQL', () => {
  const schema = uniqueSchema('migrators');
  afterAll(async () => {
    if (DATABASE_URL !== undefined) await dropSchema(DATABASE_URL, schema);
  });

  it('take turns under the advisory lock: one applies, the others find nothing to do', async () => {
    const dbs = await Promise.all(
      Array.from({ length: 6 }, () =>
        openDatabase({ url: DATABASE_URL, schema, migrate: false, maxConnections: 2 }),
      ),
    );
    try {
      const reports = (await Promise.all(dbs.map((db) => db.migrate()))).map(must);
      expect(reports.filter((r) => r.applied.length === MIGRATIONS.length)).toHaveLength(1);
      expect(reports.filter((r) => r.applied.length === 0)).toHaveLength(5);
      const { rows } = await dbs[0]!.driver.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM schema_migrations',
      );
      expect(Number(rows[0]!.n)).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(dbs.map((db) => db.close()));
    }
  });
});
