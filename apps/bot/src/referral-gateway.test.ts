import { randomBytes, randomUUID } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { buildApp } from '@lotsen/api/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { REFERRAL_STATUS_LABELS } from '@lotsen/domain';
import { openDatabase, type Database } from '@lotsen/storage';
import { TestAdapter, type Activity } from 'botbuilder';
import { exportPKCS8, generateKeyPair } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotsenBot } from './bot.js';
import { activityToFixtureReply, TEST_TENANT } from './fixture-drivers.test-support.js';
import {
  httpReferralGateway,
  referralRequestIdentity,
  type ReferralGateway,
} from './referral-gateway.js';
import {
  createApiTokenSigner,
  staffSubject,
  type ApiTokenSigner,
} from './referral-gateway-token.js';
import { parseStaffDirectory, type StaffDirectory } from './staff-directory.js';
import { databaseStateStore } from './state-store.js';

/*
 * The staff flow in Teams against the real Lotsen API, listening on a local port in this process
 * and sharing the database with the bot, as in production. The API trusts the bot's issuer with a
 * key pair made here; the bot signs for the staff member in the chat.
 */

const BOT_ISSUER = 'https://lotsen-bot.test.example';
const AUDIENCE = 'lotsen-api';
/** Staff of the directory: two district social workers and a coordinator. */
const SKARHOLMEN_WORKER = 'a3c1e2d4-5b6f-4a7b-8c9d-0e1f2a3b4c5d';
const FARSTA_WORKER = 'b4d2f3e5-6c7a-4b8c-9d0e-1f2a3b4c5d6e';
const COORDINATOR = 'c5e3a4f6-7d8b-4c9d-8e1f-2a3b4c5d6e7f';
/** A Teams user of the city's tenant who is not Lotsen staff. */
const OUTSIDER = 'd6f4b5a7-8e9c-4d0e-9f2a-3b4c5d6e7f80';

const SERVICE = 'ersta-vandpunkten-barngrupper';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type Reply = ReturnType<typeof activityToFixtureReply>;
let conversations = 0;

/** A Teams chat with the bot, as one user sees it: what they type or press, what comes back. */
function teamsChat(bot: LotsenBot, aadObjectId?: string, locale = 'sv-SE') {
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    locale,
    from: {
      id: `29:teams-${conversations}`,
      name: 'staff',
      ...(aadObjectId ? { aadObjectId } : {}),
    },
    conversation: {
      id: `referral-chat-${++conversations}`,
      isGroup: false,
      conversationType: 'personal',
      name: 'chat',
      tenantId: TEST_TENANT,
    },
  });
  let last: Partial<Activity>[] = [];
  const exchange = async (activity: Partial<Activity>) => {
    await adapter.send(activity);
    last = [];
    while (adapter.activeQueue.length > 0) last.push(adapter.activeQueue.shift()!);
    return last;
  };
  return {
    get activities() {
      return last;
    },
    get replies(): Reply[] {
      return last.map(activityToFixtureReply);
    },
    get text() {
      return last
        .map(activityToFixtureReply)
        .map((r) => r.text)
        .join('\n');
    },
    say: (text: string) => exchange({ type: 'message', text }),
    /** Another staff member writing in the same conversation (a Teams channel thread). */
    async sayAs(text: string, colleague: string) {
      // The adapter's template wins over an activity's own sender, so the colleague goes there.
      const own = adapter.template.from!;
      adapter.template.from = {
        id: `29:teams-${colleague}`,
        name: 'colleague',
        aadObjectId: colleague,
      };
      try {
        return await exchange({ type: 'message', text });
      } finally {
        adapter.template.from = own;
      }
    },
    /** Presses a suggested action (sent back as its title) or a card's button (its value). */
    async press(title: string, onCard?: string) {
      const replies = last.map(activityToFixtureReply);
      if (!onCard && replies.some((r) => r.suggestions.some((s) => s.title === title)))
        return exchange({ type: 'message', text: title });
      const button = replies
        .filter((r) => onCard === undefined || r.title?.includes(onCard))
        .flatMap((r) => r.buttons)
        .find((b) => b.title === title);
      if (!button?.action) throw new Error(`No button "${title}" in: ${JSON.stringify(replies)}`);
      return exchange({ type: 'message', value: { lotsenAction: button.action } });
    },
  };
}

