import cluster from 'node:cluster';
import { openLiveCatalogue, stockholmCatalogueData } from '@lotsen/catalogue';
import { openDatabase } from '@lotsen/storage';
import { runInWorkers, workerCount } from './workers.js';
import { buildBotApp, type TeamsCredentials } from './app.js';
import { digestSettingsFromEnv } from './coordination-digest.js';
import { httpReferralGateway, type ReferralGateway } from './referral-gateway.js';
import { createApiTokenSigner } from './referral-gateway-token.js';
import { loadStaffDirectory } from './staff-directory.js';

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

// Staff referrals go to the Lotsen API on the staff member's behalf (see the README). All four
// settings or none: with none, the bot says referrals are not connected; with some, it is a mistake.
const referralSettings = {
  LOTSEN_API_URL: env.LOTSEN_API_URL,
  BOT_STAFF_DIRECTORY: env.BOT_STAFF_DIRECTORY,
  BOT_API_SIGNING_KEY: env.BOT_API_SIGNING_KEY,
  BOT_API_ISSUER: env.BOT_API_ISSUER,
};
function refuseToStart(message: string): never {
  console.error(`[lotsen-bot] refusing to start: ${message}`);
  process.exit(1);
}
const missingReferralSettings = Object.entries(referralSettings)
  .filter(([, value]) => !value)
  .map(([name]) => name);
const referralsWanted = missingReferralSettings.length < Object.keys(referralSettings).length;
if (referralsWanted && missingReferralSettings.length > 0) {
  refuseToStart(
    `staff referrals need LOTSEN_API_URL, BOT_STAFF_DIRECTORY, BOT_API_SIGNING_KEY and BOT_API_ISSUER; missing ${missingReferralSettings.join(', ')}`,
  );
}
// The bot vouches to the API for the Teams user an activity names; without an app registration
// botbuilder checks no Bot Connector token, so anyone could name any staff member.
if (referralsWanted && (!teams || !teams.tenantId)) {
  refuseToStart(
    'staff referrals need the Teams app registration (MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword): without it anyone could act as any staff member',
  );
}
const apiUrl = referralSettings.LOTSEN_API_URL ?? '';
if (referralsWanted && !(URL.canParse(apiUrl) && /^https?:$/.test(new URL(apiUrl).protocol))) {
  refuseToStart('LOTSEN_API_URL is not an http(s) URL');
}
// The key's text is never printed: only that it could not be used.
const signer = referralsWanted
  ? await createApiTokenSigner({
      privateKey: referralSettings.BOT_API_SIGNING_KEY!,
      issuer: referralSettings.BOT_API_ISSUER!,
      audience: env.LOTSEN_JWT_AUDIENCE ?? 'lotsen-api',
    }).catch(() =>
      refuseToStart('BOT_API_SIGNING_KEY is not an ES256 (P-256) private key as PKCS8 PEM or JWK'),
    )
  : undefined;

// The bot keeps its own embedded database folder (PGlite serves one process); with DATABASE_URL it
// shares PostgreSQL with the API and with every other bot instance.
// BOT_WORKERS: several bot processes on this machine, sharing the port and PostgreSQL (see
// workers.ts). PGlite serves one process, so more than one needs DATABASE_URL.
const workers = workerCount(env.BOT_WORKERS);
if (!workers.ok) refuseToStart(workers.message);
// The coordination team's daily digest: its channel and hour (see the README).
const digestSetting = digestSettingsFromEnv(env);
const digest = typeof digestSetting === 'string' ? refuseToStart(digestSetting) : digestSetting;

if (workers.count > 1 && !env.DATABASE_URL) {
  refuseToStart(
    'BOT_WORKERS above 1 needs DATABASE_URL: the embedded database serves one process only',
  );
}

async function start(): Promise<void> {
  const db = await openDatabase({
    url: env.DATABASE_URL,
    dataDir: env.LOTSEN_BOT_DATA_DIR ?? '.data/pglite-bot',
  });
  const seeded = await db.catalogue.seedIfEmpty(stockholmCatalogueData());
  if (!seeded.ok) throw seeded.error;
  // The stored catalogue, followed live: an edit through the API is on the bot's cards within
  // about a second (docs/decisions/0007-live-catalogue.md).
  const catalogue = await openLiveCatalogue(db.catalogue, {
    onError: (error) => console.error(`[lotsen-bot] catalogue not reloaded: ${error.message}`),
  });
  if (!catalogue.ok) throw catalogue.error;

  let referrals: ReferralGateway | undefined;
  if (signer) {
    // The directory is checked against the catalogue's districts, so it is read once that is loaded.
    const directory = await loadStaffDirectory(referralSettings.BOT_STAFF_DIRECTORY!, {
      isKnownDistrict: (id) => catalogue.value.district(id) !== undefined,
    });
    if (!directory.ok) {
      await db.close();
      refuseToStart(directory.error.message);
    }
    referrals = httpReferralGateway({ apiUrl, directory: directory.value, signer });
    console.log(
      `[lotsen-bot] staff referrals go to ${new URL(apiUrl).origin} for ${directory.value.size} staff members (key ${signer.publicJwk.kid})`,
    );
  }

  const teamsTenants = (env.LOTSEN_TEAMS_TENANTS ?? teams?.tenantId ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const app = await buildBotApp({
    db,
    catalogue: catalogue.value,
    teams,
    teamsTenants,
    ...(referrals ? { referrals } : {}),
    // Referrers hear back in Teams unless BOT_REFERRER_MESSAGES=off.
    referrerMessages:
      env.BOT_REFERRER_MESSAGES === 'off' ? false : digest === undefined ? {} : { digest },
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
  app.addHook('onClose', async () => {
    await catalogue.value.close();
    await db.close();
  });

  // Expired chat state is purged now and then; reads already ignore it.
  const purge = setInterval(() => void db.chatState.purgeExpired(), 5 * 60_000);
  purge.unref();

  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  // One banner, not one per worker.
  if (!cluster.isWorker || cluster.worker?.id === 1) {
    console.log(
      `\nLotsen chat is running: ${url}/chat/\n  Bot Framework endpoint: ${url}/api/messages${teams ? '' : ' (local mode: no Teams app credentials)'}\n  Staff referrals: ${referrals ? 'connected to the Lotsen API' : 'not connected (set LOTSEN_API_URL, BOT_STAFF_DIRECTORY, BOT_API_SIGNING_KEY, BOT_API_ISSUER)'}\n`,
    );
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      clearInterval(purge);
      void app.close().then(() => process.exit(0));
    });
  }
}

await runInWorkers({ count: workers.count, start });
