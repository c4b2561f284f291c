import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT as REPO_ROOT } from '@lotsen/test-support';
import { freePort, startServer, type ServerProcess } from '@lotsen/test-support/servers';

/*
 * The live catalogue across instances, as a city runs it: two API processes and a bot process (the
 * real entry points) on one PostgreSQL database of this test's own. An edit through one API
 * instance is served by the other, and on the bot's cards, within 2 seconds.
 */

const BASE_URL = process.env.DATABASE_URL || undefined;
const ISSUER = 'https://login.live-catalogue.example';
const PROPAGATION_LIMIT_MS = 2000;

let database: string;
let databaseUrl: string;
let apis: ServerProcess[] = [];
let bot: ServerProcess | undefined;
let token: (claims: Record<string, unknown>) => Promise<string>;

/** Runs `run` on the shared server's `test` database (no migrations: only to make our own). */
async function admin<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({ url: BASE_URL, migrate: false, maxConnections: 1 });
  try {
    return await run(db);
  } finally {
    await db.close();
  }
}

/** Polls `check` until it holds; the time it took, in ms. */
async function timeUntil(check: () => Promise<boolean>, limitMs = 10_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await check()) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`Not served within ${limitMs} ms`);
}

/** What the bot's web chat answers a worried parent in Bredäng, as JSON text. */
async function botAnswer(url: string): Promise<string> {
  const started = await fetch(`${url}/v3/directline/conversations`, { method: 'POST' });
  const { conversationId, token: chatToken } = (await started.json()) as {
    conversationId: string;
    token: string;
  };
  const headers = { authorization: `Bearer ${chatToken}`, 'content-type': 'application/json' };
  await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      type: 'message',
      text: 'Hej, jag är orolig för min son som är 12. Hans pappa dricker mycket. Vi bor i Bredäng.',
      from: { id: 'parent' },
    }),
  });
  const read = await fetch(`${url}/v3/directline/conversations/${conversationId}/activities`, {
    headers,
  });
  return JSON.stringify(await read.json());
}

describe.skipIf(BASE_URL === undefined)('the live catalogue on PostgreSQL', () => {
  beforeAll(async () => {
    database = `lotsen_live_${randomBytes(4).toString('hex')}`;
    await admin((db) => db.driver.query(`CREATE DATABASE ${database}`));
    const url = new URL(BASE_URL!);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
    const pair = await generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'live', alg: 'ES256', use: 'sig' };
    token = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'live' })
        .setIssuer(ISSUER)
        .setAudience('lotsen-api')
        .setSubject(String(claims.sub))
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(pair.privateKey);
    // One after the other: the first seeds the catalogue, and two cold starts at once on two
    // cores take long.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      apis.push(
        await startServer(
          join(REPO_ROOT, 'apps/api/src/server.ts'),
          {
            DATABASE_URL: databaseUrl,
            PORT: String(port),
            HOST: '127.0.0.1',
            LOTSEN_JWT_ISSUER: ISSUER,
            LOTSEN_JWKS: JSON.stringify({ keys: [jwk] }),
            LOTSEN_RATE_LIMIT_SECRET: randomUUID() + randomUUID(),
            LOG_LEVEL: 'warn',
          },
          /Lotsen is running/,
          `http://127.0.0.1:${port}`,
        ),
      );
    }
    const botPort = await freePort();
    bot = await startServer(
      join(REPO_ROOT, 'apps/bot/src/index.ts'),
      {
        DATABASE_URL: databaseUrl,
        BOT_PORT: String(botPort),
        HOST: '127.0.0.1',
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
      },
      /Lotsen chat is running/,
      `http://127.0.0.1:${botPort}`,
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...apis.map((a) => a.stop()), bot?.stop()]);
    apis = [];
    if (database)
      await admin((db) => db.driver.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  }, 60_000);

  it('serves an edit made through one API instance on the other and on the bot within 2 s', async () => {
    const [writer, reader] = apis as [ServerProcess, ServerProcess];
    const farstaEditor = `Bearer ${await token({ sub: 'ed-farsta', role: 'district_editor', district_id: 'farsta' })}`;
    const erstaEditor = `Bearer ${await token({ sub: 'ed-ersta', role: 'provider_editor', provider_id: 'ersta-vandpunkten' })}`;

    // A district editor: contact and ages of a Farsta service.
    const edit = await fetch(`${writer.url}/v1/catalogue/services/farsta-humlan`, {
      method: 'PATCH',
      headers: {
        authorization: farstaEditor,
        'if-match': '"1"',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ contact: { phone: '08-508 18 000' }, ages: { min: 7, max: 12 } }),
    });
    expect(edit.status).toBe(200);
    const page = await timeUntil(async () => {
      const res = await fetch(`${reader.url}/v1/services/farsta-humlan`);
      const { service } = (await res.json()) as { service: { contact: { phone?: string } } };
      return service.contact.phone === '08-508 18 000';
    });
    const match = await timeUntil(async () => {
      const res = await fetch(`${reader.url}/v1/match`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          age: 10,
          districtId: 'farsta',
          needs: ['parental-substance-abuse'],
          limit: 200,
        }),
      });
      const { results } = (await res.json()) as {
        results: { serviceId: string; contact: { phone?: string } }[];
      };
      return results.some(
        (r) => r.serviceId === 'farsta-humlan' && r.contact.phone === '08-508 18 000',
      );
    });
    const hsds = await timeUntil(async () => {
      const res = await fetch(`${reader.url}/hsds/services/farsta-humlan`);
      return ((await res.json()) as { minimum_age?: number }).minimum_age === 7;
    });

    // A provider editor: the phone of the group the bot offers a parent in Bredäng.
    const before = await botAnswer(bot!.url);
    expect(before).toContain('Ersta Vändpunkten');
    expect(before).not.toContain('08-714 61 99');
    const card = await fetch(`${writer.url}/v1/catalogue/services/ersta-vandpunkten-barngrupper`, {
      method: 'PATCH',
      headers: {
        authorization: erstaEditor,
        'if-match': '"1"',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ contact: { phone: '08-714 61 99' } }),
    });
    expect(card.status).toBe(200);
    const onBot = await timeUntil(async () => (await botAnswer(bot!.url)).includes('08-714 61 99'));

    console.log(
      `live catalogue propagation (ms): service page ${page.toFixed(0)}, match ${match.toFixed(0)}, HSDS ${hsds.toFixed(0)}, bot card ${onBot.toFixed(0)}`,
    );
    for (const ms of [page, match, hsds, onBot]) expect(ms).toBeLessThan(PROPAGATION_LIMIT_MS);
  }, 120_000);
});
