import { ok } from '@lotsen/domain';
import { describe, expect, it } from 'vitest';
import { diffCatalogues } from './diff.js';
import { openLiveCatalogue, type CatalogueSource } from './live.js';
import { matchServices } from './match.js';
import { stockholmCatalogue } from './stockholm.js';
import type { CatalogueData } from './catalogue.js';

/** A source over data kept in memory, as a store would keep it: a revision and a change signal. */
function memorySource(initial: CatalogueData) {
  let data = structuredClone(initial);
  let revision = 1;
  const watchers = new Set<() => void>();
  const source: CatalogueSource = {
    revision: async () => ok(revision),
    read: async () => ok(structuredClone(data)),
    watch(onChange) {
      watchers.add(onChange);
      return async () => void watchers.delete(onChange);
    },
  };
  return {
    source,
    change(next: CatalogueData) {
      data = structuredClone(next);
      revision += 1;
      for (const w of watchers) w();
    },
  };
}

const query = { age: 10, districtId: 'farsta', needs: ['parental-substance-abuse'] };

describe('a live catalogue', () => {
  it('serves a change once its source signals it, matching included', async () => {
    const data = stockholmCatalogue().toData();
    const store = memorySource(data);
    const swaps: number[] = [];
    const live = await openLiveCatalogue(store.source, { onSwap: (s) => swaps.push(s.revision) });
    if (!live.ok) throw live.error;
    const catalogue = live.value;
    const first = catalogue.current();
    const target = data.services.find((s) => s.id === 'farsta-humlan')!;
    expect(catalogue.service('farsta-humlan')?.contact.phone).toBe(target.contact.phone);
    const answer = matchServices(catalogue, query);
    expect(answer.ok && answer.value.results.some((r) => r.service.id === 'farsta-humlan')).toBe(
      true,
    );

    const edited = structuredClone(data);
    edited.services = edited.services.map((s) =>
      s.id === 'farsta-humlan'
        ? { ...s, contact: { ...s.contact, phone: '08-123 456' }, ages: { min: 7, max: 12 } }
        : s,
    );
    store.change(edited);
    expect(await catalogue.refresh()).toBe(true); // joins the load the signal started
    expect(swaps).toEqual([2]);
    expect(catalogue.current()).not.toBe(first);
    expect(catalogue.service('farsta-humlan')?.contact.phone).toBe('08-123 456');
    const after = matchServices(catalogue, query);
    const result = after.ok
      ? after.value.results.find((r) => r.service.id === 'farsta-humlan')
      : undefined;
    expect(result?.service.ages).toEqual({ min: 7, max: 12 });
    await catalogue.close();
  });

  it('keeps serving the old snapshot when the new data is invalid', async () => {
    const data = stockholmCatalogue().toData();
    const store = memorySource(data);
    const errors: Error[] = [];
    const live = await openLiveCatalogue(store.source, { onError: (e) => errors.push(e) });
    if (!live.ok) throw live.error;
    const broken = structuredClone(data);
    broken.services[0] = { ...broken.services[0]!, providerId: 'nobody' };
    store.change(broken);
    await live.value.refresh();
    expect(errors).toHaveLength(1);
    expect(live.value.services[0]!.providerId).toBe(data.services[0]!.providerId);
    expect(live.value.revision).toBe(1);
  });
});

describe('the diff of an import', () => {
  it('names exactly the added, changed and missing entries', () => {
    const current = stockholmCatalogue().toData();
    const incoming = structuredClone(current);
    const [first, second] = incoming.services;
    incoming.services = incoming.services.filter((s) => s.id !== second!.id);
    incoming.services[0] = { ...first!, method: 'Trappan' };
    incoming.services.push({ ...first!, id: 'helt-ny-grupp' });
    const diff = diffCatalogues(current, incoming);
    expect(diff.added).toEqual([{ kind: 'service', id: 'helt-ny-grupp' }]);
    expect(diff.changed).toEqual([
      {
        kind: 'service',
        id: first!.id,
        changes: [
          { path: 'method', ...(first!.method ? { before: first!.method } : {}), after: 'Trappan' },
        ],
      },
    ]);
    expect(diff.unpublished).toEqual([{ kind: 'service', id: second!.id }]);
    expect(diffCatalogues(current, structuredClone(current))).toEqual({
      added: [],
      changed: [],
      unpublished: [],
      unknownDistricts: [],
    });
  });
});