/** A staff member's way from a search to a confirmed referral of a 10-year-old in Skärholmen. */
async function referFromSkarholmen(chat: ReturnType<typeof teamsChat>) {
  await chat.say('Var kan jag remittera en 10-åring i Skärholmen vars pappa dricker?');
  await chat.press('Spelar ingen roll');
  await chat.press('Starta remiss', 'Barngrupper vid Ersta Vändpunkten');
  await chat.press('Vårdnadshavarna');
  expect(chat.text).toContain('Remissutkast');
  await chat.press('Skicka remissen');
}

async function referralCount(db: Database): Promise<number> {
  const { rows } = await db.driver.query<{ n: number }>('SELECT count(*)::int AS n FROM referrals');
  return rows[0]!.n;
}

/** A port nothing listens on: the API is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const url = process.env.DATABASE_URL;
const engines = [
  { name: 'PGlite', available: true, url: undefined },
  { name: 'PostgreSQL', available: Boolean(url), url },
];

describe.each(engines)('staff referrals from Teams through the Lotsen API on $name', (engine) => {
  describe.skipIf(!engine.available)('', () => {
    const schema = `bot_referrals_${randomBytes(4).toString('hex')}`;
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    let db: Database;
    let api: Awaited<ReturnType<typeof buildApp>>;
    let apiUrl: string;
    let signer: ApiTokenSigner;
    let directory: StaffDirectory;
    let gateway: ReferralGateway;
    let bot: LotsenBot;
    const botWith = (referrals: ReferralGateway | undefined) =>
      new LotsenBot({
        catalogue: stockholmCatalogue(),
        store: databaseStateStore(db),
        clock: () => now,
        teamsTenants: [TEST_TENANT],
        ...(referrals ? { referrals } : {}),
      });

    beforeAll(async () => {
      db = engine.url
        ? await openDatabase({ url: engine.url, schema })
        : await openDatabase({ dataDir: 'memory://' });
      // The key as the bot's environment holds it: a PKCS8 PEM.
      const pair = await generateKeyPair('ES256', { extractable: true });
      signer = await createApiTokenSigner({
        privateKey: await exportPKCS8(pair.privateKey),
        issuer: BOT_ISSUER,
        audience: AUDIENCE,
      });
      api = await buildApp({
        db,
        auth: {
          issuer: 'https://login.stockholm.example',
          audience: AUDIENCE,
          trustedIssuers: [
            {
              issuer: BOT_ISSUER,
              jwks: { keys: [signer.publicJwk] },
              roles: ['district_social_worker', 'coordinator'],
              maxTokenLifetimeSeconds: 120,
            },
          ],
        },
      });
      apiUrl = await api.listen({ port: 0, host: '127.0.0.1' });
      const parsed = parseStaffDirectory({
        source: 'test',
        tenantId: TEST_TENANT,
        staff: [
          {
            entraObjectId: SKARHOLMEN_WORKER,
            role: 'district_social_worker',
            districtId: 'skarholmen',
          },
          { entraObjectId: FARSTA_WORKER, role: 'district_social_worker', districtId: 'farsta' },
          { entraObjectId: COORDINATOR, role: 'coordinator' },
        ],
      });
      if (!parsed.ok) throw parsed.error;
      directory = parsed.value;
      gateway = httpReferralGateway({ apiUrl, directory, signer });
      bot = botWith(gateway);
    }, 60_000);
    afterAll(async () => {
      await api?.close();
      await db?.close();
      if (engine.url) {
        const client = new pg.Client({ connectionString: engine.url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    });

    let referralId: string;

    it('registers the referral a social worker confirms in the chat, with no name', async () => {
      const before = await referralCount(db);
      const chat = teamsChat(bot, SKARHOLMEN_WORKER);
      await referFromSkarholmen(chat);
      expect(chat.text).toContain('Jag skickar remissen till Lotsen');
      const created = chat.text.match(
        /registrerad i Lotsen med referensnummer ([0-9a-f]{8})\. Spara hela numret för att kolla status senare: (\S+)/,
      );
      expect(created, chat.text).not.toBeNull();
      referralId = created![2]!;
      expect(referralId).toMatch(UUID);
      expect(created![1]).toBe(referralId.slice(0, 8));
      // The core's suggested actions ride on the last reply, where Teams shows them.
      expect(chat.replies.at(-1)!.suggestions.map((s) => s.title)).toEqual([
        'Ny sökning',
        'Kolla en remiss',
      ]);
      expect(chat.activities.slice(0, -1).some((a) => a.suggestedActions)).toBe(false);

      expect(await referralCount(db)).toBe(before + 1);
      const stored = await db.referrals.get(referralId);
      if (!stored.ok) throw stored.error;
      expect(stored.value.status).toBe('submitted');
      const { child, needs, serviceId, consent } = stored.value;
      expect({ child, needs, serviceId, consent }).toEqual({
        child: {
          pseudonym: expect.stringMatching(/^chat-[A-Z]{16}$/),
          age: 10,
          districtId: 'skarholmen',
          languages: [],
        },
        needs: ['parental-substance-abuse'],
        serviceId: SERVICE,
        consent: { givenBy: 'guardians', scope: 'referral', recordedOn: today },
      });
      // Who acted is the pseudonymous subject the bot vouched for, in the worker's role; the raw
      // Entra id is nowhere in the referral's rows.
      const events = await db.referrals.events(referralId);
      if (!events.ok) throw events.error;
      expect(events.value.map((e) => [e.actorId, e.role])).toEqual([
        [
          staffSubject({ tenantId: TEST_TENANT, entraObjectId: SKARHOLMEN_WORKER }),
          'district_social_worker',
        ],
      ]);
      const { rows } = await db.driver.query<{ row: string }>(
        `SELECT r::text AS row FROM referrals r WHERE id = $1
         UNION ALL SELECT e::text FROM referral_events e WHERE referral_id = $1`,
        [referralId],
      );
      for (const { row } of rows) {
        expect(row).not.toContain(SKARHOLMEN_WORKER);
        expect(row).not.toMatch(/"(name|firstName|lastName|personnummer)"/);
      }
    });

    it("answers the referral's status in the chat", async () => {
      const chat = teamsChat(bot, SKARHOLMEN_WORKER);
      await chat.say('Kolla status på en remiss');
      expect(chat.text).toContain('Vilket referensnummer har remissen?');
      await chat.say(referralId);
      expect(chat.text).toContain(`Jag kollar status för remiss ${referralId.slice(0, 8)}`);
      expect(chat.text).toContain(
        `Remiss ${referralId.slice(0, 8)}: ${REFERRAL_STATUS_LABELS.submitted.sv}.`,
      );
      // The coordinator sees every district's referrals, in English here.
      const coordinator = teamsChat(bot, COORDINATOR, 'en-US');
      await coordinator.say(`status of referral ${referralId}`);
      expect(coordinator.text).toContain(
        `Referral ${referralId.slice(0, 8)}: ${REFERRAL_STATUS_LABELS.submitted.en}.`,
      );
    });

    it("does not show another district's referral, nor let a worker refer a child there", async () => {
      const farsta = teamsChat(bot, FARSTA_WORKER);
      await farsta.say(`status för remiss ${referralId}`);
      expect(farsta.text).toContain(
        `Jag hittar ingen remiss ${referralId.slice(0, 8)} som du har behörighet att se`,
      );
      expect(farsta.text).not.toContain(REFERRAL_STATUS_LABELS.submitted.sv);

      const before = await referralCount(db);
      await referFromSkarholmen(farsta);
      expect(farsta.text).toContain('Du kan bara remittera barn i din egen stadsdel');
      expect(farsta.text).not.toMatch(UUID);
      expect(await referralCount(db)).toBe(before);
    });

    it('tells a Teams user outside the staff directory so, and sends nothing', async () => {
      const before = await referralCount(db);
      const outsider = teamsChat(bot, OUTSIDER);
      await referFromSkarholmen(outsider);
      expect(outsider.text).toContain(
        'Remissen har inte skickats: du är inte registrerad som personal i Lotsen. Be samordningsteamet att lägga till dig.',
      );
      expect(await referralCount(db)).toBe(before);
      await outsider.say(`status för remiss ${referralId}`);
      expect(outsider.text).toContain('du är inte registrerad som personal i Lotsen');
      expect(outsider.text).not.toContain(REFERRAL_STATUS_LABELS.submitted.sv);

      // In English, and also when Teams sends no Entra object id at all.
      const anonymous = teamsChat(bot, undefined, 'en-US');
      await anonymous.say(`status of referral ${referralId}`);
      expect(anonymous.text).toContain('you are not registered as Lotsen staff');
    });

    it('answers clearly when the API is down, and the chat goes on', async () => {
      const down = botWith(
        httpReferralGateway({
          apiUrl: `http://127.0.0.1:${await closedPort()}`,
          directory,
          signer,
        }),
      );
      const chat = teamsChat(down, SKARHOLMEN_WORKER);
      await referFromSkarholmen(chat);
      expect(chat.text).toContain(
        'Remissen kunde inte skickas: Lotsen svarar inte just nu. Inget har registrerats',
      );
      await chat.say(`status för remiss ${referralId}`);
      expect(chat.text).toContain('Jag når inte Lotsen just nu, så jag kan inte visa status');
      await chat.say('hjälp');
      expect(chat.text).toContain('automatisk guide');
    });

    it('says it cannot tell whether a referral was registered when the API does not answer in time', async () => {
      // A server that accepts the connection and never answers.
      const silent: Server = createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = silent.address() as AddressInfo;
        const slow = botWith(
          httpReferralGateway({
            apiUrl: `http://127.0.0.1:${port}`,
            directory,
            signer,
            timeoutMs: 300,
          }),
        );
        const chat = teamsChat(slow, SKARHOLMEN_WORKER);
        await referFromSkarholmen(chat);
        expect(chat.text).toContain('vet inte om remissen registrerades');
        expect(chat.text).not.toContain('Inget har registrerats');
      } finally {
        silent.close();
      }
    });

    it('sends a referral again after the answer was lost, and the API registers it once', async () => {
      // A proxy in front of the API that lets the first referral through and then breaks the
      // connection instead of answering: the referral is stored, the bot never hears of it.
      let dropped = 0;
      const proxy = createHttpServer((request, response) => {
        const target = new URL(request.url ?? '/', apiUrl);
        const upstream = httpRequest(
          target,
          { method: request.method, headers: request.headers },
          (answer) => {
            const chunks: Buffer[] = [];
            answer.on('data', (chunk: Buffer) => chunks.push(chunk));
            answer.on('end', () => {
              if (request.method === 'POST' && dropped++ === 0) {
                request.socket.destroy();
                return;
              }
              response.writeHead(answer.statusCode ?? 502, answer.headers);
              response.end(Buffer.concat(chunks));
            });
          },
        );
        request.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      try {
        const { port } = proxy.address() as AddressInfo;
        const lossy = botWith(
          httpReferralGateway({ apiUrl: `http://127.0.0.1:${port}`, directory, signer }),
        );
        const before = await referralCount(db);
        const chat = teamsChat(lossy, SKARHOLMEN_WORKER);
        await referFromSkarholmen(chat);
        expect(chat.text).toContain('vet inte om remissen registrerades');
        expect(await referralCount(db)).toBe(before + 1);
        // The answer's own suggestion first, then the core's.
        expect(chat.replies.at(-1)!.suggestions.map((s) => s.title)).toEqual([
          'Försök igen',
          'Ny sökning',
          'Kolla en remiss',
        ]);
        // A colleague in the same conversation cannot: the API would count it as a new request.
        await chat.sayAs('Försök igen', COORDINATOR);
        expect(chat.text).toContain('Bara den som skickade remissen kan skicka den igen');
        expect(dropped).toBe(1);
        await chat.say('Försök igen');
        expect(chat.text).toContain('Jag skickar remissen till Lotsen igen');
        const created = chat.text.match(/Spara hela numret för att kolla status senare: (\S+)/);
        expect(created, chat.text).not.toBeNull();
        expect(await referralCount(db)).toBe(before + 1);
        const stored = await db.referrals.get(created![1]!);
        expect(stored.ok && stored.value.serviceId).toBe(SERVICE);
        // Typed, a while later, it is still the same referral.
        await chat.say('skicka igen');
        expect(chat.text).toContain(created![1]!);
        expect(await referralCount(db)).toBe(before + 1);
        expect(dropped).toBe(3);
      } finally {
        proxy.closeAllConnections();
        await new Promise((resolve) => proxy.close(resolve));
      }
    });

    it('is refused by an API that does not trust the bot, and says nothing was registered', async () => {
      const untrusting = await buildApp({
        db,
        auth: { issuer: 'https://login.stockholm.example', audience: AUDIENCE, jwks: { keys: [] } },
      });
      try {
        const before = await referralCount(db);
        const chat = teamsChat(
          botWith(
            httpReferralGateway({
              apiUrl: await untrusting.listen({ port: 0, host: '127.0.0.1' }),
              directory,
              signer,
            }),
          ),
          SKARHOLMEN_WORKER,
        );
        await referFromSkarholmen(chat);
        expect(chat.text).toContain('Lotsen tog inte emot remissen, och inget har registrerats');
        expect(await referralCount(db)).toBe(before);
      } finally {
        await untrusting.close();
      }
    });

    it('says referrals are not connected where the bot has no API, never that one was sent', async () => {
      const chat = teamsChat(botWith(undefined), SKARHOLMEN_WORKER);
      await referFromSkarholmen(chat);
      expect(chat.text).toContain(
        'Remissen har inte skickats: remisser är inte anslutna i den här installationen av Lotsen',
      );
      expect(chat.text).not.toMatch(/registrerad i Lotsen|lämnat över|Klart/);
      await chat.say(`status för remiss ${randomUUID()}`);
      expect(chat.text).toContain('Jag kan inte slå upp remisser');
    });

    it('registers a confirmation once, however often it is sent, and another one anew', async () => {
      const worker = { tenantId: TEST_TENANT, entraObjectId: SKARHOLMEN_WORKER };
      const draft = {
        serviceId: SERVICE,
        needs: ['parental-substance-abuse'],
        child: { age: 10, districtId: 'skarholmen', languages: [] },
        consent: { givenBy: 'guardians' as const, scope: 'referral' as const, recordedOn: today },
      };
      const before = await referralCount(db);
      const confirmation = `msteams\n${randomUUID()}\nmessage-1`;
      // The Bot Connector delivering the same message again, to this process or another one.
      const first = await gateway.createReferral(draft, worker, confirmation);
      const again = await gateway.createReferral(draft, worker, confirmation);
      expect(first.ok && again.ok).toBe(true);
      if (!first.ok || !again.ok) return;
      expect(again.value.referralId).toBe(first.value.referralId);
      expect([first.value.replayed, again.value.replayed]).toEqual([false, true]);
      expect(await referralCount(db)).toBe(before + 1);
      const next = await gateway.createReferral(draft, worker, `${confirmation}-next`);
      expect(next.ok && next.value.referralId).not.toBe(first.value.referralId);
      expect(await referralCount(db)).toBe(before + 2);
    });

    it('gives the gateway’s own answers: a status, not found, not registered', async () => {
      const worker = { tenantId: TEST_TENANT, entraObjectId: SKARHOLMEN_WORKER.toUpperCase() };
      expect(await gateway.referralStatus(referralId, worker)).toEqual({
        ok: true,
        value: 'submitted',
      });
      expect(await gateway.referralStatus(randomUUID(), worker)).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', status: 404 },
      });
      expect(
        await gateway.referralStatus(referralId, {
          tenantId: TEST_TENANT,
          entraObjectId: OUTSIDER,
        }),
      ).toEqual({ ok: false, error: { code: 'NOT_REGISTERED' } });
      // The directory is one tenant's: the same object id in another tenant is nobody.
      expect(
        await gateway.referralStatus(referralId, {
          tenantId: '00000000-0000-4000-8000-000000000099',
          entraObjectId: SKARHOLMEN_WORKER,
        }),
      ).toEqual({ ok: false, error: { code: 'NOT_REGISTERED' } });
    });
  });
});

describe('referralRequestIdentity', () => {
  it('gives one confirmation the same key and pseudonym every time, and another confirmation others', () => {
    const a = referralRequestIdentity('msteams\nconv-1\nmsg-1');
    expect(referralRequestIdentity('msteams\nconv-1\nmsg-1')).toEqual(a);
    expect(a.idempotencyKey).toMatch(/^[0-9a-f]{64}$/);
    expect(a.pseudonym).toMatch(/^chat-[A-Z]{16}$/);
    const b = referralRequestIdentity('msteams\nconv-1\nmsg-2');
    expect(b.idempotencyKey).not.toBe(a.idempotencyKey);
    expect(b.pseudonym).not.toBe(a.pseudonym);
    // Letters only: a pseudonym can never look like a personal identity number.
    expect(a.pseudonym).not.toMatch(/[0-9IO]/);
  });
});
