import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_REACHABLE, DATABASE_UNREACHABLE } from './logging.js';
import {
  logMessages,
  postgresBinariesOrSkip,
  startThrowawayCluster,
  waitForStatus,
  waitUntil,
  type ThrowawayCluster,
} from '@lotsen/test-support/servers';
import {
  missingReferrals,
  startApi,
  startWriters,
  type ApiUnderTest,
} from './postgres-outage.test-support.js';

/*
 * The API as a city runs it (its own process, on PostgreSQL) while the database goes away under
 * concurrent referral writes: its connections are ended by an administrator, then the server is
 * restarted twice. The process must live through it, answer 503 while the database is gone, come
 * back by itself, never answer 500, lose no write it acknowledged, and log each outage once.
 * The server is a throwaway cluster of this test's own; the machine's shared server is not touched.
 */
const bin = postgresBinariesOrSkip('apps/api postgres-outage');

const WRITERS = 20;

describe.skipIf(bin === undefined)('the API while PostgreSQL restarts under write load', () => {
  let cluster: ThrowawayCluster;
  let api: ApiUnderTest;

  beforeAll(async () => {
    cluster = await startThrowawayCluster(bin!);
    api = await startApi(cluster.url);
  }, 120_000);
  afterAll(async () => {
    await api?.server.stop();
    await cluster?.remove();
  }, 60_000);

  it('lives on, answers 503 during each outage, recovers by itself and loses no acknowledged write', async () => {
    const load = startWriters(api, WRITERS);
    const acknowledged = (n: number, what: string) =>
      waitUntil(api.server, what, () => load.tally.acknowledged.length >= n);
    // Writes flow before anything happens.
    await acknowledged(50, 'first writes');

    // An administrator ends the API's sessions (the pool's default application name is 'lotsen').
    expect(await cluster.terminateBackends('lotsen')).toBeGreaterThan(0);
    const afterTerminate = load.tally.acknowledged.length;
    await acknowledged(afterTerminate + 50, 'writes after the sessions were ended');
    expect(api.server.alive()).toBe(true);

    for (let restart = 1; restart <= 2; restart++) {
      const before503 = load.tally.statuses.get(503) ?? 0;
      await cluster.stop();
      // While it is down: not ready, and writes are refused with 503.
      await waitForStatus(api.server, '/ready', 503);
      await waitUntil(
        api.server,
        `503s while PostgreSQL is down (restart ${restart})`,
        () => (load.tally.statuses.get(503) ?? 0) >= before503 + WRITERS,
      );
      expect(api.server.alive()).toBe(true);
      await cluster.start();
      // Back by itself: ready again, and writes are acknowledged again.
      await waitForStatus(api.server, '/ready', 200);
      await acknowledged(load.tally.acknowledged.length + 50, `writes after restart ${restart}`);
      expect(api.server.alive()).toBe(true);
    }

    const tally = await load.stop();
    expect(api.server.alive()).toBe(true);
    expect(tally.transportErrors).toBe(0);
    expect(tally.statuses.get(500) ?? 0).toBe(0);
    expect([...tally.statuses.keys()].sort()).toEqual([201, 503]);
    expect(await missingReferrals(cluster.url, tally.acknowledged)).toEqual([]);

    // Each outage is logged when it starts and when it ends, never as a fault per request.
    const messages = logMessages(api.server.lines);
    expect(messages).not.toContain('request failed');
    const outageLines = messages.filter(
      (m) => m === DATABASE_UNREACHABLE || m === DATABASE_REACHABLE,
    );
    // The two restarts are outages for sure; ending the sessions is one when a request was using one.
    expect(outageLines.length === 4 || outageLines.length === 6, outageLines.join('\n')).toBe(true);
    outageLines.forEach((m, i) =>
      expect(m).toBe(i % 2 === 0 ? DATABASE_UNREACHABLE : DATABASE_REACHABLE),
    );
  }, 120_000);
});
