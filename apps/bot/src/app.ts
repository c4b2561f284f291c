import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { stockholmCatalogue, type Catalogue, type ServiceAvailability } from '@lotsen/catalogue';
import type { ConversationConfig } from '@lotsen/conversation';
import { isStorageError, type Database } from '@lotsen/storage';
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { TextSchema } from '@lotsen/domain';
import { LotsenBot } from './bot.js';
import { ConnectorReusingAuthentication } from './connector-reuse.js';
import { bufferedCounters } from './counters.js';
import { directLineRoutes } from './direct-line.js';
import type { ReferralGateway } from './referral-gateway.js';
import type { DigestSettings } from './coordination-digest.js';
import { adapterSender, rememberReferrer, startReferrerMessenger } from './referrer-messages.js';
import { databaseStateStore } from './state-store.js';
import { WebChatAdapter } from './web-adapter.js';

/** The bot's Microsoft app registration (Teams). Without it the bot runs in local, anonymous mode. */
export interface TeamsCredentials {
  readonly appId: string;
  readonly appPassword?: string;
  readonly tenantId: string;
  readonly appType?: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
}

/** What the bot app is built from. */
export interface BotAppOptions {
  readonly db: Database;
  readonly catalogue?: Catalogue;
  readonly clock?: () => Date;
  readonly config?: ConversationConfig;
  readonly teams?: TeamsCredentials | undefined;
  /** Entra tenants allowed to use the staff flow in Teams. */
  readonly teamsTenants?: readonly string[];
  /** Places left and next start per service, from the planned cohorts. */
  readonly availability?: () => ReadonlyMap<string, ServiceAvailability>;
  /** The Lotsen API for staff referrals; without it the bot says referrals are not connected. */
  readonly referrals?: ReferralGateway;
  /**
   * Status messages to referrers who made a referral in Teams: how often to look for due ones
   * (default 2000 ms). `false` turns them off in this instance (another instance may send them).
   */
  readonly referrerMessages?:
    | {
        readonly pollMs?: number;
        /** The coordination team's daily digest (`LOTSEN_DIGEST_*`); none when absent. */
        readonly digest?: DigestSettings;
      }
    | false;
  readonly fastify?: FastifyServerOptions;
}

// A minimal check before botbuilder sees the body: an activity without a type makes botbuilder throw
// outside its own error handling (a 500); here it is a 400.
const ActivityBody = z.looseObject({
  type: TextSchema.min(1).max(64),
  conversation: z.looseObject({ id: TextSchema.min(1) }).optional(),
});

/** botbuilder's `CloudAdapter`, with its protocol entry (authenticate, run the turn) made callable. */
class FastifyCloudAdapter extends CloudAdapter {
  /** Authenticates the request's `Authorization` header, runs the turn, returns the invoke result. */
  processAuthenticated(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ) {
    return this.processActivity(authorization, activity, logic);
  }
}

/**
 * The Bot Framework protocol sends timestamps as strings; botbuilder's own HTTP entry turns them into
 * dates (keeping the raw text) before the bot sees them, and so does this.
 */
function withParsedTimestamps(activity: Activity): Activity {
  const raw = activity as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'expiration', 'localTimestamp'] as const) {
    const value = raw[field];
    if (typeof value === 'string') {
      raw[`raw${field[0]!.toUpperCase()}${field.slice(1)}`] = value;
      raw[field] = new Date(value);
    }
  }
  return activity;
}

/** The message of the line logged when the database stops answering. */
export const DATABASE_UNREACHABLE = 'database unreachable: turns that need it fail';
/** The message of the line logged when it answers again. */
export const DATABASE_REACHABLE = 'database reachable again';

const WEB_ROOT = join(import.meta.dirname, '..', 'web');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Builds the bot's HTTP service: `POST /api/messages` for Teams (botbuilder's `CloudAdapter`, with
 * `deliveryMode: "expectReplies"` answered in the response), a Direct Line 3.0 subset for the web
 * chat, and the web chat page at `/chat/`. Listening is left to the caller.
 */
