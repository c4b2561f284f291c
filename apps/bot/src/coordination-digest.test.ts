import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@lotsen/storage';
import { CloudAdapter } from 'botbuilder';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  digestMessage,
  digestSettingsFromEnv,
  stockholmMoment,
  type DigestSettings,
} from './coordination-digest.js';
import { ConnectorReusingAuthentication } from './connector-reuse.js';
import { fakeConnector } from './fake-connector.test-support.js';
import { adapterSender, sendDueMessages } from './referrer-messages.js';

/*
 * The coordination team's daily digest, as the team sees it in its channel: one message a day at
 * 07:30 Stockholm time with the day's counts, sent once even when two bot instances poll at the
 * same moment (on PostgreSQL, two connection pools on one schema, as two processes would be),
 * through a fake Bot Connector; undeliverable, retried and then a task for the coordinator.
 */

const CHANNEL = '19:coordination-team@thread.tacv2';
const url = process.env.DATABASE_URL;
const engines = [
  { name: 'PGlite', url: undefined },
  { name: 'PostgreSQL', url },
];

describe.each(engines)('the coordination digest on $name', (engine) => {
  describe.skipIf(engine.name === 'PostgreSQL' && !engine.url)('two instances', () => {
    let first: Database;
    let second: Database;
    let connector: Awaited<ReturnType<typeof fakeConnector>>;
    let digest: DigestSettings;
    const schema = `bot_digest_${randomBytes(4).toString('hex')}`;
    const send = adapterSender(new CloudAdapter(new ConnectorReusingAuthentication({})), '');
    // Both instances poll at the same moment; the digest's job is scheduled and claimed by both.
    const bothPoll = (now: Date) =>
      Promise.all(
        [first, second].map((db) =>
          sendDueMessages(db, now, { send, digest, backoffMs: () => 60_000 }),
        ),
      );

    beforeAll(async () => {
      connector = await fakeConnector();
      const settings = digestSettingsFromEnv({
        LOTSEN_DIGEST_CONVERSATION_ID: CHANNEL,
        LOTSEN_DIGEST_SERVICE_URL: connector.url,
      });
      if (settings === undefined || typeof settings === 'string') throw new Error(String(settings));
      digest = settings;
      first = engine.url
        ? await openDatabase({ url: engine.url, schema })
        : await openDatabase({ dataDir: 'memory://' });
      second = engine.url ? await openDatabase({ url: engine.url, schema }) : first;
      // What the team should hear about: two offers lapsing soon (one later), a follow-up due.
      for (const [key, runAt] of [
        ['o1', '2026-03-02T12:00:00Z'],
        ['o2', '2026-03-03T18:00:00Z'],
        ['o3', '2026-03-09T12:00:00Z'],
      ] as const) {
        const added = await first.jobs.schedule({ kind: 'timer.offer_deadline', key, runAt });
        expect(added.ok).toBe(true);
      }
      const task = await first.tasks.add({
        kind: 'follow_up_due',
        key: 'follow-up-1',
        assigneeRole: 'coordinator',
        dueAt: '2026-03-01T08:00:00Z',
        createdAt: '2026-03-01T08:00:00Z',
      });
      expect(task.ok).toBe(true);
    }, 60_000);
    afterAll(async () => {
      if (second !== first) await second?.close();
      await first?.close();
      await connector?.close();
      if (engine.url) {
        const client = new pg.Client({ connectionString: engine.url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    });

    it('arrives once at 07:30 Stockholm time with the counts, though two instances poll', async () => {
      // 07:29 in Stockholm (UTC+1 in March): not yet.
      await bothPoll(new Date('2026-03-02T06:29:00Z'));
      expect(connector.calls).toHaveLength(0);
      for (const minute of ['06:30', '06:31', '06:45']) {
        const reports = await bothPoll(new Date(`2026-03-02T${minute}:00Z`));
        expect(reports.every((r) => r.ok)).toBe(true);
      }
      expect(connector.calls).toHaveLength(1);
      const [call] = connector.calls;
      expect(call!.url).toMatch(new RegExp(`^/v3/conversations/${encodeURIComponent(CHANNEL)}/`));
      const text = call!.body.text ?? '';
      // Swedish first, then English, the same counts in both.
      expect(text.indexOf('Nya remisser')).toBeLessThan(text.indexOf('New referrals'));
      expect(text).toContain('Erbjudanden som löper ut inom 48 timmar: 2');
      expect(text).toContain('Offers lapsing within 48 hours: 2');
      expect(text).toContain('Uppföljningar att göra: 1');
      expect(text).toContain('Nya remisser (senaste dygnet): 0');
      expect(text).toContain('2026-03-02');
      const jobs = await first.jobs.list({ kindPrefix: 'notify.digest' });
      expect(jobs.ok && jobs.value.map((j) => [j.key, j.state])).toEqual([
        ['digest:coordination:2026-03-02', 'done'],
      ]);
    }, 60_000);

    it('comes again the next day, once', async () => {
      await bothPoll(new Date('2026-03-03T06:00:00Z'));
      expect(connector.calls).toHaveLength(1);
      await bothPoll(new Date('2026-03-03T06:30:00Z'));
      await bothPoll(new Date('2026-03-03T06:31:00Z'));
      expect(connector.calls).toHaveLength(2);
      expect(connector.calls[1]!.body.text).toContain('2026-03-03');
    }, 60_000);

    it('is retried when the channel is gone, then listed for the coordinator', async () => {
      connector.answer(404);
      let now = new Date('2026-03-04T06:30:00Z').getTime();
      for (let i = 0; i < 8; i++) {
        await bothPoll(new Date(now));
        now += 61_000;
      }
      // Six attempts a minute apart (the backoff), then given up: a task, not silence.
      expect(connector.calls.slice(2)).toHaveLength(6);
      const tasks = await first.tasks.list({ kind: ['undelivered_message'] });
      expect(tasks.ok && tasks.value).toMatchObject([
        {
          key: 'undelivered:digest:coordination:2026-03-04',
          assigneeRole: 'coordinator',
          details: { attempts: 6, error: 'not delivered (404)' },
        },
      ]);
      connector.answer(200);
    }, 120_000);
  });
});

describe('the digest settings and hour', () => {
  it('is 07:30 in Stockholm in winter and in summer', () => {
    expect(stockholmMoment('2026-01-15', '07:30').toISOString()).toBe('2026-01-15T06:30:00.000Z');
    expect(stockholmMoment('2026-07-01', '07:30').toISOString()).toBe('2026-07-01T05:30:00.000Z');
    // The days the clocks change (29 March, 25 October 2026).
    expect(stockholmMoment('2026-03-29', '07:30').toISOString()).toBe('2026-03-29T05:30:00.000Z');
    expect(stockholmMoment('2026-10-25', '07:30').toISOString()).toBe('2026-10-25T06:30:00.000Z');
  });

  it('takes the channel and hour from the environment, and refuses half a setting', () => {
    expect(digestSettingsFromEnv({})).toBeUndefined();
    expect(digestSettingsFromEnv({ LOTSEN_DIGEST_CONVERSATION_ID: CHANNEL })).toMatch(/both/);
    expect(
      digestSettingsFromEnv({
        LOTSEN_DIGEST_CONVERSATION_ID: CHANNEL,
        LOTSEN_DIGEST_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
        LOTSEN_DIGEST_TIME: '7.30',
      }),
    ).toMatch(/HH:MM/);
    expect(
      digestSettingsFromEnv({
        LOTSEN_DIGEST_CONVERSATION_ID: CHANNEL,
        LOTSEN_DIGEST_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
        LOTSEN_DIGEST_TIME: '08:15',
      }),
    ).toMatchObject({ time: '08:15', reference: { conversation: { id: CHANNEL } } });
  });

  it('says counts only, never a child', () => {
    const text = digestMessage('2026-03-02', {
      newReferrals: 3,
      offersLapsing: 1,
      cohortsBelowMinimum: 0,
      followUpsDue: 2,
      waitingOver30Days: 5,
    });
    expect(text).toContain('Familjer som väntat mer än 30 dagar: 5');
    expect(text).toContain('Families waiting more than 30 days: 5');
  });
});
