import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ActionValue, IncomingMessage, SafetyCategory } from '@lotsen/conversation';
import {
  parseFixture,
  type ConversationFixture,
  type FixtureChoice,
  type FixtureDriver,
  type FixtureReply,
} from '@lotsen/conversation/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { openDatabase, type Database } from '@lotsen/storage';
import { TestAdapter, type Activity } from 'botbuilder';
import { ADAPTIVE_CARD } from './activities.js';
import { buildBotApp } from './app.js';
import { LotsenBot } from './bot.js';
import { databaseStateStore } from './state-store.js';

/** The conversation fixtures of `@lotsen/conversation`, the same JSON every channel must pass. */
export function loadFixtures(): ConversationFixture[] {
  const dir = join(import.meta.dirname, '..', '..', '..', 'packages', 'conversation', 'fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = parseFixture(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.ok) throw parsed.error;
      return parsed.value;
    });
}

/** The tenant the test Teams activities come from. */
export const TEST_TENANT = '72f988bf-0000-4000-8000-000000000001';

type Element = {
  type?: string;
  text?: string;
  id?: string;
  isSubtle?: boolean;
  facts?: { title: string; value: string }[];
  items?: Element[];
};

/** What a user sees of one bot activity, in the fixtures' terms, read back from the Adaptive Card. */
export function activityToFixtureReply(activity: Partial<Activity>): FixtureReply {
  const suggestions: FixtureChoice[] = (activity.suggestedActions?.actions ?? []).map((a) => ({
    title: a.title ?? '',
  }));
  const card = activity.attachments?.find((a) => a.contentType === ADAPTIVE_CARD)?.content as
    | {
        id?: string;
        body: Element[];
        actions?: {
          type: string;
          title: string;
          data?: { lotsenAction?: ActionValue };
          card?: { body: Element[] };
        }[];
      }
    | undefined;
  if (!card) return { kind: 'text', text: activity.text ?? '', buttons: [], suggestions };
  const lines: string[] = [];
  const walk = (elements: Element[]) => {
    for (const e of elements) {
      if (e.type === 'TextBlock' && e.text) lines.push(e.text.replace(/^• /, ''));
      if (e.type === 'FactSet') for (const f of e.facts ?? []) lines.push(`${f.title}: ${f.value}`);
      if (e.items) walk(e.items);
    }
  };
  walk(card.body);
  // A compact card's details are one tap away (Action.ShowCard): the user can read them.
  for (const action of card.actions ?? []) if (action.card) walk(action.card.body);
  const buttons = (card.actions ?? []).map((a) => ({
    title: a.title,
    ...(a.data?.lotsenAction ? { action: a.data.lotsenAction } : {}),
  }));
  const crisis = card.id?.startsWith('crisis-');
  return {
    kind: crisis ? 'crisis' : 'card',
    title: card.body[0]?.text ?? '',
    text: [...lines, ...buttons.map((b) => b.title)].join('\n'),
    buttons,
    suggestions,
    ...(crisis
      ? {
          crisisCategory: card.id!.slice('crisis-'.length) as SafetyCategory,
          reportingDuty: card.body.some((e) => e.id === 'reporting-duty'),
        }
      : {}),
  };
}

/**
 * The activity a channel client sends for a core message: a tapped suggested action comes back as its
 * title (imBack), a card button as `value.lotsenAction` (Action.Submit), typing as text.
 */
function toUserActivity(
  message: IncomingMessage,
  lastSuggestions: readonly { title: string; action: ActionValue }[],
): Partial<Activity> {
  // As the web chat page says it: it has shown Lotsen's notice itself.
  const notice = message.noticeShown ? { channelData: { lotsenNoticeShown: true } } : {};
  return { ...userActivity(message, lastSuggestions), ...notice };
}

function userActivity(
  message: IncomingMessage,
  lastSuggestions: readonly { title: string; action: ActionValue }[],
): Partial<Activity> {
  if (message.action) {
    const tapped = lastSuggestions.find(
      (s) => JSON.stringify(s.action) === JSON.stringify(message.action),
    );
    if (tapped)
      return {
        type: 'message',
        text: tapped.title,
        ...(message.locale ? { locale: message.locale } : {}),
      };
    return {
      type: 'message',
      value: { lotsenAction: message.action },
      ...(message.locale ? { locale: message.locale } : {}),
    };
  }
  return {
    type: 'message',
    text: message.text ?? '',
    ...(message.locale ? { locale: message.locale } : {}),
  };
}

/** One in-memory database for a test file (PGlite takes a few seconds to create). */
export async function testDatabase(): Promise<Database> {
  return openDatabase({ dataDir: 'memory://' });
}

