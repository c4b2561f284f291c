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

    it('refuses bad keys, values and lifetimes', async () => {
      expect(await db.chatState.put('', 1, 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'key' }] },
      });
      expect(await db.chatState.put('k', { f: () => 1 } as never, 10)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'value' }] },
      });
      expect(await db.chatState.put('k', 1, 0)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', issues: [{ path: 'ttlSeconds' }] },
      });
      expect(must(await db.chatState.get('k'))).toBeNull();
    });
  });
});
