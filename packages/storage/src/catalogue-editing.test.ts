import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must, sampleCatalogue } from './fixtures.test-support.js';
import type { Database } from './index.js';

const editor = { id: 'editor-1', role: 'district_editor' };
const at = new Date('2026-12-08T10:00:00.000Z');

describe.each(engines('catalogue editing'))('catalogue editing on $name', (engine) => {
  describe.skipIf(!engine.available)('entries', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
      must(await db.catalogue.seedIfEmpty(sampleCatalogue()));
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('updates an entry as a new version with a field-level revision', async () => {
      const before = must(await db.catalogue.entry('service', 'rk-foraldragrupp'))!;
      expect(before.version).toBe(1);
      const doc = { ...before.doc, contact: { ...before.doc.contact, phone: '08-508 00 000' } };
      const applied = must(
        await db.catalogue.apply(
          [
            {
              kind: 'service',
              id: doc.id,
              doc,
              published: true,
              expectedVersion: 1,
              action: 'update',
            },
          ],
          editor,
          at,
        ),
      );
      expect(applied.entries[0]!.version).toBe(2);
      const history = must(await db.catalogue.history('service', doc.id));
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({
        version: 2,
        action: 'update',
        actor: editor,
        at: at.toISOString(),
        changes: [{ path: 'contact.phone', after: '08-508 00 000' }],
      });
      expect(history[0]!.before?.doc).toEqual(before.doc);
      const served = must(await db.catalogue.read()).services.find((s) => s.id === doc.id);
      expect(served?.contact.phone).toBe('08-508 00 000');
    });

    it('refuses a stale version with CONFLICT and writes nothing', async () => {
      const revision = must(await db.catalogue.revision());
      const entry = must(await db.catalogue.entry('service', 'rk-foraldragrupp'))!;
      const result = await db.catalogue.apply(
        [
          {
            kind: 'service',
            id: entry.id,
            doc: entry.doc,
            published: true,
            expectedVersion: 1,
            action: 'update',
          },
        ],
        editor,
        at,
      );
      expect(!result.ok && result.error.code).toBe('CONFLICT');
      expect(!result.ok && result.error.details).toEqual({
        expectedVersion: 1,
        actualVersion: entry.version,
      });
      expect(must(await db.catalogue.revision())).toBe(revision);
    });

    it('writes several entries all or nothing', async () => {
      const revision = must(await db.catalogue.revision());
      const service = must(await db.catalogue.entry('service', 'rk-foraldragrupp'))!;
      const result = await db.catalogue.apply(
        [
          {
            kind: 'service',
            id: service.id,
            doc: { ...service.doc, method: 'ABC' },
            published: true,
            expectedVersion: service.version,
            action: 'import',
          },
          {
            kind: 'service',
            id: 'nowhere',
            doc: { ...service.doc, id: 'nowhere' },
            published: true,
            expectedVersion: 3,
            action: 'import',
          },
        ],
        editor,
        at,
      );
      expect(!result.ok && result.error.code).toBe('NOT_FOUND');
      expect(must(await db.catalogue.entry('service', service.id))).toEqual(service);
      expect(must(await db.catalogue.revision())).toBe(revision);
    });

    it('refuses markup, an address on a confidential venue and a changed id, with paths', async () => {
      const service = must(await db.catalogue.entry('service', 'rk-foraldragrupp'))!;
      const result = await db.catalogue.apply(
        [
          {
            kind: 'service',
            id: service.id,
            doc: {
              ...service.doc,
              name: { sv: '<script>alert(1)</script>', en: 'Group' },
              confidentialLocation: true,
              contact: { address: 'Hemliga gatan 1' },
            },
            published: true,
            expectedVersion: service.version,
            action: 'update',
          },
        ],
        editor,
        at,
      );
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.issues.map((i) => i.path)).toEqual([
        'changes.0.doc.name.sv',
      ]);
      const hidden = await db.catalogue.apply(
        [
          {
            kind: 'service',
            id: service.id,
            doc: {
              ...service.doc,
              confidentialLocation: true,
              contact: { address: 'Hemliga gatan 1' },
            },
            published: true,
            expectedVersion: service.version,
            action: 'update',
          },
        ],
        editor,
        at,
      );
      expect(!hidden.ok && hidden.error.issues.map((i) => i.path)).toEqual([
        'changes.0.doc.contact.address',
      ]);
    });

    it('creates, unpublishes (no longer served) and restores', async () => {
      const template = must(await db.catalogue.entry('service', 'rk-foraldragrupp'))!.doc;
      const doc = { ...template, id: 'ny-grupp' };
      must(
        await db.catalogue.apply(
          [
            {
              kind: 'service',
              id: doc.id,
              doc,
              published: true,
              expectedVersion: 'new',
              action: 'create',
            },
          ],
          editor,
          at,
        ),
      );
      const again = await db.catalogue.apply(
        [
          {
            kind: 'service',
            id: doc.id,
            doc,
            published: true,
            expectedVersion: 'new',
            action: 'create',
          },
        ],
        editor,
        at,
      );
      expect(!again.ok && again.error.code).toBe('CONFLICT');
      expect(must(await db.catalogue.read()).services.map((s) => s.id)).toContain('ny-grupp');
      must(
        await db.catalogue.apply(
          [
            {
              kind: 'service',
              id: doc.id,
              doc,
              published: false,
              expectedVersion: 1,
              action: 'unpublish',
            },
          ],
          editor,
          at,
        ),
      );
      expect(must(await db.catalogue.read()).services.map((s) => s.id)).not.toContain('ny-grupp');
      expect(must(await db.catalogue.entry('service', 'ny-grupp'))).toMatchObject({
        published: false,
        version: 2,
      });
      const history = must(await db.catalogue.history('service', 'ny-grupp'));
      expect(history.map((h) => h.action)).toEqual(['create', 'unpublish']);
      expect(history[1]!.changes).toEqual([{ path: 'published', before: true, after: false }]);
    });

    it('tells a watcher of a change made through another handle', async () => {
      if (engine.name === 'pglite') return; // one process per PGlite: covered by polling
      const other = await engine.open();
      try {
        let calls = 0;
        const stop = db.catalogue.watch(() => calls++, { pollMs: 60_000 });
        await new Promise((r) => setTimeout(r, 500));
        const before = calls;
        const entry = must(await other.catalogue.entry('service', 'rk-foraldragrupp'))!;
        const started = Date.now();
        must(
          await other.catalogue.apply(
            [
              {
                kind: 'service',
                id: entry.id,
                doc: { ...entry.doc, method: 'COS' },
                published: true,
                expectedVersion: entry.version,
                action: 'update',
              },
            ],
            editor,
            at,
          ),
        );
        while (calls === before && Date.now() - started < 5000)
          await new Promise((r) => setTimeout(r, 10));
        expect(calls).toBeGreaterThan(before);
        expect(Date.now() - started).toBeLessThan(2000);
        await stop();
      } finally {
        await other.close();
      }
    }, 30_000);
  });
});