let conversationCounter = 0;

/** A driver through botbuilder's `TestAdapter` running the real `LotsenBot`. */
export function testAdapterDriver(db: Database, fixture: ConversationFixture): FixtureDriver {
  let now = new Date();
  const staff = fixture.user.kind === 'staff';
  const conversationId = `test-adapter-${++conversationCounter}`;
  let lastSuggestions: { title: string; action: ActionValue }[] = [];
  let replies: Partial<Activity>[] = [];
  let bot: LotsenBot;
  let adapter: TestAdapter;
  return {
    start(setup) {
      bot = new LotsenBot({
        catalogue: stockholmCatalogue(),
        store: databaseStateStore(db),
        counters: { add: () => undefined },
        clock: () => now,
        teamsTenants: [TEST_TENANT],
        availability: () => setup.availability,
      });
      adapter = new TestAdapter(async (context) => bot.run(context), {
        channelId: staff ? 'msteams' : 'directline',
        conversation: {
          id: conversationId,
          isGroup: false,
          conversationType: 'personal',
          name: 'fixture',
          ...(staff ? { tenantId: TEST_TENANT } : {}),
        },
      });
    },
    async send(message, at) {
      now = at;
      replies = [];
      const activity = toUserActivity(message, lastSuggestions);
      await adapter.send(activity);
      while (adapter.activeQueue.length > 0) replies.push(adapter.activeQueue.shift()!);
      const seen = await withPending(
        db,
        `bot:${staff ? 'msteams' : 'directline'}:${conversationId}`,
        replies.map(activityToFixtureReply),
      );
      lastSuggestions = seen.pending;
      return { replies: seen.replies };
    },
  };
}

/**
 * The suggested actions on offer, with the actions they stand for, as the bot stored them: an imBack
 * button only carries its title, and the bot maps the title back when it is tapped.
 */
async function withPending(db: Database, key: string, replies: FixtureReply[]) {
  const pending = (await databaseStateStore(db).get(key)).pending;
  const withActions = replies.map((r) => ({
    ...r,
    suggestions: r.suggestions.map((s) => {
      const action = pending.find((p) => p.title === s.title)?.action;
      return { ...s, ...(action ? { action } : {}) };
    }),
  }));
  return { replies: withActions, pending: [...pending] };
}

/** A driver through `POST /api/messages` with `deliveryMode: "expectReplies"`, on the real fastify app. */
export function httpDriver(db: Database, fixture: ConversationFixture): FixtureDriver {
  let now = new Date();
  const staff = fixture.user.kind === 'staff';
  const conversationId = `http-${++conversationCounter}`;
  let app: Awaited<ReturnType<typeof buildBotApp>>;
  let lastSuggestions: { title: string; action: ActionValue }[] = [];
  return {
    async start(setup) {
      app = await buildBotApp({
        db,
        clock: () => now,
        teamsTenants: [TEST_TENANT],
        availability: () => setup.availability,
      });
    },
    async send(message, at) {
      now = at;
      const activity = {
        ...toUserActivity(message, lastSuggestions),
        id: `m-${Date.now()}`,
        channelId: staff ? 'msteams' : 'directline',
        serviceUrl: 'https://smba.example.invalid/',
        deliveryMode: 'expectReplies',
        from: { id: 'user-1', name: 'user' },
        recipient: { id: 'lotsen', name: 'Lotsen' },
        conversation: { id: conversationId, ...(staff ? { tenantId: TEST_TENANT } : {}) },
        ...(staff ? { channelData: { tenant: { id: TEST_TENANT } } } : {}),
      };
      const res = await app.inject({ method: 'POST', url: '/api/messages', payload: activity });
      if (res.statusCode !== 200)
        throw new Error(`POST /api/messages answered ${res.statusCode}: ${res.body}`);
      const body = res.json<{ activities: Partial<Activity>[] }>();
      const seen = await withPending(
        db,
        `bot:${staff ? 'msteams' : 'directline'}:${conversationId}`,
        body.activities.map(activityToFixtureReply),
      );
      lastSuggestions = seen.pending;
      return { replies: seen.replies };
    },
  };
}

/**
 * Runs the bot's real entry point (`index.ts`) as a process with these settings on top of a local,
 * embedded-database set-up, and waits for it to end: for the start-up refusals.
 */
export function startBotProcess(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@lotsen/source', join(import.meta.dirname, 'index.ts')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        BOT_PORT: '0',
        LOTSEN_BOT_DATA_DIR: 'memory://',
        DATABASE_URL: '',
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
}
