import { errorCode, isUnavailable, type Driver } from './driver.js';
import { StorageError, isStorageError } from './errors.js';

/** A change in whether the database answers, as this process's queries see it. */
export interface ReachabilityChange {
  /** `false`: a query failed because the database could not be reached; `true`: one succeeded again. */
  readonly reachable: boolean;
  /**
   * The SQLSTATE or socket error code of the failure (`57P01`, `ECONNREFUSED`, …), when it had one.
   * Only with `reachable: false`. A code, never a message: messages can quote stored values.
   */
  readonly code?: string;
  /** How long the database was unreachable, in milliseconds. Only with `reachable: true`. */
  readonly unreachableMs?: number;
}

/** Told of every {@link ReachabilityChange}; what it throws is ignored. */
export type ReachabilityListener = (change: ReachabilityChange) => void;

/** A driver that reports reachability changes, and how to listen to them. */
export interface WatchedDriver {
  readonly driver: Driver;
  /** Adds a listener; returns the function that removes it. */
  onChange(listener: ReachabilityListener): () => void;
}

/**
 * Wraps a driver so that its outcomes tell whether the database is reachable: a failure that means
 * the database cannot be reached ({@link isUnavailable}) makes it unreachable, and is thrown on as a
 * {@link StorageError} `UNAVAILABLE` with the original as its cause; a success makes it reachable.
 * Listeners hear only changes, so an outage is two events however many requests fail during it.
 *
 * Only an operation that started in the current state may change it: a transaction that began before
 * the outage and still committed does not end it, and one that waited for a connection through the
 * whole outage and failed after does not start another.
 */
export function watchReachability(inner: Driver): WatchedDriver {
  const listeners = new Set<ReachabilityListener>();
  let reachable = true;
  let generation = 0;
  let since = performance.now();
  let closed = false;

  const change = (next: ReachabilityChange) => {
    reachable = next.reachable;
    generation++;
    const now = performance.now();
    const unreachableMs = Math.round(now - since);
    since = now;
    const event = next.reachable ? { reachable: true, unreachableMs } : next;
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // A listener (a logger) must not turn a query's outcome into a failure.
      }
    }
  };

  const observe = async <T>(run: () => Promise<T>): Promise<T> => {
    const started = generation;
    try {
      const value = await run();
      if (!reachable && !closed && started === generation) change({ reachable: true });
      return value;
    } catch (error) {
      if (!isUnavailable(error)) throw error;
      const cause = isStorageError(error) ? error.cause : error;
      if (reachable && !closed && started === generation) {
        const code = errorCode(cause);
        change({ reachable: false, ...(code === undefined ? {} : { code }) });
      }
      // One error for every way of losing the database, whichever engine and wherever it was lost:
      // the repositories return it, and code that calls the driver itself (a unit of work) gets it.
      throw isStorageError(error)
        ? error
        : new StorageError('UNAVAILABLE', 'The database cannot be reached', { cause: error });
    }
  };

  const driver: Driver = {
    engine: inner.engine,
    query: (sql, params, options) => observe(() => inner.query(sql, params, options)),
    exec: (sql) => observe(() => inner.exec(sql)),
    transaction: (fn, options) => observe(() => inner.transaction(fn, options)),
    ...(inner.listen ? { listen: inner.listen.bind(inner) } : {}),
    close() {
      // Queries after closing fail as unavailable; that is no outage.
      closed = true;
      return inner.close();
    },
  };
  return {
    driver,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
