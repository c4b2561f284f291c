import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.test-support.js';
import { must, sampleCatalogue } from './fixtures.test-support.js';
import { CatalogueDataSchema, type Database } from './index.js';

describe.each(engines('catalogue'))('catalogue on $name', (engine) => {
  describe.skipIf(!engine.available)('repository', () => {
    let db: Database;
    beforeAll(async () => {
      db = await engine.open();
    });
    afterAll(async () => {
      await db?.close();
      await engine.cleanup();
    });

    it('is empty before anything is stored', async () => {
      expect(must(await db.catalogue.read())).toEqual({
        districts: [],
        providers: [],
        services: [],
        extraNeeds: [],
      });
      expect(must(await db.catalogue.status())).toEqual({
        revision: 0,
        districts: 0,
        providers: 0,
        services: 0,
        extraNeeds: 0,
      });
    });

    it('rejects bad data with INVALID_INPUT paths and writes nothing', async () => {
      const data = sampleCatalogue();
      const bad = {
        ...data,
        services: [
          { ...data.services[0]!, kind: 'spa_day' as never },
          data.services[1]!,
          data.services[1]!,
        ],
      };
      const result = await db.catalogue.replace(bad);
      expect(!result.ok && result.error.code).toBe('INVALID_INPUT');
      expect(!result.ok && result.error.issues.map((i) => i.path)).toEqual(['services.0.kind']);
      const duplicate = await db.catalogue.replace({
        ...data,
        services: [data.services[1]!, data.services[1]!],
      });
      expect(!duplicate.ok && duplicate.error.issues).toEqual([
        { path: 'services.1.id', message: 'Duplicate id "rk-foraldragrupp"' },
      ]);
      expect(must(await db.catalogue.status()).revision).toBe(0);
    });

    it('seeds once, even when several processes start at the same time', async () => {
      const attempts = await Promise.all(
        Array.from({ length: 4 }, () => db.catalogue.seedIfEmpty(sampleCatalogue())),
      );
      expect(attempts.map((a) => must(a).seeded).filter(Boolean)).toHaveLength(1);
      expect(must(await db.catalogue.status())).toMatchObject({
        revision: 1,
        districts: 2,
        providers: 1,
        services: 2,
      });
    });

    it('reads back exactly what was stored, in order, with defaults applied', async () => {
      const expected = CatalogueDataSchema.parse(sampleCatalogue());
      expect(must(await db.catalogue.read())).toEqual(expected);
      expect(expected.services[0]!.status).toBe('active');
    });

    it('replaces the whole catalogue atomically', async () => {
      const data = sampleCatalogue();
      const smaller = { ...data, services: [data.services[1]!] };
      const status = must(await db.catalogue.replace(smaller));
      expect(status).toMatchObject({ revision: 2, services: 1 });
      expect(must(await db.catalogue.read()).services.map((s) => s.id)).toEqual([
        'rk-foraldragrupp',
      ]);
      // Concurrent replacements serialise: each sees a whole catalogue, and the revisions count up.
      const results = await Promise.all([
        db.catalogue.replace(data),
        db.catalogue.read(),
        db.catalogue.replace(smaller),
        db.catalogue.read(),
      ]);
      for (const r of [results[1], results[3]]) {
        const services = must(r).services;
        expect([1, 2]).toContain(services.length);
      }
      expect(must(await db.catalogue.status()).revision).toBe(4);
      expect(must(await db.catalogue.seedIfEmpty(data)).seeded).toBe(false);
    });
  });
});
