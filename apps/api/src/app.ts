import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { isLiveCatalogue, stockholmCatalogue, type Catalogue } from '@lotsen/catalogue';
import { StaffRoleSchema, refuseUnknownKeys } from '@lotsen/domain';
import type { Database } from '@lotsen/storage';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createAuthenticator,
  guardRoute,
  refuseUnauthenticated,
  roleOf,
  type AuthConfig,
} from './auth.js';
import { asciiJson, asciiJsonOnSend, asciiSerializerCompiler } from './ascii-json.js';
import { refuseMislabelledBody } from './body-envelope.js';
import { CORS_OPTIONS, originIndependentCorsHeaders } from './cors.js';
import { edgeErrorOptions } from './edge-errors.js';
import { logReachability } from './logging.js';
import { SECURITY_SCHEMES, documentedDocument, documentedOperation } from './openapi.js';
import { errorHandler, notFound } from './problem.js';
import { anonymousRateLimiter } from './rate-limit.js';
import { createSharedRateLimit, type SharedRateLimitOptions } from './rate-limit-store.js';
import { DOCS_PREFIX, hookList, isDocsRoute, useSecurityHeaders } from './security-headers.js';
import { catalogueEditRoutes } from './routes/catalogue-edit.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { cohortRoutes } from './routes/cohorts.js';
import { formationRoutes } from './routes/formation.js';
import { hsdsRoutes } from './routes/hsds.js';
import { outcomeRoutes } from './routes/outcomes.js';
import { referralRoutes } from './routes/referrals.js';
import { waitingRoutes } from './routes/waiting.js';
import { DEFAULT_WAITING_SETTINGS, type WaitingSettings } from './waiting-settings.js';
import { reportRoutes } from './routes/reports.js';

/** What the app is built from. Everything has a default, so tests can build it with no arguments. */
export interface AppOptions {
  /**
   * The catalogue served. A live one (`openLiveCatalogue(db.catalogue)`) follows the database and,
   * with `db`, adds the editing routes; a fixed one is served as it is.
   */
  readonly catalogue?: Catalogue;
  /**
   * The database; `/ready` reports on it. The routes that keep state (referrals, cohorts, outcomes,
   * formation, reports) are registered only with one.
   */
  readonly db?: Database;
  /** The clock events and reports are stamped with; tests set it. */
  readonly now?: () => Date;
  /** Offer reply days, check-in interval and the other waiting settings (config.ts reads them). */
  readonly waiting?: WaitingSettings;
  /** How staff tokens and system API keys are verified; without it only anonymous calls work. */
  readonly auth?: AuthConfig | undefined;
  /** Requests per minute an anonymous caller may make, per client address. */
  readonly anonymousRateLimit?: number;
  /**
   * How the anonymous limit is shared by every API instance through `db` (the secret, how often
   * counts are sent); see rate-limit-store.ts. Without a `db`, each instance counts alone.
   */
  readonly rateLimit?: SharedRateLimitOptions;
  /** fastify's own options (logger and so on). */
  readonly fastify?: FastifyServerOptions;
}

const ReadySchema = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.string(),
  reachable: z.boolean().optional(),
  pendingMigrations: z.number().int().optional(),
});

/** The body size limit: the largest real request (a match query) is well under 1 KB. */
const BODY_LIMIT = 64 * 1024;

/**
 * Builds the HTTP API without listening, so tests can call it with `inject()`.
 *
 * @example
 * ```ts
 * const app = await buildApp();
 * const res = await app.inject({ method: 'GET', url: '/health' });
 * ```
 */
