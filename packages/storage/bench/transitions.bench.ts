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

const rows: { engine: string; writers: number; transitions: number; perSecond: number }[] = [];
async function measure(engine: string, options: OpenDatabaseOptions, writerCounts: number[]) {
  const db = await openDatabase(options);
  try {
    for (const writers of writerCounts) {
      const perSecond = await run(db, writers);
      rows.push({
        engine,
        writers,
        transitions: writers * PER_WRITER,
        perSecond: Math.round(perSecond),
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

console.log('\n| engine | writers | transitions | per second |\n| --- | ---: | ---: | ---: |');
for (const r of rows)
  console.log(`| ${r.engine} | ${r.writers} | ${r.transitions} | ${r.perSecond} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/transitions.json',
  JSON.stringify({ node: process.version, date: new Date().toISOString(), rows }, null, 2),
);
