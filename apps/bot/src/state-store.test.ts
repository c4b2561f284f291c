import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '@lotsen/storage';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseStateStore, StateConflictError, type BotState } from './state-store.js';

// The suggested actions on offer stand in for a conversation's state here: each turn adds one, so
// the number stored is the number of turns that were kept.
function addTurn(label: string) {
  let runs = 0;
  return {
    get runs() {
      return runs;
    },
    turn: (current: BotState) => {
      runs++;
      const next: BotState = {
        core: null,
        pending: [...current.pending, { title: label, action: { type: 'new_search' as const } }],
      };
      return { next, result: next.pending.length };
    },
  };
}

const url = process.env.DATABASE_URL;
const engines = [
  { name: 'PGlite', available: true, url: undefined },
  { name: 'PostgreSQL', available: Boolean(url), url },
];

describe.each(engines)('conversation state shared by bot processes on $name', (engine) => {
  describe.skipIf(!engine.available)('two processes', () => {
    let db: Database;
    const schema = `bot_state_${randomBytes(4).toString('hex')}`;
    beforeAll(async () => {
      db = engine.url
        ? await openDatabase({ url: engine.url, schema })
        : await openDatabase({ dataDir: 'memory://' });
    });
    afterAll(async () => {
      await db?.close();
      if (engine.url) {
        const client = new pg.Client({ connectionString: engine.url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      }
    });

    it('keeps every turn when two processes take turns in one conversation', async () => {
      const first = databaseStateStore(db);
      const second = databaseStateStore(db);
      const turnA1 = addTurn('a1');
      expect(await first.update('c1', turnA1.turn)).toBe(1);
      expect(await second.update('c1', addTurn('b1').turn)).toBe(2);
      // The first process still remembers the state after its own turn; its write is refused, it
      // reads the second process's turn and runs its turn again on it.
      const turnA2 = addTurn('a2');
      expect(await first.update('c1', turnA2.turn)).toBe(3);
      expect(turnA2.runs).toBe(2);
      expect((await second.get('c1')).pending.map((p) => p.title)).toEqual(['a1', 'b1', 'a2']);
      // Uncontended, a turn runs once.
      const turnA3 = addTurn('a3');
      expect(await first.update('c1', turnA3.turn)).toBe(4);
      expect(turnA3.runs).toBe(1);
    });

    it('starts over when another process forgot the conversation', async () => {
      const first = databaseStateStore(db);
      const second = databaseStateStore(db);
      await first.update('c2', addTurn('before').turn);
      await first.update('c2', addTurn('before').turn);
      await second.delete('c2');
      expect(await first.update('c2', addTurn('after').turn)).toBe(1);
      expect((await second.get('c2')).pending.map((p) => p.title)).toEqual(['after']);
    });

    it('loses no stored turn when processes write one conversation at the same time', async () => {
      const stores = [databaseStateStore(db), databaseStateStore(db), databaseStateStore(db)];
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, i) => stores[i % 3]!.update('c3', addTurn(`t${i}`).turn)),
      );
      const stored = outcomes.filter((o) => o.status === 'fulfilled').length;
      for (const o of outcomes) {
        if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(StateConflictError);
      }
      expect(stored).toBeGreaterThan(0);
      expect((await stores[0]!.get('c3')).pending).toHaveLength(stored);
    });

    it('remembers nothing when told so, and still answers from the shared state', async () => {
      const forgetful = databaseStateStore(db, { remembered: 0 });
      const other = databaseStateStore(db);
      await other.update('c4', addTurn('x').turn);
      expect(await forgetful.update('c4', addTurn('y').turn)).toBe(2);
      expect(await other.update('c4', addTurn('z').turn)).toBe(3);
    });
  });
});
