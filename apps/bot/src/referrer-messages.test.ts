import { buildApp } from '@lotsen/api/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { openDatabase, type Database } from '@lotsen/storage';
import { CloudAdapter } from 'botbuilder';
import { exportPKCS8, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LotsenBot } from './bot.js';
import { fakeConnector } from './fake-connector.test-support.js';
import { ConnectorReusingAuthentication } from './connector-reuse.js';
import { TEST_TENANT } from './fixture-drivers.test-support.js';
import { httpReferralGateway } from './referral-gateway.js';
import { createApiTokenSigner, type ApiTokenSigner } from './referral-gateway-token.js';
import {
  adapterSender,
  rememberReferrer,
  sendDueMessages,
  statusMessage,
} from './referrer-messages.js';
import { parseStaffDirectory, type StaffMember } from './staff-directory.js';
import { referFromSkarholmen, teamsChat } from './teams-chat.test-support.js';
import { databaseStateStore } from './state-store.js';

/*
 * The referrer hears back, tested against a fake Bot Connector: a real HTTP server on a local port
 * that records the REST calls botbuilder's CloudAdapter makes for a proactive message
 * (`POST /v3/conversations/{id}/activities`). The referral is made in a Teams chat through the real
 * API, moved by the coordinator through the API, and the messages go out as durable jobs.
 */

const BOT_ISSUER = 'https://lotsen-bot.test.example';
const AUDIENCE = 'lotsen-api';
const WORKER = 'a3c1e2d4-5b6f-4a7b-8c9d-0e1f2a3b4c5d';
const COORDINATOR = 'c5e3a4f6-7d8b-4c9d-8e1f-2a3b4c5d6e7f';

