import {
  logMessages,
  postgresBinariesOrSkip,
  startThrowawayCluster,
  waitUntil,
  type ServerProcess,
  type ThrowawayCluster,
} from '@lotsen/test-support/servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_REACHABLE, DATABASE_UNREACHABLE } from './app.js';
import { startBot, startConversations } from './postgres-outage.test-support.js';

/*
 * The bot in its own process on PostgreSQL while the database goes away under conversations: its
 * sessions are ended by an administrator, then the server is restarted. The process must live
 * through it, answer every turn (an apology while the database is gone), talk normally again once
 * it is back, and log the outage once. On a throwaway cluster of this test's own.
 */
const bin = postgresBinariesOrSkip('apps/bot postgres-outage');

describe.skipIf(bin === undefined)('the bot while PostgreSQL restarts under conversations', () => {
  let cluster: ThrowawayCluster;
  let bot: ServerProcess;

  beforeAll(async () => {
    cluster = await startThrowawayCluster(bin!);
    bot = await startBot(cluster.url);
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await cluster?.remove();
  }, 60_000);

  it('lives on, apologises while the database is gone and talks normally once it is back', async () => {
    const load = startConversations(bot, 8);
    const answered = (n: number, what: string) =>
      waitUntil(bot, what, () => load.tally.answered >= n);
    await answered(20, 'first turns');

    expect(await cluster.terminateBackends('lotsen')).toBeGreaterThan(0);
    await answered(load.tally.answered + 20, 'turns after the sessions were ended');

    await cluster.stop();
    const apologies = load.tally.apologised;
    await waitUntil(
      bot,
      'apologies while PostgreSQL is down',
      () => load.tally.apologised >= apologies + 8,
    );
    await cluster.start();
    await answered(load.tally.answered + 20, 'turns after the restart');

    const tally = await load.stop();
    expect(bot.alive()).toBe(true);
    expect(tally.transportErrors).toBe(0);
    expect([...tally.statuses.keys()]).toEqual([200]);
    const messages = logMessages(bot.lines);
    expect(messages.filter((m) => /turn failed/.test(m))).toEqual([]);
    const outageLines = messages.filter(
      (m) => m === DATABASE_UNREACHABLE || m === DATABASE_REACHABLE,
    );
    expect(outageLines.length === 2 || outageLines.length === 4, outageLines.join('\n')).toBe(true);
    outageLines.forEach((m, i) =>
      expect(m).toBe(i % 2 === 0 ? DATABASE_UNREACHABLE : DATABASE_REACHABLE),
    );
  }, 120_000);
});
