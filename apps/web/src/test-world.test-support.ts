import { createServer, type Server } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { buildApp, seedExampleData } from '@lotsen/api/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { openDatabase, type Database } from '@lotsen/storage';
import type { FastifyInstance } from 'fastify';
import { createApiClient } from './api/client.js';
import { buildWebApp } from './app.js';
import { API_RESOURCE, DESK_CLIENT_ID, createDevIdp } from './desk/dev-idp.js';
import { createSealer } from './desk/session.js';

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
  /** Where the web app listens, when started with `listen` (the desk needs it for its callback). */
  readonly webUrl: string;
  close(): Promise<void>;
}

/** A free port on 127.0.0.1 (the desk's callback URL must be known before the app is built). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the API (with the example term unless `example: false`) and the web app over it. With
 * `desk`, also the development identity provider, which the API trusts, and the web app listening
 * (its login needs a real callback address).
 */
export async function createWebWorld(
  options: { example?: boolean; desk?: boolean } = {},
): Promise<WebWorld> {
  const db = await openDatabase({ dataDir: 'memory://' });
  if (options.example !== false) await seedExampleData(db, TODAY);
  let idp: Server | undefined;
  let issuer = '';
  const webPort = await freePort();
  const webUrl = `http://127.0.0.1:${webPort}`;
  if (options.desk) {
    const idpPort = await freePort();
    issuer = `http://127.0.0.1:${idpPort}`;
    const provider = await createDevIdp({
      issuer,
      redirectUri: `${webUrl}/desk/callback`,
      postLogoutRedirectUri: `${webUrl}/desk`,
      audience: 'lotsen-api',
    });
    const handle = provider.callback();
    const server = createServer((request, response) => {
      void handle(request, response);
    });
    idp = server;
    await new Promise<void>((resolve) => server.listen(idpPort, '127.0.0.1', resolve));
  }
  // The API's clock is the real one when tokens are involved: they are issued now.
  const api = await buildApp({
    db,
    catalogue: stockholmCatalogue(),
    ...(options.desk
      ? { auth: { issuer, audience: 'lotsen-api', jwksUrl: `${issuer}/jwks` } }
      : { now: () => TODAY }),
  });
  await api.listen({ port: 0, host: '127.0.0.1' });
  const apiUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
  const web = await buildWebApp({
    api: createApiClient({ baseUrl: apiUrl }),
    chatUrl: CHAT_URL,
    now: () => TODAY,
    fastify: { logger: false },
    ...(options.desk
      ? {
          desk: {
            oidc: {
              issuer,
              clientId: DESK_CLIENT_ID,
              redirectUri: `${webUrl}/desk/callback`,
              scope: 'openid profile api',
              resource: API_RESOURCE,
              allowHttp: true,
            },
            sealer: createSealer('a-test-secret-that-is-long-enough-for-aes'),
          },
        }
      : {}),
  });
  if (options.desk) await web.listen({ port: webPort, host: '127.0.0.1' });
  return {
    api,
    apiUrl,
    web,
    db,
    webUrl,
    async close() {
      await web.close();
      await api.close();
      await new Promise<void>((resolve) => (idp ? idp.close(() => resolve()) : resolve()));
      await db.close();
    },
  };
}
