import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import { stockholmCatalogue, type Catalogue } from '@lotsen/catalogue';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorHandler } from './problem.js';
import { catalogueRoutes } from './routes/catalogue.js';
import { hsdsRoutes } from './routes/hsds.js';

/** What the app is built from. Everything has a default, so tests can build it with no arguments. */
export interface AppOptions {
  readonly catalogue?: Catalogue;
  /** fastify's own options (logger and so on). */
  readonly fastify?: FastifyServerOptions;
}

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
    ...options.fastify,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lotsen API',
        version: '0.1.0',
        description:
          'Service catalogue, matching and Open Referral HSDS for support to children and families in Stockholm.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  // The HSDS API reference asks for open, CORS-enabled catalogue reads.
  await app.register(cors, { origin: '*', methods: ['GET', 'POST'] });

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
  await app.register(catalogueRoutes, { catalogue });
  await app.register(hsdsRoutes, { catalogue });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}
