import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import { MIGRATIONS, openDatabase } from './index.js';

describe('openDatabase', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('refuses options that are not valid, with paths', async () => {
    await expect(
      openDatabase({ url: 'mysql://localhost/db', schema: 'Bad-Name' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'url' }, { path: 'schema' }],
    });
  });

  it('reports UNAVAILABLE when PostgreSQL cannot be reached, without the password', async () => {
    const opening = openDatabase({
      url: 'postgresql://lotsen:secret@127.0.0.1:1/nowhere',
      connectTimeoutMs: 1000,
    });
    await expect(opening).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(opening).rejects.toSatisfy((e: Error) => !e.message.includes('secret'));
  });

  it('keeps PGlite data in its folder across restarts, migrating only once', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lotsen-storage-open-'));
    folders.push(folder);
    const dataDir = join(folder, 'pglite');
    // An empty url (an exported but empty DATABASE_URL) means PGlite.
    const first = await openDatabase({ url: '', dataDir });
    expect(first.engine).toBe('pglite');
    must(await first.chatState.put('kept', { across: 'restarts' }, 3600));
    // PGlite serves one process: a second open of the folder is refused while the first is open.
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      details: { pid: process.pid },
    });
    await first.close();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);

    const second = await openDatabase({ dataDir, migrate: false });
    expect(must(await second.migrate())).toEqual({
      applied: [],
      alreadyApplied: MIGRATIONS.map((m) => m.id),
    });
    expect(must(await second.chatState.get('kept'))?.value).toEqual({ across: 'restarts' });
    await second.close();
  }, 60_000);

  it('reports pending migrations when opened with migrate: false', async () => {
    const db = await openDatabase({ dataDir: 'memory://', migrate: false });
    try {
      expect(await db.health()).toMatchObject({
        ok: false,
        reachable: true,
        migrations: { applied: [], pending: MIGRATIONS.map((m) => m.id) },
      });
      must(await db.migrate());
      expect(await db.ready()).toBe(true);
    } finally {
      await db.close();
    }
  }, 60_000);
});

describe.each(engines('database'))('health on $name', (engine) => {
  it.skipIf(!engine.available)(
    'reports unreachable once closed, and repositories say UNAVAILABLE',
    async () => {
      const db = await engine.open();
      try {
        expect(await db.ready()).toBe(true);
      } finally {
        await db.close();
        await engine.cleanup();
      }
      const health = await db.health();
      expect(health).toMatchObject({ ok: false, engine: engine.name, reachable: false });
      expect(health.migrations).toBeUndefined();
      expect(await db.ready()).toBe(false);
      expect(await db.chatState.get('any')).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE' },
      });
    },
    60_000,
  );
});