export async function buildBotApp(options: BotAppOptions) {
  const catalogue = options.catalogue ?? stockholmCatalogue();
  const counters = bufferedCounters(options.db.counters);
  const bot = new LotsenBot({
    catalogue,
    store: databaseStateStore(options.db),
    counters,
    teamsTenants: options.teamsTenants ?? (options.teams ? [options.teams.tenantId] : []),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.config ? { config: options.config } : {}),
    ...(options.availability ? { availability: options.availability } : {}),
    ...(options.referrals ? { referrals: options.referrals } : {}),
    onReferralMade: async (referralId, activity, staff, language) => {
      const remembered = await rememberReferrer(
        options.db,
        activity,
        staff,
        referralId,
        language,
        (options.clock ?? (() => new Date()))().toISOString(),
      );
      if (!remembered.ok) throw remembered.error;
    },
  });
  const teams = options.teams;
  const cloudAdapter = new FastifyCloudAdapter(
    new ConnectorReusingAuthentication(
      teams
        ? {
            MicrosoftAppId: teams.appId,
            MicrosoftAppPassword: teams.appPassword ?? '',
            MicrosoftAppTenantId: teams.tenantId,
            MicrosoftAppType: teams.appType ?? 'SingleTenant',
          }
        : {},
    ),
  );
  const turnFailed = (what: string) => async (context: TurnContext, error: Error) => {
    // An unreachable database is logged once per outage, when it starts and ends (below).
    if (!(isStorageError(error) && error.code === 'UNAVAILABLE')) {
      app.log.error({ err: { message: error.message, name: error.name } }, what);
    }
    await context.sendActivity(
      'Något gick fel. Försök igen. / Something went wrong. Please try again.',
    );
  };
  cloudAdapter.onTurnError = turnFailed('bot turn failed');
  const webAdapter = new WebChatAdapter();
  webAdapter.onTurnError = turnFailed('web chat turn failed');

  const app = Fastify({ bodyLimit: 256 * 1024, ...options.fastify });

  // A database outage is two lines, when it starts and when it ends, not one per failed turn.
  const stopWatching = options.db.onReachabilityChange((change) => {
    if (change.reachable) {
      app.log.info({ unreachableMs: change.unreachableMs }, DATABASE_REACHABLE);
    } else {
      app.log.error({ code: change.code ?? 'unknown' }, DATABASE_UNREACHABLE);
    }
  });
  // Each message to a referrer is a durable job: any instance may send it, and it goes out once.
  const messenger =
    options.referrerMessages === false || options.referrerMessages === undefined
      ? undefined
      : startReferrerMessenger(options.db, {
          send: adapterSender(cloudAdapter, teams?.appId ?? ''),
          catalogue,
          ...(options.referrerMessages.pollMs === undefined
            ? {}
            : { pollMs: options.referrerMessages.pollMs }),
          ...(options.referrerMessages.digest === undefined
            ? {}
            : { digest: options.referrerMessages.digest }),
          onError: (error) =>
            app.log.warn(
              { code: (error as { code?: string }).code },
              'referrer messages round failed',
            ),
        });
  app.addHook('onClose', async () => {
    stopWatching();
    await messenger?.stop();
    await counters.close();
  });
  app.get('/health', async () => ({ status: 'ok' }));

  app.post('/api/messages', async (request, reply) => {
    const body = ActivityBody.safeParse(request.body);
    if (!body.success) {
      return reply
        .code(400)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Invalid activity',
          status: 400,
          errors: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
    }
    // botbuilder's CloudAdapter.process() only adapts the HTTP request and builds validation schemas
    // for it on every call (a tenth of a turn under load); the checks are done above, so the route
    // calls the adapter's processActivity() (authentication, turn, replies) directly.
    const activity = withParsedTimestamps(body.data as unknown as Activity);
    const authorization = request.headers.authorization ?? '';
    try {
      const result = await cloudAdapter.processAuthenticated(authorization, activity, (context) =>
        bot.run(context),
      );
      reply.code(result?.status ?? 200);
      return result?.body === undefined ? reply.send() : reply.send(result.body);
    } catch (error) {
      // Authentication failures carry their status (401 or 403); anything else (a failed reply to
      // the Bot Connector, a bug) is ours: 500, and logged by name and status only.
      const status = (error as { statusCode?: unknown }).statusCode;
      const code = status === 401 || status === 403 ? status : 500;
      if (code === 500) {
        app.log.error(
          { err: { name: (error as Error).name, statusCode: status } },
          'activity not processed',
        );
      }
      return reply
        .code(code)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: code === 500 ? 'The activity could not be processed' : 'Not authorized',
          status: code,
        });
    }
  });

  await app.register(directLineRoutes, { db: options.db, adapter: webAdapter, bot });

  app.get('/', async (_request, reply) => reply.redirect('/chat/'));
  app.get('/chat', async (_request, reply) => reply.redirect('/chat/'));
  app.get('/chat/*', async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'] || 'index.html';
    // Only plain file names from the web folder: no paths, so nothing outside it can be read.
    if (!/^[a-z0-9-]+\.[a-z]+$/.test(wanted) || !CONTENT_TYPES[extname(wanted)]) {
      return reply.code(404).send({ type: 'about:blank', title: 'Not found', status: 404 });
    }
    try {
      const content = await readFile(join(WEB_ROOT, wanted));
      return reply
        .type(CONTENT_TYPES[extname(wanted)]!)
        .header('cache-control', 'no-cache')
        .header(
          'content-security-policy',
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'",
        )
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'no-referrer')
        .send(content);
    } catch {
      return reply.code(404).send({ type: 'about:blank', title: 'Not found', status: 404 });
    }
  });

  return app;
}
