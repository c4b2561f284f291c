import type { Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotApp } from './app.js';
import { TEST_TENANT, startBotProcess, testDatabase } from './fixture-drivers.test-support.js';

let db: Database;
let app: Awaited<ReturnType<typeof buildBotApp>>;

beforeAll(async () => {
  db = await testDatabase();
  app = await buildBotApp({ db, teamsTenants: [TEST_TENANT] });
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const teamsActivity = (tenant: string, text: string, conversation = `teams-${tenant}`) => ({
  type: 'message',
  id: 'a1',
  text,
  channelId: 'msteams',
  serviceUrl: 'https://smba.example.invalid/',
  deliveryMode: 'expectReplies',
  from: { id: 'staff-1', name: 'staff' },
  recipient: { id: 'lotsen', name: 'Lotsen' },
  conversation: { id: conversation, tenantId: tenant },
  channelData: { tenant: { id: tenant } },
});

describe('POST /api/messages', () => {
  it('answers staff from an allowed tenant, and refuses other tenants', async () => {
    const ok = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: teamsActivity(TEST_TENANT, 'hjälp'),
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().activities.length).toBeGreaterThan(0);
    const other = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: teamsActivity('00000000-0000-4000-8000-000000000099', 'hjälp'),
    });
    expect(other.json().activities.map((a: { text?: string }) => a.text)).toEqual([
      'Lotsen är bara öppen för Stockholms stads personal. / Lotsen is only open to City of Stockholm staff.',
    ]);
  });

  it('offers at most three suggested actions and renders cards as Adaptive Cards 1.5 with Action.Submit', async () => {
    const send = (text: string) =>
      app.inject({
        method: 'POST',
        url: '/api/messages',
        payload: teamsActivity(TEST_TENANT, text, 'teams-cards'),
      });
    const asked = await send('Var kan jag remittera en 10-åring i Skärholmen vars pappa dricker?');
    // The bot asks for the family's language, with suggested actions; any answer gives the results.
    for (const a of asked.json().activities)
      expect(a.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
    const res = await send('Spelar ingen roll');
    const activities = res.json().activities as {
      suggestedActions?: { actions: unknown[] };
      attachments?: {
        contentType: string;
        content: { version: string; actions: { type: string }[] };
      }[];
    }[];
    for (const a of activities)
      expect(a.suggestedActions?.actions.length ?? 0).toBeLessThanOrEqual(3);
    const cards = activities.flatMap((a) => a.attachments ?? []);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(card.content.version).toBe('1.5');
      for (const action of card.content.actions)
        expect(['Action.Submit', 'Action.OpenUrl']).toContain(action.type);
    }
  });

  it('answers 400, not 500, for an activity without a type', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: { text: 'hej' },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('POST /api/messages with a Teams app registration', () => {
  it('refuses activities without a Bot Connector token (401) or with a forged one, and runs no turn', async () => {
    const registered = await buildBotApp({
      db,
      teams: {
        appId: '11111111-2222-4333-8444-555555555555',
        tenantId: TEST_TENANT,
        appPassword: 'x',
      },
    });
    try {
      const payload = teamsActivity(TEST_TENANT, 'hjälp', 'teams-unauthenticated');
      const missing = await registered.inject({ method: 'POST', url: '/api/messages', payload });
      expect(missing.statusCode).toBe(401);
      expect(missing.json()).toMatchObject({ status: 401 });
      const forged = await registered.inject({
        method: 'POST',
        url: '/api/messages',
        payload,
        headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      });
      expect(forged.statusCode).toBe(401);
      // Nothing about the conversation was stored.
      const stored = await db.chatState.get('bot:msteams:teams-unauthenticated');
      expect(stored).toEqual({ ok: true, value: null });
    } finally {
      await registered.close();
    }
  });
});

describe('the Direct Line subset for the web chat', () => {
  async function start(on = app) {
    const res = await on.inject({ method: 'POST', url: '/v3/directline/conversations' });
    expect(res.statusCode).toBe(201);
    return res.json<{ conversationId: string; token: string }>();
  }

  it('keeps the replies to two messages sent at once, each with its own place in the history', async () => {
    const { conversationId, token } = await start();
    const headers = { authorization: `Bearer ${token}` };
    const send = (text: string) =>
      app.inject({
        method: 'POST',
        url: `/v3/directline/conversations/${conversationId}/activities`,
        headers,
        payload: { type: 'message', from: { id: 'tab-1' }, locale: 'sv-SE', text },
      });
    const sent = await Promise.all([send('hjälp'), send('vad vet du om mig'), send('hjälp')]);
    expect(sent.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const history = (
      await app.inject({
        method: 'GET',
        url: `/v3/directline/conversations/${conversationId}/activities`,
        headers,
      })
    ).json();
    // Every reply of every turn is there, numbered without gaps or repeats.
    expect(Number(history.watermark)).toBe(history.activities.length);
    expect(history.activities.length).toBeGreaterThanOrEqual(3);
    const ids = history.activities.map((a: { id?: string }) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds a conversation: post, then read replies after a watermark', async () => {
    const { conversationId, token } = await start();
    const headers = { authorization: `Bearer ${token}` };
    const posted = await app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers,
      payload: {
        type: 'message',
        from: { id: 'tab-1' },
        locale: 'sv-SE',
        text: 'Jag är förälder och undrar vad som finns',
      },
    });
    expect(posted.statusCode).toBe(200);
    const first = (
      await app.inject({
        method: 'GET',
        url: `/v3/directline/conversations/${conversationId}/activities`,
        headers,
      })
    ).json();
    expect(first.activities.length).toBeGreaterThan(0);
    expect(first.activities.every((a: { from: { role: string } }) => a.from.role === 'bot')).toBe(
      true,
    );
    const again = (
      await app.inject({
        method: 'GET',
        url: `/v3/directline/conversations/${conversationId}/activities?watermark=${first.watermark}`,
        headers,
      })
    ).json();
    expect(again.activities).toEqual([]);
  });

  it('keeps conversations apart: a wrong token or id is a 404, no token a 401', async () => {
    const a = await start();
    const b = await start();
    const url = `/v3/directline/conversations/${a.conversationId}/activities`;
    expect(
      (await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${b.token}` } }))
        .statusCode,
    ).toBe(404);
    expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('lets another bot instance on the same database take the next turn', async () => {
    const other = await buildBotApp({ db, teamsTenants: [TEST_TENANT] });
    const { conversationId, token } = await start();
    const headers = { authorization: `Bearer ${token}` };
    const url = `/v3/directline/conversations/${conversationId}/activities`;
    await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { type: 'message', locale: 'sv-SE', text: 'Jag är förälder' },
    });
    const second = await other.inject({
      method: 'POST',
      url,
      headers,
      payload: { type: 'message', locale: 'sv-SE', text: 'vad vet du om mig' },
    });
    expect(second.statusCode).toBe(200);
    const all = (await other.inject({ method: 'GET', url, headers })).json();
    expect(JSON.stringify(all.activities).toLowerCase()).toContain('förälder');
    await other.close();
  });

  it('stores no transcript: what the user typed is not in the database', async () => {
    const { conversationId, token } = await start();
    const secret = 'Min granne Kalle Karlsson slår sin son, ring mig på 070-123 45 67';
    await app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { authorization: `Bearer ${token}` },
      payload: { type: 'message', locale: 'sv-SE', text: secret },
    });
    const { rows } = await db.driver.query<{ value: unknown }>('SELECT value FROM chat_state');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain('Kalle Karlsson');
    expect(dump).not.toContain('070-123 45 67');
  });

  it('refuses a malformed activity with 400', async () => {
    const { conversationId, token } = await start();
    const res = await app.inject({
      method: 'POST',
      url: `/v3/directline/conversations/${conversationId}/activities`,
      headers: { authorization: `Bearer ${token}` },
      payload: { type: 'message', text: 'x'.repeat(5000) },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe('starting the bot', () => {
  it('refuses to start in production without Teams app credentials', () => {
    const run = startBotProcess({ NODE_ENV: 'production', MicrosoftAppId: '' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refusing to start in production without Teams app credentials');
  });

  it('refuses several bot processes on the embedded database, and a BOT_WORKERS it cannot read', () => {
    const start = (workers: string) => startBotProcess({ BOT_WORKERS: workers });
    const embedded = start('2');
    expect(embedded.status).toBe(1);
    expect(embedded.stderr).toContain('BOT_WORKERS above 1 needs DATABASE_URL');
    const unreadable = start('lots');
    expect(unreadable.status).toBe(1);
    expect(unreadable.stderr).toContain('BOT_WORKERS must be');
  });

  it('refuses half a coordination digest setting, and says what is missing', () => {
    const run = startBotProcess({ LOTSEN_DIGEST_CONVERSATION_ID: '19:team@thread.tacv2' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'the digest needs both LOTSEN_DIGEST_CONVERSATION_ID and LOTSEN_DIGEST_SERVICE_URL',
    );
  });
});

describe('usage counters', () => {
  it('counts flows, crisis cards and safety questions in the shared database, never any text', async () => {
    const { conversationId, token } = (
      await app.inject({ method: 'POST', url: '/v3/directline/conversations' })
    ).json();
    const post = (text: string) =>
      app.inject({
        method: 'POST',
        url: `/v3/directline/conversations/${conversationId}/activities`,
        headers: { authorization: `Bearer ${token}` },
        payload: { type: 'message', locale: 'sv-SE', text },
      });
    await post('Jag är förälder, min son är 8 och bor i Bromma och hans pappa dricker');
    await post('jag vill inte leva längre');
    await post('börja om');
    // Caught by the phrase lists, read as a figure of speech: the safety question, not the card.
    await post('pappa kommer döda mig när han ser mitt betyg');
    await app.close();
    app = await buildBotApp({ db, teamsTenants: [TEST_TENANT] });
    const totals = await db.counters.totals('2000-01-01', '2999-12-31');
    const names = totals.ok ? totals.value.map((t) => t.name) : [];
    expect(names.some((n) => n.startsWith('bot.crisis_card_shown.'))).toBe(true);
    expect(names).toContain('bot.safety_question_asked.threat_to_kill');
    expect(names.some((n) => n.startsWith('bot.flow_started.'))).toBe(true);
    expect(JSON.stringify(totals)).not.toMatch(/dricker|leva|betyg/);
  });
});
