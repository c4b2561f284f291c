import type { AddressInfo } from 'node:net';
import { buildApp, seedExampleData } from '@lotsen/api/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { openDatabase, type Database } from '@lotsen/storage';
import type { FastifyInstance } from 'fastify';
import { createApiClient } from './api/client.js';
import { buildWebApp } from './app.js';

/*
 * The real API over an in-memory database with the example term, listening on a free port, and the
 * web app calling it over HTTP through the generated client: nothing between them is faked.
 */

/** The day the tests' example term is seeded for, and the web app's clock. */
export const TODAY = new Date('2027-01-18T09:00:00.000Z');
export const CHAT_URL = 'http://127.0.0.1:3978/chat/';

/** The API and the web app of a test. */
export interface WebWorld {
  readonly api: FastifyInstance;
  readonly apiUrl: string;
  readonly web: FastifyInstance;
  readonly db: Database;
  close(): Promise<void>;
}

/** Starts the API (with the example term unless `example: false`) and the web app over it. */
export async function createWebWorld(options: { example?: boolean } = {}): Promise<WebWorld> {
  const db = await openDatabase({ dataDir: 'memory://' });
  if (options.example !== false) await seedExampleData(db, TODAY);
  const api = await buildApp({ db, catalogue: stockholmCatalogue(), now: () => TODAY });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const web = await buildWebApp({
    api: createApiClient({ baseUrl: apiUrl }),
    chatUrl: CHAT_URL,
    now: () => TODAY,
  });
  return {
    api,
    apiUrl,
    web,
    db,
    async close() {
      await web.close();
      await api.close();
      await db.close();
    },
  };
}
