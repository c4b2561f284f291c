// Referral transitions per second through storage: each one is a conditional UPDATE of the referral
// plus an INSERT into its event log, in one transaction. Measured on in-memory PGlite, and on
// PostgreSQL when DATABASE_URL is set (in a throwaway schema), one writer and eight writers at once.
// Run: pnpm bench (from the repo root), or `pnpm exec tsx --conditions=@lotsen/source bench/transitions.bench.ts` here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { newReferral } from '../src/fixtures.test-support.js';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../src/index.js';

const PER_WRITER = 400;

async function run(db: Database, writers: number): Promise<number> {
  const ids: string[] = [];
  for (let w = 0; w < writers; w++) {
    const created = await db.referrals.create(newReferral());
    if (!created.ok) throw created.error;
    ids.push(created.value.id);
  }
  const started = performance.now();
  await Promise.all(
    ids.map(async (id) => {
      for (let v = 1; v <= PER_WRITER; v++) {
        const moved = await db.referrals.transition(id, v, {
          toStatus: v % 2 === 0 ? 'accepted' : 'needs_info',
          snapshot: { value: v % 2 === 0 ? 'accepted' : 'needs_info', context: { step: v } },
          event: { actorId: 'bench', role: 'system', at: new Date().toISOString() },
        });
        if (!moved.ok) throw moved.error;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return (writers * PER_WRITER) / seconds;
}

/**
 * The floor: the same two statements (a conditional UPDATE and an INSERT) in one transaction on bare
 * tables, with no validation, JSON snapshot or repository code. The ratio says what the repository
 * layer costs on top of the database's own round trips.
 */
async function baseline(db: Database, writers: number): Promise<number> {
  await db.driver.exec(
    'CREATE TABLE IF NOT EXISTS bench_baseline (id int PRIMARY KEY, version int NOT NULL);' +
      'CREATE TABLE IF NOT EXISTS bench_baseline_log (id int NOT NULL, version int NOT NULL);' +
      'TRUNCATE bench_baseline, bench_baseline_log;',
  );
  for (let w = 0; w < writers; w++) {
    await db.driver.query('INSERT INTO bench_baseline (id, version) VALUES ($1, 1)', [w]);
  }
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let v = 1; v <= PER_WRITER; v++) {
        await db.driver.transaction(async (tx) => {
          await tx.query(
            'UPDATE bench_baseline SET version = version + 1 WHERE id = $1 AND version = $2',
            [w, v],
          );
          await tx.query('INSERT INTO bench_baseline_log (id, version) VALUES ($1, $2)', [w, v]);
        });
      }
    }),
  );
  return (writers * PER_WRITER) / ((performance.now() - started) / 1000);
}

const rows: {
  engine: string;
  writers: number;
  transitions: number;
  perSecond: number;
  baselinePerSecond: number;
}[] = [];
async function measure(engine: string, options: OpenDatabaseOptions, writerCounts: number[]) {
  const db = await openDatabase(options);
  try {
    for (const writers of writerCounts) {
      const floor = await baseline(db, writers);
      const perSecond = await run(db, writers);
      rows.push({
        engine,
        writers,
        transitions: writers * PER_WRITER,
        perSecond: Math.round(perSecond),
        baselinePerSecond: Math.round(floor),
      });
    }
  } finally {
    await db.close();
  }
}

await measure('PGlite (memory)', { dataDir: 'memory://' }, [1, 8]);
const url = process.env.DATABASE_URL;
if (url) {
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  try {
    await measure('PostgreSQL', { url, schema, maxConnections: 8 }, [1, 8]);
  } finally {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
} else {
  console.log('DATABASE_URL is not set: PostgreSQL skipped');
}

console.log(
  '\n| engine | writers | transitions | per second | bare UPDATE+INSERT per second | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of rows)
  console.log(
    `| ${r.engine} | ${r.writers} | ${r.transitions} | ${r.perSecond} | ${r.baselinePerSecond} | ${(r.perSecond / r.baselinePerSecond).toFixed(2)} |`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/transitions.json',
  JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2),
);
