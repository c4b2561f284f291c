import type { FastifyRequest } from 'fastify';
import { buildApp } from './app.js';

// The only file that reads the environment and listens.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const app = await buildApp({
  fastify: {
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      // Bodies, query strings (they may carry a child's age and district), tokens and keys are never
      // logged: a request is logged as its method and route pattern only.
      serializers: {
        req: (req: FastifyRequest) => ({ method: req.method, route: req.routeOptions?.url ?? req.url.split('?')[0] }),
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
    },
  },
});

try {
  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  console.log(
    `\nLotsen is running: ${url}\n  services: ${url}/v1/services\n  HSDS:     ${url}/hsds/\n  OpenAPI:  ${url}/openapi.json\n`,
  );
} catch (error) {
  app.log.error(error);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
