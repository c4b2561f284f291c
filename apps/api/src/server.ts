import { buildApp } from './app.js';

// The only file that reads the environment and listens.
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const app = await buildApp({
  fastify: {
    logger: {
      level: process.env.LOG_LEVEL ?? 'info',
      // Bodies are never logged; headers that identify a caller are redacted if a serializer adds them.
      redact: ['req.headers.authorization', 'req.headers.cookie'],
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
