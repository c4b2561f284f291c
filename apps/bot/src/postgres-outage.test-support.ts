// Test support for the bot during a database outage: the bot as a child process over PostgreSQL, and
// web-chat conversations that keep talking to it, on @lotsen/test-support/servers.
import { join } from 'node:path';
import { REPOSITORY_ROOT } from '@lotsen/test-support';
import {
  countStatus,
  freePort,
  startLoops,
  startServer,
  type Load,
  type ServerProcess,
} from '@lotsen/test-support/servers';

/** What the bot answers when a turn fails (app.ts). */
export const TURN_FAILED_TEXT =
  'Något gick fel. Försök igen. / Something went wrong. Please try again.';

/** Starts the bot (apps/bot/src/index.ts) as a child process over `databaseUrl`, on a free port. */
export async function startBot(databaseUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer(
    join(REPOSITORY_ROOT, 'apps/bot/src/index.ts'),
    {
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      BOT_PORT: String(port),
      HOST: '127.0.0.1',
      BOT_WORKERS: '1',
      LOG_LEVEL: 'info',
    },
    /Lotsen chat is running/,
    `http://127.0.0.1:${port}`,
  );
}

/** What the conversations saw. */
export interface TurnTally {
  turns: number;
  /** Answers by HTTP status. */
  readonly statuses: Map<number, number>;
  /** Turns answered with the bot's own words (not the failed-turn apology). */
  answered: number;
  /** Turns answered with the failed-turn apology (the database was unreachable). */
  apologised: number;
  /** Turns that got no HTTP answer (connection refused or reset, or no answer in 20 s). */
  transportErrors: number;
}

/**
 * A web-chat (Direct Line) message as JSON, the `user`-th user's `id`-th in `conversationId`,
 * asking for the replies in the response (`deliveryMode: "expectReplies"`).
 */
export function webChatMessage(conversationId: string, user: number, id: number, text: string) {
  return JSON.stringify({
    type: 'message',
    id: `m${id}`,
    text,
    locale: 'sv-SE',
    channelId: 'directline',
    serviceUrl: 'https://example.invalid/',
    deliveryMode: 'expectReplies',
    from: { id: `user-${user}`, name: 'u' },
    recipient: { id: 'lotsen', name: 'Lotsen' },
    conversation: { id: conversationId },
  });
}

const TEXTS = ['hjälp', 'Jag är förälder', 'min dotter är 9 och bor i Farsta', 'vad vet du om mig'];

/**
 * Starts `conversations` web-chat conversations (Direct Line activities with `expectReplies`),
 * each sending its next message when the last was answered, until stopped.
 */
export function startConversations(bot: ServerProcess, conversations: number): Load<TurnTally> {
  const tally: TurnTally = {
    turns: 0,
    statuses: new Map(),
    answered: 0,
    apologised: 0,
    transportErrors: 0,
  };
  const run = Date.now().toString(36);
  return startLoops(conversations, tally, async (conversation, turn) => {
    tally.turns++;
    const res = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: webChatMessage(
        `outage-${run}-${conversation}`,
        conversation,
        turn,
        TEXTS[turn % TEXTS.length]!,
      ),
      signal: AbortSignal.timeout(20_000),
    });
    countStatus(tally.statuses, res.status);
    const body = (await res.json()) as { activities?: { text?: string }[] };
    const texts = (body.activities ?? []).map((a) => a.text);
    if (texts.includes(TURN_FAILED_TEXT)) {
      tally.apologised++;
      return true;
    }
    if (res.status === 200 && texts.length > 0) tally.answered++;
    return false;
  });
}
