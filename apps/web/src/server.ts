import { randomBytes } from 'node:crypto';
import { createApiClient } from './api/client.js';
import { buildWebApp } from './app.js';
import { DEV_USERS } from './desk/dev-users.js';
import { createSealer } from './desk/session.js';

// The only file that reads the environment and listens.
const env = process.env;
const port = Number(env.WEB_PORT ?? 3100);
const host = env.HOST ?? '127.0.0.1';
const apiUrl = env.LOTSEN_API_URL ?? 'http://127.0.0.1:3000';
const chatUrl = env.LOTSEN_CHAT_URL ?? 'http://127.0.0.1:3978/chat/';
const publicUrl = env.LOTSEN_WEB_URL ?? `http://127.0.0.1:${port}`;

/**
 * The desk's login: `LOTSEN_OIDC_ISSUER` and `LOTSEN_OIDC_CLIENT_ID` (the city's provider, or the
 * development one `npm start` runs), `LOTSEN_OIDC_RESOURCE` when the provider wants the API named
 * as a resource, `LOTSEN_WEB_SESSION_SECRET` (the same on every web instance; without it, a random
 * one, so sessions end when the process does). Without an issuer, only the public pages are served.
 */
function deskFromEnv() {
  const issuer = env.LOTSEN_OIDC_ISSUER;
  if (!issuer) return undefined;
  const development = env.LOTSEN_DEV_IDP === '1' && env.NODE_ENV !== 'production';
  return {
    oidc: {
      issuer,
      clientId: env.LOTSEN_OIDC_CLIENT_ID ?? 'lotsen-desk',
      redirectUri: `${publicUrl}/desk/callback`,
      scope: env.LOTSEN_OIDC_SCOPE ?? 'openid profile api',
      ...(env.LOTSEN_OIDC_RESOURCE ? { resource: env.LOTSEN_OIDC_RESOURCE } : {}),
      allowHttp: development,
    },
    sealer: createSealer(env.LOTSEN_WEB_SESSION_SECRET ?? randomBytes(32).toString('base64url')),
    ...(development ? { devLogins: DEV_USERS.map((u) => ({ login: u.login, role: u.role })) } : {}),
  };
}

const desk = deskFromEnv();
const app = await buildWebApp({
  api: createApiClient({ baseUrl: apiUrl }),
  chatUrl,
  fastify: { logger: { level: env.LOG_LEVEL ?? 'info' } },
  ...(desk ? { desk } : {}),
});

try {
  await app.listen({ port, host });
  console.log(
    `\nLotsen web: ${publicUrl}\n  groups page: ${publicUrl}/grupper (English: ${publicUrl}/en/groups)\n` +
      (desk ? `  desk:        ${publicUrl}/desk\n` : '  desk: off (set LOTSEN_OIDC_ISSUER)\n'),
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
