// Durable timers: 10,000 jobs due at once, fired by the job repository (claim with FOR UPDATE SKIP
// LOCKED, a savepoint and a `done` mark per job, in batches of 50), beside a bare `UPDATE ... WHERE
// id IN (SELECT ... FOR UPDATE SKIP LOCKED)` on a plain table in the same run: the floor of the same
// claim without the repository. Reports jobs fired per second and the lag behind the due time
// (done_at - run_at). PGlite in memory with one poller; PostgreSQL (DATABASE_URL, a throwaway
// schema) with two pollers on two pools, as two instances would.
// Run: pnpm bench (from the repo root), or `pnpm exec tsx --conditions=@lotsen/source bench/timers.bench.ts` here.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database, type OpenDatabaseOptions } from '../src/index.js';

const JOBS = 10_000;
const BATCH = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function schedule(db: Database, dueAt: string): Promise<void> {
  // One INSERT ... SELECT: scheduling is not what is measured.
  await db.driver.query(
    `INSERT INTO jobs (kind, key, run_at, payload, created_at)
     SELECT 'bench.timer', 'bench-' || g, $1, '{}'::jsonb, $1 FROM generate_series(1, $2) g`,
    [dueAt, JOBS],
  );
}

async function fire(handles: Database[]): Promise<{ perSecond: number; lagMs: number[] }> {
  const started = performance.now();
  await Promise.all(
    handles.map(async (db) => {
      for (;;) {
        const report = await db.jobs.runDue({
          now: new Date(),
          batchSize: BATCH,
          kinds: ['bench.'],
          handle: async () => ({ done: true }),
        });
        if (!report.ok) throw report.error;
        if (report.value.claimed === 0) return;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await handles[0]!.driver.query<{ lag: number }>(
    `SELECT extract(epoch from done_at - run_at) * 1000 AS lag FROM jobs WHERE kind = 'bench.timer' AND state = 'done'`,
  );
  if (rows.length !== JOBS) throw new Error(`fired ${rows.length} of ${JOBS}`);
  return { perSecond: JOBS / seconds, lagMs: rows.map((r) => Number(r.lag)).sort((a, b) => a - b) };
}

async function baseline(handles: Database[]): Promise<{ perSecond: number; lagMs: number[] }> {
  const db = handles[0]!;
  await db.driver.exec(
    `CREATE TABLE IF NOT EXISTS bench_jobs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       run_at timestamptz NOT NULL, state text NOT NULL DEFAULT 'pending', done_at timestamptz);
     TRUNCATE bench_jobs;`,
  );
  const dueAt = new Date().toISOString();
  await db.driver.query(`INSERT INTO bench_jobs (run_at) SELECT $1 FROM generate_series(1, $2)`, [
    dueAt,
    JOBS,
  ]);
  const started = performance.now();
  await Promise.all(
    handles.map(async (h) => {
      for (;;) {
        const { rowCount } = await h.driver.query(
          `UPDATE bench_jobs SET state = 'done', done_at = clock_timestamp()
            WHERE id IN (SELECT id FROM bench_jobs WHERE state = 'pending' AND run_at <= now()
                          ORDER BY run_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)`,
        );
        if (rowCount === 0) return;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { rows } = await db.driver.query<{ lag: number }>(
    `SELECT extract(epoch from done_at - run_at) * 1000 AS lag FROM bench_jobs`,
  );
  return { perSecond: JOBS / seconds, lagMs: rows.map((r) => Number(r.lag)).sort((a, b) => a - b) };
}

interface Row {
  engine: string;
  pollers: number;
  jobs: number;
  perSecond: number;
  lagP50Ms: number;
  lagP99Ms: number;
  lagMaxMs: number;
  baselinePerSecond: number;
  baselineLagMaxMs: number;
  ratio: number;
}
const results: Row[] = [];
async function measure(engine: string, options: OpenDatabaseOptions, pollers: number) {
  const handles = [await openDatabase(options)];
  for (let i = 1; i < pollers; i++)
    handles.push(await openDatabase({ ...options, migrate: false }));
  try {
    const floor = await baseline(handles);
    await schedule(handles[0]!, new Date().toISOString());
    const fired = await fire(handles);
    results.push({
      engine,
      pollers,
      jobs: JOBS,
      perSecond: Math.round(fired.perSecond),
      lagP50Ms: Math.round(percentile(fired.lagMs, 50)),
      lagP99Ms: Math.round(percentile(fired.lagMs, 99)),
      lagMaxMs: Math.round(fired.lagMs.at(-1) ?? 0),
      baselinePerSecond: Math.round(floor.perSecond),
      baselineLagMaxMs: Math.round(floor.lagMs.at(-1) ?? 0),
      ratio: Number((fired.perSecond / floor.perSecond).toFixed(2)),
    });
  } finally {
    if (options.schema)
      await handles[0]!.driver.query(`DROP SCHEMA IF EXISTS "${options.schema}" CASCADE`);
    for (const h of handles.reverse()) await h.close();
  }
}

await measure('PGlite (memory)', { dataDir: 'memory://' }, 1);
const url = process.env.DATABASE_URL;
if (url) {
  await measure(
    'PostgreSQL',
    { url, schema: `bench_${randomBytes(4).toString('hex')}`, maxConnections: 4 },
    2,
  );
} else {
  console.log('DATABASE_URL is not set: PostgreSQL skipped');
}

console.log(
  '\n| engine | pollers | due at once | fired per second | lag p50 / p99 / max (ms) | bare UPDATE … SKIP LOCKED per second | its max lag (ms) | ratio |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of results)
  console.log(
    `| ${r.engine} | ${r.pollers} | ${r.jobs} | ${r.perSecond} | ${r.lagP50Ms} / ${r.lagP99Ms} / ${r.lagMaxMs} | ${r.baselinePerSecond} | ${r.baselineLagMaxMs} | ${r.ratio} |`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/timers.json',
  JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2),
);
