import type { Result } from '@lotsen/domain';
import { LIVE, createCatalogue, type Catalogue } from './catalogue.js';
import { prepareMatching } from './match.js';

/**
 * Where a live catalogue reads from: `@lotsen/storage`'s catalogue repository fits as it is (the
 * package does not depend on storage; any store with these three calls does).
 */
export interface CatalogueSource {
  /** A number that grows with every change; cheap, since it is polled. */
  revision(): Promise<Result<number, Error>>;
  /** The catalogue data to serve (published entries only). */
  read(): Promise<Result<unknown, Error>>;
  /** Calls `onChange` when the data may have changed; returns how to stop. */
  watch(onChange: () => void): () => Promise<void>;
}

/** What a live catalogue reports when it swaps in a new snapshot or fails to. */
export interface LiveCatalogueEvents {
  /** A new snapshot is served; `buildMs` is the time to validate it and build its matching index. */
  readonly onSwap?: (info: { readonly revision: number; readonly buildMs: number }) => void;
  /** A change could not be loaded (the old snapshot is still served). */
  readonly onError?: (error: Error) => void;
}

/**
 * A catalogue that follows its source: a {@link Catalogue} itself (every lookup reads the current
 * snapshot), plus the snapshot as an immutable object for caches that key on it.
 */
export interface LiveCatalogue extends Catalogue {
  /** The snapshot served now: immutable, so caches and indexes may key on it. */
  current(): Catalogue;
  /** The source's revision of the current snapshot. */
  readonly revision: number;
  /**
   * Loads the source's catalogue if its revision moved, and swaps it in once validated and indexed
   * (requests meanwhile are served from the old snapshot). Resolves when done; `true` if swapped.
   */
  refresh(): Promise<boolean>;
  /** Stops watching the source. */
  close(): Promise<void>;
}

/** True for a catalogue made by {@link openLiveCatalogue}. */
export function isLiveCatalogue(catalogue: Catalogue): catalogue is LiveCatalogue {
  return LIVE in catalogue;
}

/** Reads, validates and indexes the source's catalogue. */
async function load(
  source: CatalogueSource,
): Promise<{ catalogue: Catalogue; revision: number; buildMs: number } | Error> {
  const revision = await source.revision();
  if (!revision.ok) return revision.error;
  const data = await source.read();
  if (!data.ok) return data.error;
  const started = performance.now();
  const catalogue = createCatalogue(data.value);
  if (!catalogue.ok) return catalogue.error;
  // The matching index is built here, before the swap, so no request ever waits for it.
  prepareMatching(catalogue.value);
  return {
    catalogue: catalogue.value,
    revision: revision.value,
    buildMs: performance.now() - started,
  };
}

/**
 * Opens a catalogue that follows `source`: loaded now, then reloaded whenever the source says it may
 * have changed and its revision moved. Each instance of an app holds one; a change saved through any
 * instance is served by all of them as soon as their source tells them (docs/decisions).
 *
 * @returns the live catalogue, or the error that kept the first load from succeeding.
 *
 * @example
 * ```ts
 * const live = await openLiveCatalogue(db.catalogue, { onSwap: ({ revision }) => log(revision) });
 * if (!live.ok) throw live.error;
 * matchServices(live.value, query); // always the current snapshot
 * ```
 */
export async function openLiveCatalogue(
  source: CatalogueSource,
  events: LiveCatalogueEvents = {},
): Promise<Result<LiveCatalogue, Error>> {
  const first = await load(source);
  if (first instanceof Error) return { ok: false, error: first };
  let snapshot = first.catalogue;
  let revision = first.revision;
  // One load at a time; a change signalled during a load runs one more load after it.
  let running: Promise<boolean> | undefined;
  let again = false;
  let failed: number | undefined;

  const refreshOnce = async (): Promise<boolean> => {
    const latest = await source.revision();
    if (!latest.ok) {
      events.onError?.(latest.error);
      return false;
    }
    // A revision that failed to load is not tried again at every poll; the next change is.
    if (latest.value === revision || latest.value === failed) return false;
    const next = await load(source);
    if (next instanceof Error) {
      failed = latest.value;
      events.onError?.(next);
      return false;
    }
    if (next.revision < revision) return false;
    snapshot = next.catalogue;
    revision = next.revision;
    events.onSwap?.({ revision, buildMs: next.buildMs });
    return true;
  };
  const refresh = (): Promise<boolean> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let swapped = false;
      do {
        again = false;
        swapped = (await refreshOnce()) || swapped;
      } while (again);
      running = undefined;
      return swapped;
    })();
    return running;
  };
  const stop = source.watch(() => void refresh());

  const live: LiveCatalogue & { [LIVE]: true } = {
    [LIVE]: true,
    get districts() {
      return snapshot.districts;
    },
    get providers() {
      return snapshot.providers;
    },
    get services() {
      return snapshot.services;
    },
    get needs() {
      return snapshot.needs;
    },
    district: (id) => snapshot.district(id),
    provider: (id) => snapshot.provider(id),
    service: (id) => snapshot.service(id),
    toData: () => snapshot.toData(),
    current: () => snapshot,
    get revision() {
      return revision;
    },
    refresh,
    close: () => stop(),
  };
  return { ok: true, value: live };
}