describe('status messages to the referrer in Teams', () => {
  let db: Database;
  let api: Awaited<ReturnType<typeof buildApp>>;
  let connector: Awaited<ReturnType<typeof fakeConnector>>;
  let signer: ApiTokenSigner;
  let bot: LotsenBot;
  let now = new Date('2026-03-02T09:00:00.000Z');
  const send = adapterSender(new CloudAdapter(new ConnectorReusingAuthentication({})), '');
  const coordinator: StaffMember = {
    tenantId: TEST_TENANT,
    entraObjectId: COORDINATOR,
    role: 'coordinator',
  };

  beforeAll(async () => {
    connector = await fakeConnector();
    db = await openDatabase({ dataDir: 'memory://' });
    const pair = await generateKeyPair('ES256', { extractable: true });
    signer = await createApiTokenSigner({
      privateKey: await exportPKCS8(pair.privateKey),
      issuer: BOT_ISSUER,
      audience: AUDIENCE,
    });
    api = await buildApp({
      db,
      now: () => now,
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
    const apiUrl = await api.listen({ port: 0, host: '127.0.0.1' });
    const directory = parseStaffDirectory({
      source: 'test',
      tenantId: TEST_TENANT,
      staff: [
        { entraObjectId: WORKER, role: 'district_social_worker', districtId: 'skarholmen' },
        { entraObjectId: COORDINATOR, role: 'coordinator' },
      ],
    });
    if (!directory.ok) throw directory.error;
    bot = new LotsenBot({
      catalogue: stockholmCatalogue(),
      store: databaseStateStore(db),
      clock: () => now,
      teamsTenants: [TEST_TENANT],
      referrals: httpReferralGateway({ apiUrl, directory: directory.value, signer }),
      onReferralMade: async (referralId, activity, staff, language) => {
        const remembered = await rememberReferrer(
          db,
          activity,
          staff,
          referralId,
          language,
          now.toISOString(),
        );
        if (!remembered.ok) throw remembered.error;
      },
    });
  }, 60_000);
  afterAll(async () => {
    await api?.close();
    await db?.close();
    await connector?.close();
  });

  /** The coordinator sends an event through the API, as the bot's signer signs for them. */
  async function coordinatorSends(referralId: string, event: Record<string, unknown>) {
    const res = await api.inject({
      method: 'POST',
      url: `/v1/referrals/${referralId}/events`,
      payload: event,
      headers: { authorization: `Bearer ${await signer.sign(coordinator)}` },
    });
    expect(res.statusCode, res.body).toBe(200);
  }

  let referralId = '';

  const sendNow = () =>
    sendDueMessages(db, now, { send, catalogue: stockholmCatalogue(), backoffMs: () => 60_000 });
  const texts = () => connector.calls.map((c) => c.body.text ?? '');

  it('sends accepted and waitlisted with the place, in the chat language, by reference only', async () => {
    const chat = teamsChat(bot, WORKER, 'sv-SE', connector.url);
    await referFromSkarholmen(chat);
    const { rows } = await db.driver.query<{ id: string }>('SELECT id FROM referrals');
    expect(rows).toHaveLength(1);
    referralId = rows[0]!.id;
    const remembered = await db.referrers.conversationOf(referralId);
    expect(remembered.ok && remembered.value).toMatchObject({ locale: 'sv', muted: false });

    await coordinatorSends(referralId, { type: 'ACCEPT' });
    await coordinatorSends(referralId, { type: 'WAITLIST' });
    expect((await sendNow()).ok).toBe(true);
    // A reply in the conversation the referral came from (to the message that confirmed it).
    const conversation =
      remembered.ok && remembered.value
        ? (remembered.value.reference as { conversation: { id: string } }).conversation.id
        : '?';
    expect(connector.calls.map((c) => c.method)).toEqual(['POST', 'POST']);
    for (const call of connector.calls) {
      expect(call.url).toMatch(new RegExp(`^/v3/conversations/${conversation}/activities/[^/]+$`));
      expect(call.body).toMatchObject({ type: 'message', conversation: { id: conversation } });
    }
    expect(texts()[0]).toMatch(/^Lotsen: .+ \(.+\) är antagen\.$/);
    expect(texts()[1]).toMatch(/står i kö, plats 1 av 1\.$/);
    // By reference only: the pseudonym and the service, nothing else about the child.
    const referral = await db.referrals.get(referralId);
    const pseudonym = referral.ok ? referral.value.child.pseudonym : '?';
    expect(texts().every((t) => t.includes(pseudonym))).toBe(true);
    expect(texts().join(' ')).not.toMatch(/\b10\b|skarholmen|pappa/i);

    // Sending again sends nothing: each message went out once.
    expect((await sendNow()).ok && connector.calls).toHaveLength(2);
    // The loop is closed: the equity report counts this referral's referrer as told.
    const facts = await db.reports.referralFacts();
    expect(facts.ok && facts.value.find((f) => f.id === referralId)).toMatchObject({
      fromTeams: true,
      referrerToldAt: now.toISOString(),
    });
  }, 120_000);

  it('retries a message Teams does not take, with backoff, then lists it for the coordinator', async () => {
    // The conversation is gone (404). (A 503 is also retried inside botbuilder's HTTP client first.)
    connector.answer(404);
    const before = connector.calls.length;
    await coordinatorSends(referralId, { type: 'DECLINE', reason: 'no_capacity' });
    for (let i = 0; i < 8; i++) {
      await sendNow();
      // Each retry waits for its backoff (60 s here): one attempt per minute.
      now = new Date(now.getTime() + 61_000);
    }
    const attempts = connector.calls.slice(before);
    expect(attempts).toHaveLength(6);
    expect(attempts[0]!.body.text).toMatch(/fick avslag: Ingen plats\.$/);
    const failed = await db.jobs.list({ kindPrefix: 'notify.', state: ['failed'] });
    expect(failed.ok && failed.value.map((j) => [j.referralId, j.attempts])).toEqual([
      [referralId, 6],
    ]);
    const tasks = await db.tasks.list({ kind: ['undelivered_message'] });
    expect(tasks.ok && tasks.value).toMatchObject([{ referralId, assigneeRole: 'coordinator' }]);
    connector.answer(200);
  }, 120_000);

  it('sends nothing to a staff member who turned the messages off', async () => {
    const chat = teamsChat(bot, WORKER, 'sv-SE', connector.url);
    await referFromSkarholmen(chat);
    const { rows } = await db.driver.query<{ id: string }>(
      'SELECT id FROM referrals WHERE id <> $1',
      [referralId],
    );
    const res = await api.inject({
      method: 'PUT',
      url: '/v1/me/referral-messages',
      payload: { muted: true },
      headers: {
        authorization: `Bearer ${await signer.sign({ tenantId: TEST_TENANT, entraObjectId: WORKER, role: 'district_social_worker', districtId: 'skarholmen' })}`,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const before = connector.calls.length;
    await coordinatorSends(rows[0]!.id, { type: 'ACCEPT' });
    expect((await sendNow()).ok).toBe(true);
    expect(connector.calls.length).toBe(before);
    const done = await db.jobs.list({ referralId: rows[0]!.id, kindPrefix: 'notify.' });
    expect(done.ok && done.value.map((j) => j.state)).toEqual(['done']);
    // Nothing reached the referrer: the loop is not counted as closed.
    const facts = await db.reports.referralFacts();
    expect(facts.ok && facts.value.find((f) => f.id === rows[0]!.id)).toMatchObject({
      fromTeams: true,
      referrerToldAt: null,
    });
  }, 60_000);
});

describe('the status message', () => {
  const referral = { child: { pseudonym: 'SK-0042' }, serviceId: 'ersta' } as Parameters<
    typeof statusMessage
  >[0];
  const change = (fromStatus: string, toStatus: string, extra: Record<string, unknown> = {}) =>
    ({ fromStatus, toStatus, ...extra }) as Parameters<typeof statusMessage>[1];

  it('says offered with the reply date, enrolled, completed and a follow-up due, in English too', () => {
    const msg = (c: Parameters<typeof statusMessage>[1]) =>
      statusMessage(referral, c, 'en', { serviceName: 'Ersta groups' });
    expect(
      msg(change('waitlisted', 'offered', { details: { replyBy: '2026-03-20T12:00:00.000Z' } })),
    ).toBe('Lotsen: SK-0042 (Ersta groups) has been offered a seat. Reply by 20 March.');
    expect(msg(change('offered', 'enrolled'))).toBe(
      'Lotsen: SK-0042 (Ersta groups) has started the group.',
    );
    expect(msg(change('enrolled', 'completed'))).toBe(
      'Lotsen: SK-0042 (Ersta groups) has completed the group.',
    );
    expect(msg(change('completed', 'completed', { reason: 'FOLLOW_UP_DUE' }))).toBe(
      'Lotsen: the three-month follow-up for SK-0042 (Ersta groups) is due now.',
    );
    // A check-in is not news for the referrer.
    expect(
      msg(change('waitlisted', 'waitlisted', { reason: 'WAITLIST_CHECK_IN' })),
    ).toBeUndefined();
  });
});
