// Soak: PostgreSQL restarted ten times under load, with the API and the bot as a city runs them (each
// its own process) on a throwaway PostgreSQL cluster of this script's own (never the machine's
// shared server). 20 concurrent writers of POST /v1/referrals and 8 web-chat conversations run
// throughout; before every other restart an administrator also ends the app's sessions
// (pg_terminate_backend); every other restart keeps the server down for 5 s. After each restart both
// processes must be up and answering; at the end, 0 × 500 and every acknowledged referral stored.
// Loopback only, bounded (about two minutes). Exits 1 when a check fails.
// Run: `pnpm exec tsx --conditions=@lotsen/source bench/pg-restart.soak.ts` in apps/bot.
import { mkdirSync, writeFileSync } from 'node:fs';
import { missingReferrals, startApi, startWriters } from '@lotsen/api/testing';
import {
  logMessages,
  postgresBinaries,
  startThrowawayCluster,
  waitForStatus,
  waitUntil,
} from '@lotsen/test-support/servers';
import { startBot, startConversations } from '../src/postgres-outage.test-support.js';

const RESTARTS = 10;
const WRITERS = 20;
const CONVERSATIONS = 8;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const bin = postgresBinaries();
if (bin === undefined) {
  console.error('No PostgreSQL server programs (initdb) found; set LOTSEN_PG_BIN');
  process.exit(1);
}

const cluster = await startThrowawayCluster(bin);
const api = await startApi(cluster.url);
const bot = await startBot(cluster.url);
const failures: string[] = [];
const outages: {
  restart: number;
  terminated: number;
  downMs: number;
  first503Ms: number;
  readyAgainMs: number;
  apiUp: boolean;
  botUp: boolean;
}[] = [];

try {
  const writes = startWriters(api, WRITERS);
  const talk = startConversations(bot, CONVERSATIONS);
  await waitUntil(api.server, 'first writes', () => writes.tally.acknowledged.length >= 50);

  for (let restart = 1; restart <= RESTARTS; restart++) {
    await sleep(2000);
    const terminated = restart % 2 === 1 ? await cluster.terminateBackends('lotsen') : 0;
    if (terminated > 0) await sleep(1000);
    const downMs = restart % 2 === 0 ? 5000 : 500;
    const before503 = writes.tally.statuses.get(503) ?? 0;
    const stoppedAt = performance.now();
    await cluster.stop();
    let first503Ms = -1;
    void waitUntil(api.server, 'a 503', () => (writes.tally.statuses.get(503) ?? 0) > before503)
      .then(() => (first503Ms = Math.round(performance.now() - stoppedAt)))
      .catch(() => undefined);
    await sleep(downMs);
    await cluster.start();
    const startedAt = performance.now();
    await waitForStatus(api.server, '/ready', 200);
    const readyAgainMs = Math.round(performance.now() - startedAt);
    // Both answer normally again: new referrals acknowledged, bot turns answered in its own words.
    const acknowledged = writes.tally.acknowledged.length;
    const answered = talk.tally.answered;
    await waitUntil(
      api.server,
      'writes again',
      () => writes.tally.acknowledged.length > acknowledged,
    );
    await waitUntil(bot, 'bot answers again', () => talk.tally.answered > answered);
    const row = {
      restart,
      terminated,
      downMs,
      first503Ms,
      readyAgainMs,
      apiUp: api.server.alive(),
      botUp: bot.alive() && (await fetch(`${bot.url}/health`)).status === 200,
    };
    outages.push(row);
    console.log(JSON.stringify(row));
    if (!row.apiUp || !row.botUp) failures.push(`restart ${restart}: a process is down`);
  }

  const w = await writes.stop();
  const t = await talk.stop();
  const lost = await missingReferrals(cluster.url, w.acknowledged);
  const count = (lines: readonly string[], pattern: RegExp) =>
    logMessages(lines).filter((m) => pattern.test(m)).length;
  const summary = {
    node: process.version,
    date: new Date().toISOString(),
    restarts: RESTARTS,
    api: {
      requests: w.requests,
      statuses: Object.fromEntries([...w.statuses].sort(([a], [b]) => a - b)),
      transportErrors: w.transportErrors,
      acknowledged: w.acknowledged.length,
      lost: lost.length,
      logLines: {
        unreachable: count(api.server.lines, /^database unreachable/),
        reachableAgain: count(api.server.lines, /^database reachable again/),
        requestFailed: count(api.server.lines, /^request failed$/),
      },
    },
    bot: {
      turns: t.turns,
      statuses: Object.fromEntries(t.statuses),
      answered: t.answered,
      apologised: t.apologised,
      transportErrors: t.transportErrors,
      logLines: {
        unreachable: count(bot.lines, /^database unreachable/),
        reachableAgain: count(bot.lines, /^database reachable again/),
        turnFailed: count(bot.lines, /turn failed/),
      },
    },
    outages,
  };
  console.log(JSON.stringify(summary, null, 2));
  if ((w.statuses.get(500) ?? 0) > 0) failures.push(`${w.statuses.get(500)} × 500`);
  if (lost.length > 0) failures.push(`${lost.length} acknowledged referrals lost`);
  if (w.transportErrors > 0 || t.transportErrors > 0) failures.push('requests without an answer');
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/pg-restart-soak.json', JSON.stringify(summary, null, 2));
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await api.server.stop();
  await bot.stop();
  await cluster.remove();
}
if (failures.length > 0) {
  console.error(`FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('passed: both processes up after every restart, 0 × 500, 0 acknowledged writes lost');
