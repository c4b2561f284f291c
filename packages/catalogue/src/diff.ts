import { fieldChanges, type FieldChange } from '@lotsen/domain';
import type { CatalogueData } from './catalogue.js';

/** An entry an import would change, with the fields that differ. */
export interface ChangedEntry {
  readonly kind: 'district' | 'provider' | 'service';
  readonly id: string;
  readonly changes: readonly FieldChange[];
}

/** What replacing one catalogue's content with another's would do, entry by entry. */
export interface CatalogueDiff {
  /** Providers and services only in the incoming data. */
  readonly added: readonly { readonly kind: 'provider' | 'service'; readonly id: string }[];
  /** Entries in both whose content differs (districts included). */
  readonly changed: readonly ChangedEntry[];
  /** Providers and services only in the current data: an import unpublishes them (kept, not served). */
  readonly unpublished: readonly { readonly kind: 'provider' | 'service'; readonly id: string }[];
  /** Districts only in the incoming data: not created by an import (districts change by decision). */
  readonly unknownDistricts: readonly string[];
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((r) => [r.id, r]));
}

/**
 * What an import of `incoming` (e.g. read by `fromHsds`) would do to `current`: which providers and
 * services are added, which entries change (and which fields), which are missing and so would be
 * unpublished. Districts are compared but never added or removed.
 */
export function diffCatalogues(current: CatalogueData, incoming: CatalogueData): CatalogueDiff {
  const added: { kind: 'provider' | 'service'; id: string }[] = [];
  const changed: ChangedEntry[] = [];
  const unpublished: { kind: 'provider' | 'service'; id: string }[] = [];
  const compare = <T extends { id: string }>(
    kind: 'district' | 'provider' | 'service',
    before: readonly T[],
    after: readonly T[],
  ) => {
    const old = byId(before);
    const next = byId(after);
    for (const record of after) {
      const was = old.get(record.id);
      if (was === undefined) {
        if (kind !== 'district') added.push({ kind, id: record.id });
        continue;
      }
      const changes = fieldChanges(was, record);
      if (changes.length > 0) changed.push({ kind, id: record.id, changes });
    }
    if (kind === 'district') return;
    for (const record of before)
      if (!next.has(record.id)) unpublished.push({ kind, id: record.id });
  };
  compare('district', current.districts, incoming.districts);
  compare('provider', current.providers, incoming.providers);
  compare('service', current.services, incoming.services);
  const known = new Set(current.districts.map((d) => d.id));
  return {
    added,
    changed,
    unpublished,
    unknownDistricts: incoming.districts.filter((d) => !known.has(d.id)).map((d) => d.id),
  };
}
