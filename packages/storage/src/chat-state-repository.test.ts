import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must } from './fixtures.test-support.js';
import type { Database } from './index.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(engines('chat_state'))('chat state on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('stores, overwrites and deletes values', async () => {
      const put = must(
        await db.chatState.put('tg:42', { step: 'age', answers: { need: 'x' } }, 600),
      );
      expect(Date.parse(put.expiresAt)).toBeGreaterThan(Date.now() + 590_000);
      expect(must(await db.chatState.get('tg:42'))?.value).toEqual({
        step: 'age',
        answers: { need: 'x' },
      });
      must(await db.chatState.put('tg:42', { step: 'district' }, 600));
      expect(must(await db.chatState.get('tg:42'))?.value).toEqual({ step: 'district' });
      must(await db.chatState.put('tg:null', null, 600));
      expect(must(await db.chatState.get('tg:null'))).toMatchObject({ value: null });
      expect(must(await db.chatState.delete('tg:42'))).toBe(true);
      expect(must(await db.chatState.delete('tg:42'))).toBe(false);
      expect(must(await db.chatState.get('tg:42'))).toBeNull();
    });

    it('ignores expired values and purges them', async () => {
      must(await db.chatState.put('short-1', 1, 1));
      must(await db.chatState.put('short-2', 2, 1));
      must(await db.chatState.put('long', 3, 600));
      await sleep(1200);
      // Expired rows are still in the table until purged, but never returned.
      expect(must(await db.chatState.get('short-1'))).toBeNull();
      expect(must(await db.chatState.purgeExpired())).toBe(2);
      expect(must(await db.chatState.purgeExpired())).toBe(0);
      expect(must(await db.chatState.get('long'))?.value).toBe(3);
    });

    it('writes only over the version that was read, so two processes cannot lose a turn', async () => {
      // First turn of a conversation: nobody has written it yet.
      const first = must(await db.chatState.putIfVersion('conv:a', { turn: 1 }, 600, null));
      expect(first).toMatchObject({ written: true });
      if (!first.written) throw new Error('unreachable');
      // A second process that also thought the conversation was new is refused, and is told what
      // is stored now, so it can redo its turn without another read.
      expect(must(await db.chatState.putIfVersion('conv:a', { turn: 1 }, 600, null))).toMatchObject(
        { written: false, current: { value: { turn: 1 }, version: first.version } },
      );
      // The next turn over the version read succeeds and gives a new version…
      const second = must(
        await db.chatState.putIfVersion('conv:a', { turn: 2 }, 600, first.version),
      );
      if (!second.written) throw new Error('expected a write');
      expect(second.version).not.toBe(first.version);
      // …and a process still holding the old version is refused, leaving the value alone.
      expect(
        must(await db.chatState.putIfVersion('conv:a', { turn: 'stale' }, 600, first.version)),
      ).toMatchObject({ written: false, current: { value: { turn: 2 }, version: second.version } });
      const read = must(await db.chatState.get('conv:a'));
      expect(read).toMatchObject({ value: { turn: 2 }, version: second.version });
    });

    it('never reuses a version, not even after a conversation is forgotten and started again', async () => {
      const before = must(await db.chatState.putIfVersion('conv:b', { who: 'old' }, 600, null));
      if (!before.written) throw new Error('expected a write');
      must(await db.chatState.delete('conv:b'));
      const again = must(await db.chatState.putIfVersion('conv:b', { who: 'new' }, 600, null));
      if (!again.written) throw new Error('expected a write');
      expect(again.version).not.toBe(before.version);
      expect(
        must(await db.chatState.putIfVersion('conv:b', { who: 'stale' }, 600, before.version)),
      ).toMatchObject({ written: false, current: { value: { who: 'new' } } });
      expect(must(await db.chatState.get('conv:b'))?.value).toEqual({ who: 'new' });
    });

    it('treats an expired value as gone for conditional writes', async () => {
      const short = must(await db.chatState.putIfVersion('conv:c', 1, 1, null));
      if (!short.written) throw new Error('expected a write');
      await sleep(1200);
      expect(must(await db.chatState.putIfVersion('conv:c', 2, 600, short.version))).toEqual({
        written: false,
        current: null,
      });
      expect(must(await db.chatState.putIfVersion('conv:c', 3, 600, null))).toMatchObject({
        written: true,
      });
      expect(must(await db.chatState.get('conv:c'))?.value).toBe(3);
    });

    it('lets exactly one of many concurrent writers over the same version win', async () => {
      const start = must(await db.chatState.putIfVersion('conv:d', 0, 600, null));
      if (!start.written) throw new Error('expected a write');
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          db.chatState.putIfVersion('conv:d', i + 1, 600, start.version),
        ),
      );
      const written = results.map(must).filter((r) => r.written);
      expect(written).toHaveLength(1);
    });

    it('leaves out properties set to undefined, as JSON does', async () => {
      must(await db.chatState.put('opt', { kept: 1, absent: undefined } as never, 60));
      expect(must(await db.chatState.get('opt'))?.value).toEqual({ kept: 1 });
    });

    it('refuses bad keys, values and lifetimes', async () => {
      expect(await db.chatState.put('', 1, 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'key' }] },
      });
      expect(await db.chatState.put('k', { f: () => 1 } as never, 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] },
      });
      for (const notJson of [new Date(0), Number.NaN, { nested: [undefined] }, { n: 1n }]) {
        expect(await db.chatState.put('k', notJson as never, 10)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] },
        });
      }
      expect(await db.chatState.putIfVersion('k', 1, 10, 'not-a-version')).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'expectedVersion' }] },
      });
      expect(await db.chatState.put('k', 'x'.repeat(300 * 1024), 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] },
      });
      expect(await db.chatState.put('k', 1, 0)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'ttlSeconds' }] },
      });
      expect(must(await db.chatState.get('k'))).toBeNull();
    });

    it('refuses text JSONB cannot hold (a NUL, a lone surrogate) as input, not a database error', async () => {
      for (const value of [
        { said: 'hej\u0000' },
        ['\ud800'],
        { ['key\u0000']: 1 },
        { deep: [{ text: 'a\udc00b' }] },
      ]) {
        expect(await db.chatState.put('text', value, 10)).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] },
        });
      }
      expect(await db.chatState.put('key\u0000', 1, 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'key' }] },
      });
      // Surrogate pairs (emoji) are well-formed and kept.
      must(await db.chatState.put('text', { said: 'hej 👋' }, 10));
      expect(must(await db.chatState.get('text'))?.value).toEqual({ said: 'hej 👋' });
    });
  });
});
