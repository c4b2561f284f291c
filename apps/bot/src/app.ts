import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { stockholmCatalogue, type Catalogue, type ServiceAvailability } from '@lotsen/catalogue';
import type { ConversationConfig } from '@lotsen/conversation';
import type { Database } from '@lotsen/storage';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Request as BotRequest,
  type Response as BotResponse,
} from 'botbuilder';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import { z } from 'zod';
import { LotsenBot } from './bot.js';
import { bufferedCounters } from './counters.js';
import { directLineRoutes } from './direct-line.js';
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
  readonly fastify?: FastifyServerOptions;
}

// A minimal check before botbuilder sees the body: an activity without a type makes botbuilder throw
// outside its own error handling (a 500); here it is a 400.
const ActivityBody = z.looseObject({
  type: z.string().min(1).max(64),
  conversation: z.looseObject({ id: z.string().min(1) }).optional(),
});

/** botbuilder's `Response`, on top of fastify's reply (which has no `end()`). */
function toBotResponse(reply: FastifyReply): BotResponse {
  const response: BotResponse = {
    socket: reply.raw.socket,
    status(code: number) {
      reply.code(code);
      return response;
    },
    header(name: string, value: unknown) {
      reply.header(name, value);
      return response;
    },
    send(body?: unknown) {
      if (!reply.sent) void reply.send(body);
      return response;
    },
    end() {
      if (!reply.sent) void reply.send();
      return response;
    },
  };
  return response;
}

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
  });
  const teams = options.teams;
  const cloudAdapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
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
  cloudAdapter.onTurnError = async (context, error) => {
    app.log.error({ err: { message: error.message, name: error.name } }, 'bot turn failed');
    await context.sendActivity(
      'Något gick fel. Försök igen. / Something went wrong. Please try again.',
    );
  };
  const webAdapter = new WebChatAdapter();
  webAdapter.onTurnError = async (context, error) => {
    app.log.error({ err: { message: error.message, name: error.name } }, 'web chat turn failed');
    await context.sendActivity(
      'Något gick fel. Försök igen. / Something went wrong. Please try again.',
    );
  };

  const app = Fastify({ bodyLimit: 256 * 1024, ...options.fastify });

  app.addHook('onClose', async () => counters.close());
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
    const botRequest: BotRequest = {
      body: body.data,
      headers: request.headers,
      method: request.method,
    };
    await cloudAdapter.process(botRequest, toBotResponse(reply), (context) => bot.run(context));
    return reply;
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
