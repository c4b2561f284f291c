import { createApiClient } from './api/client.js';
import { buildWebApp } from './app.js';

// The only file that reads the environment and listens.
const port = Number(process.env.WEB_PORT ?? 3100);
const host = process.env.HOST ?? '127.0.0.1';
const apiUrl = process.env.LOTSEN_API_URL ?? 'http://127.0.0.1:3000';
const chatUrl = process.env.LOTSEN_CHAT_URL ?? 'http://127.0.0.1:3978/chat/';

const app = await buildWebApp({
  api: createApiClient({ baseUrl: apiUrl }),
  chatUrl,
  fastify: { logger: { level: process.env.LOG_LEVEL ?? 'info' } },
});

try {
  await app.listen({ port, host });
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  console.log(`\nLotsen web: ${url}\n  groups page: ${url}/grupper (English: ${url}/en/groups)\n`);
} catch (error) {
  app.log.error(error);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
