import { openLiveCatalogue, stockholmCatalogueData } from '@lotsen/catalogue';
import { openDatabase } from '@lotsen/storage';
import { buildApp } from './app.js';
import {
  authConfigFromEnv,
  rateLimitConfigFromEnv,
  timerPollMsFromEnv,
  trustProxyFromEnv,
  waitingSettingsFromEnv,
} from './config.js';
import { startTimerWorker } from './timers.js';
import { seedExampleData, wantsExampleData } from './example-data.js';
import { loggerOptions } from './logging.js';

// The only file that reads the environment and listens.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

// PGlite in a local folder by default; PostgreSQL when DATABASE_URL is set (what a city runs, and
// what several API instances share).
const db = await openDatabase({
  url: process.env.DATABASE_URL,
  dataDir: process.env.LOTSEN_DATA_DIR,
  // A schema of its own in a shared PostgreSQL (tests, several tenants); `public` by default.
  schema: process.env.LOTSEN_DATABASE_SCHEMA || undefined,
});
const waiting = waitingSettingsFromEnv(process.env);
const timerPollMs = timerPollMsFromEnv(process.env);
const seeded = await db.catalogue.seedIfEmpty(stockholmCatalogueData());
if (!seeded.ok) throw seeded.error;
// The example term (cohorts and leaders, labelled "Exempeldata" on the pages) on the embedded
// default, so that a newcomer sees groups at once; `npm run example-data:remove` takes it away.
const example = wantsExampleData(db.engine, process.env)
  ? await seedExampleData(db, new Date())
  : { seeded: false, cohorts: 0 };
// The stored catalogue, followed live: an edit through any instance is served by this one within
// about a second (docs/decisions/0007-live-catalogue.md).
// The app's logger, once the app exists (the catalogue is opened before it).
const logger: {
  current?: { info(o: object, m: string): void; error(o: object, m: string): void };
} = {};
const catalogue = await openLiveCatalogue(db.catalogue, {
  onSwap: ({ revision, buildMs }) =>
    logger.current?.info({ revision, buildMs: Math.round(buildMs) }, 'catalogue reloaded'),
  onError: (error) =>
    logger.current?.error({ err: { message: error.message } }, 'catalogue not reloaded'),
});
if (!catalogue.ok) throw catalogue.error;

const app = await buildApp({
  catalogue: catalogue.value,
  db,
  auth: authConfigFromEnv(process.env),
  rateLimit: rateLimitConfigFromEnv(process.env),
  waiting,
  // Bodies, query strings, tokens and child data are never logged (see logging.ts).
  fastify: {
    logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
    trustProxy: trustProxyFromEnv(process.env),
  },
});
// Every instance fires due timers; each fires once across all of them (see timers.ts).
const timers =
  timerPollMs > 0
    ? startTimerWorker(db, waiting, {
        pollMs: timerPollMs,
        onError: (error) =>
          app.log.warn({ code: (error as { code?: string }).code }, 'timer round failed'),
        onRound: (report) => app.log.info({ timers: report }, 'timers fired'),
      })
    : undefined;
logger.current = app.log;
app.addHook('onClose', async () => {
  await timers?.stop();
  await catalogue.value.close();
  await db.close();
});
if (db.engine === 'postgres' && !process.env.LOTSEN_RATE_LIMIT_SECRET) {
  app.log.warn(
    'LOTSEN_RATE_LIMIT_SECRET is not set: each API instance hashes clients with its own random key, so the anonymous rate limit is counted per instance',
  );
}

try {
  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const where =
    db.engine === 'pglite'
      ? `embedded PGlite (${process.env.LOTSEN_DATA_DIR ?? '.data/pglite'})`
      : 'PostgreSQL';
  console.log(
    `\nLotsen is running: ${url}\n` +
      `  database: ${where}${seeded.value.seeded ? ', seeded with the Stockholm catalogue' : ''}\n` +
      (example.seeded
        ? `  example data: ${example.cohorts} made-up cohorts (remove: npm run example-data:remove)\n`
        : '') +
      `  services: ${url}/v1/services\n  HSDS:     ${url}/hsds/\n  API docs: ${url}/docs\n`,
  );
} catch (error) {
  app.log.error(error);
  await db.close();
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
