import { createServer } from 'node:http';
import { createDevIdp } from './desk/dev-idp.js';
import { DEV_USERS } from './desk/dev-users.js';

// The development identity provider as its own process (`npm start` runs it for a newcomer). It
// refuses to start in production: its login accepts any password.
const env = process.env;
if (env.NODE_ENV === 'production') {
  console.error('The development identity provider never runs with NODE_ENV=production');
  process.exit(1);
}
const port = Number(env.LOTSEN_DEV_IDP_PORT ?? 3200);
const issuer = `http://127.0.0.1:${port}`;
const web = env.LOTSEN_WEB_URL ?? 'http://127.0.0.1:3100';
const provider = await createDevIdp({
  issuer,
  redirectUri: `${web}/desk/callback`,
  postLogoutRedirectUri: `${web}/desk`,
  audience: env.LOTSEN_JWT_AUDIENCE ?? 'lotsen-api',
});
const handle = provider.callback();
const server = createServer((request, response) => {
  void handle(request, response);
});
server.listen(port, '127.0.0.1', () => {
  console.log(
    `\nLotsen development identity provider: ${issuer} (any password)\n` +
      DEV_USERS.map((u) => `  ${u.login.padEnd(18)} ${u.role}`).join('\n') +
      '\n',
  );
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
