import { createCatalogue, stockholmCatalogueData } from '@lotsen/catalogue';
import { openDatabase } from '@lotsen/storage';
import { buildBotApp, type TeamsCredentials } from './app.js';

// The only file that reads the environment and listens.
const env = process.env;
const production = env.NODE_ENV === 'production';
const port = Number(env.BOT_PORT ?? env.PORT ?? 3978);
const host = env.HOST ?? '127.0.0.1';

const teams: TeamsCredentials | undefined = env.MicrosoftAppId
  ? {
      appId: env.MicrosoftAppId,
      tenantId: env.MicrosoftAppTenantId ?? '',
      ...(env.MicrosoftAppPassword ? { appPassword: env.MicrosoftAppPassword } : {}),
      ...(env.MicrosoftAppType
        ? { appType: env.MicrosoftAppType as NonNullable<TeamsCredentials['appType']> }
        : {}),
    }
  : undefined;

// Without an app registration botbuilder accepts any caller on /api/messages: fine on a laptop, never
// in production.
if (
  production &&
  (!teams || !teams.tenantId || (!teams.appPassword && teams.appType !== 'UserAssignedMSI'))
) {
  console.error(
    '[lotsen-bot] refusing to start in production without Teams app credentials: set MicrosoftAppId, MicrosoftAppTenantId and MicrosoftAppPassword (or MicrosoftAppType=UserAssignedMSI)',
  );
  process.exit(1);
}

// The bot keeps its own embedded database folder (PGlite serves one process); with DATABASE_URL it
// shares PostgreSQL with the API and with every other bot instance.
const db = await openDatabase({
  url: env.DATABASE_URL,
  dataDir: env.LOTSEN_BOT_DATA_DIR ?? '.data/pglite-bot',
});
const seeded = await db.catalogue.seedIfEmpty(stockholmCatalogueData());
if (!seeded.ok) throw seeded.error;
const stored = await db.catalogue.read();
if (!stored.ok) throw stored.error;
const catalogue = createCatalogue(stored.value);
if (!catalogue.ok) throw catalogue.error;

const teamsTenants = (env.LOTSEN_TEAMS_TENANTS ?? teams?.tenantId ?? '')
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
const app = await buildBotApp({
  db,
  catalogue: catalogue.value,
  teams,
  teamsTenants,
  fastify: {
    logger: {
      level: env.LOG_LEVEL ?? 'info',
      // Messages are never logged: a request is its method and route only.
      serializers: {
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          route: req.url.split('?')[0]?.replace(/[0-9a-f-]{36}/g, ':id'),
        }),
      },
    },
  },
});
app.addHook('onClose', async () => db.close());

// Expired chat state is purged now and then; reads already ignore it.
const purge = setInterval(() => void db.chatState.purgeExpired(), 5 * 60_000);
purge.unref();

await app.listen({ port, host });
const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
console.log(
  `\nLotsen chat is running: ${url}/chat/\n  Bot Framework endpoint: ${url}/api/messages${teams ? '' : ' (local mode: no Teams app credentials)'}\n`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(purge);
    void app.close().then(() => process.exit(0));
  });
}