export async function buildApp(options: AppOptions = {}) {
  const catalogue = options.catalogue ?? stockholmCatalogue();
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // What the router and Node's HTTP parser refuse, as problem details too (edge-errors.ts), with
    // the CORS headers of every answer: those refusals are made before the CORS hook runs.
    ...edgeErrorOptions(await originIndependentCorsHeaders()),
    ...options.fastify,
  }).withTypeProvider<ZodTypeProvider>();
  // Request bodies are strict: a field the schema does not know is refused and named (400), not
  // dropped, so a client that sends data Lotsen does not take (a personal identity number, say)
  // learns it. Only bodies: query strings and headers stay lenient, and so do the packages' own
  // schemas, which read stored rows.
  app.setValidatorCompiler<z.ZodType>((route) =>
    validatorCompiler(
      route.httpPart === 'body' && route.schema instanceof z.ZodType
        ? { ...route, schema: refuseUnknownKeys(route.schema) }
        : route,
    ),
  );
  // Every JSON answer in ASCII, non-ASCII characters escaped (ascii-json.ts). Here the answers
  // serialized by their route's response schema; problem details, the OpenAPI document and the
  // catalogue's pre-encoded bytes are written in ASCII where they are made. (Not with
  // setReplySerializer: fastify would then use it instead of every route's response schema.)
  app.setSerializerCompiler(asciiSerializerCompiler(serializerCompiler));
  app.setErrorHandler(errorHandler);
  // fastify's own 404 logs the whole URL, query string included; this one logs nothing and answers
  // in the same problem format as every other error.
  app.setNotFoundHandler((request, reply) => notFound(reply, request, 'No such route'));

  // Security headers: the short set for JSON answers, helmet's for the HTML documentation
  // (security-headers.ts). Before any route, so that the documentation's routes are seen.
  await useSecurityHeaders(app);

  // CORS (cors.ts). Before authentication and the rate limit, so that their refusals (401, 429)
  // carry the CORS headers a browser needs to read them, and so that a preflight is answered
  // before either.
  await app.register(cors, CORS_OPTIONS);

  // Only anonymous callers are limited (and callers whose credentials are refused): staff and
  // systems are known and accountable. With a database, the count holds across every API instance
  // sharing it (rate-limit-store.ts).
  if (options.db) {
    const stop = logReachability(options.db, app.log);
    app.addHook('onClose', async () => stop());
  }
  const counts = createSharedRateLimit(options.db?.rateLimits, app.log, options.rateLimit);
  app.addHook('onClose', () => counts.close());
  const limiter = anonymousRateLimiter({
    max: options.anonymousRateLimit ?? 300,
    counter: counts.counter,
  });

  const authenticator = createAuthenticator(options.auth);
  app.decorateRequest('principal', { getter: () => ({ kind: 'anonymous' as const }) });
  // A callback hook rather than an async one: a request without credentials (every anonymous
  // catalogue read and match) is anonymous at once, without a promise and a turn of the event loop.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.headers.authorization === undefined && request.headers['x-api-key'] === undefined) {
      done();
      return;
    }
    authenticator.authenticate(request).then((result) => {
      try {
        if (!result.ok) {
          // Refused credentials count as an anonymous request: guessing keys is limited too.
          if (limiter.admit(request, reply)) {
            refuseUnauthenticated(reply, request, result.failure);
          }
          return;
        }
        Object.defineProperty(request, 'principal', { value: result.principal, enumerable: true });
      } catch (error) {
        done(error as Error);
        return;
      }
      done();
    }, done);
  });
  app.addHook('onRequest', limiter.hook);
  // Each route's role check (its `config.roles`), after the two hooks above and before the body is
  // read: a caller who may not use a route is refused before its input is looked at.
  app.addHook('onRoute', guardRoute);
  // A body must be what its headers say (UTF-8, uncompressed), checked before it is read.
  app.addHook('preParsing', refuseMislabelledBody);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lotsen API',
        version: '0.1.0',
        description:
          'Service catalogue, matching and Open Referral HSDS for support to children and families in Stockholm.',
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: documentedOperation,
    transformObject: documentedDocument,
  });

  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness',
        tags: ['ops'],
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      schema: {
        summary: 'Readiness: the database answers and every migration is applied',
        tags: ['ops'],
        response: {
          200: ReadySchema,
          503: ReadySchema,
        },
      },
    },
    async (_request, reply) => {
      if (!options.db)
        return reply.code(503).send({ status: 'not_ready' as const, database: 'none' });
      const health = await options.db.health();
      const body = {
        status: health.ok ? ('ready' as const) : ('not_ready' as const),
        database: health.engine,
        reachable: health.reachable,
        ...(health.migrations ? { pendingMigrations: health.migrations.pending.length } : {}),
      };
      return reply.code(health.ok ? 200 : 503).send(body);
    },
  );
  app.get(
    '/v1/me',
    {
      // Every caller, so that the document lists the credentials this route reads.
      config: {
        roles: [
          'anonymous',
          'coordinator',
          'district_social_worker',
          'group_leader',
          'district_editor',
          'provider_editor',
          'system',
        ],
      },
      schema: {
        summary: 'Who the caller is, as the API sees it: role, district and cohorts',
        tags: ['ops'],
        response: {
          200: z.object({
            role: z.enum([...StaffRoleSchema.options, 'anonymous']),
            districtId: z.string().optional(),
            providerId: z.string().optional(),
            cohortIds: z.array(z.string()).readonly().optional(),
          }),
        },
      },
    },
    async (request) => {
      const p = request.principal;
      if (p.kind !== 'staff') return { role: roleOf(p) };
      return {
        role: p.role,
        cohortIds: p.cohortIds,
        ...(p.districtId ? { districtId: p.districtId } : {}),
        ...(p.providerId ? { providerId: p.providerId } : {}),
      };
    },
  );
  await app.register(catalogueRoutes, { catalogue });
  await app.register(hsdsRoutes, { catalogue });
  if (options.db) {
    const db = options.db;
    const now = options.now ?? (() => new Date());
    const waiting = options.waiting ?? DEFAULT_WAITING_SETTINGS;
    await app.register(referralRoutes, { db, catalogue, now, settings: waiting });
    await app.register(waitingRoutes, { db, now, settings: waiting });
    await app.register(outcomeRoutes, { db, now });
    await app.register(cohortRoutes, { db, catalogue, now });
    await app.register(formationRoutes, { db, catalogue, now, settings: waiting });
    await app.register(reportRoutes, { db, catalogue, now });
    if (isLiveCatalogue(catalogue)) await app.register(catalogueEditRoutes, { db, catalogue, now });
  }

  app.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(asciiJson(JSON.stringify(app.swagger()))),
  );
  // The documentation's JSON (`/docs/json`) in ASCII too, as every other JSON answer.
  app.addHook('onRoute', (route) => {
    if (!isDocsRoute(route.url)) return;
    route.onSend = [...hookList(route.onSend), asciiJsonOnSend];
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });

  return app;
}
