import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, dropSchema, uniqueSchema } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import { openDatabase, type OpenDatabaseOptions } from './index.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const writer = join(packageDir, 'src', 'crash-writer.test-support.ts');

interface Reported {
  main?: string;
  created: string[];
  versions: number[];
  chatKeys: string[];
}

/**
 * Runs the writer in its own Node process (tsx as a loader, so that the pid is the writer itself),
 * waits until it has reported `commits` transitions, and kills it with SIGKILL.
 */
function runAndKill(options: OpenDatabaseOptions, commits: number): Promise<Reported> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=@lotsen/source', '--import', 'tsx', writer, JSON.stringify(options)],
      { cwd: packageDir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const reported: Reported = { created: [], versions: [], chatKeys: [] };
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, value = ''] = line.split(' ');
        if (kind === 'main') reported.main = value;
        if (kind === 'created') reported.created.push(value);
        if (kind === 'version') reported.versions.push(Number(value));
        if (kind === 'chat') reported.chatKeys.push(value);
      }
      if (!killed && reported.versions.length >= commits) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    // 'exit' fires after Node has reaped the process, so its pid is gone and PGlite's folder lock
    // can be taken over.
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && killed) resolve(reported);
      else reject(new Error(`writer ended on its own (code ${code}, signal ${signal}): ${stderr}`));
    });
    child.on('error', reject);
  });
}

async function expectAllReportedCommits(options: OpenDatabaseOptions, reported: Reported) {
  const db = await openDatabase(options);
  try {
    expect(reported.main).toBeDefined();
    const main = must(await db.referrals.get(reported.main!));
    const lastVersion = reported.versions.at(-1)!;
    // The writer may have committed one more change after its last report, never fewer.
    expect(main.version).toBeGreaterThanOrEqual(lastVersion);
    expect(main.version).toBeLessThanOrEqual(lastVersion + 1);
    expect(must(await db.referrals.events(main.id)).map((e) => e.version)).toEqual(
      Array.from({ length: main.version }, (_, i) => i + 1),
    );
    const { rows } = await db.driver.query<{ id: string }>(
      'SELECT id FROM referrals WHERE id = ANY($1::uuid[])',
      [reported.created],
    );
    expect(rows.map((r) => String(r.id)).sort()).toEqual([...reported.created].sort());
    for (const key of reported.chatKeys) {
      expect(must(await db.chatState.get(key))).not.toBeNull();
    }
    expect(await db.ready()).toBe(true);
  } finally {
    await db.close();
  }
}

describe('a writer killed with SIGKILL loses no committed change', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('on PGlite file storage', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'lotsen-storage-crash-'));
    folders.push(folder);
    const options = { dataDir: join(folder, 'pglite') };
    const first = await runAndKill(options, 40);
    expect(first.versions.length).toBeGreaterThanOrEqual(40);
    await expectAllReportedCommits(options, first);
    // A second crash on the recovered files, then a last check.
    const second = await runAndKill(options, 20);
    await expectAllReportedCommits(options, second);
    await expectAllReportedCommits(options, first);
  }, 120_000);

  describe.skipIf(DATABASE_URL === undefined)('on PostgreSQL', () => {
    const schema = uniqueSchema('durability');
    afterAll(async () => {
      if (DATABASE_URL !== undefined) await dropSchema(DATABASE_URL, schema);
    });

    it('keeps every reported commit', async () => {
      const options = { url: DATABASE_URL, schema };
      const reported = await runAndKill(options, 150);
      await expectAllReportedCommits(options, reported);
    }, 120_000);
  });
});
