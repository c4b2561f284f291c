import type { CounterRepository } from '@lotsen/storage';

/** Counts to add, and a way to flush them. */
export interface CounterBuffer {
  add(name: string): void;
  /** Writes what has been counted so far (atomic increments in the shared database). */
  flush(): Promise<void>;
  /** Flushes and stops the timer. */
  close(): Promise<void>;
}

/**
 * Buffers usage counts in memory and adds them to the shared counters every `intervalMs`, so a bot
 * turn does not wait for a counter write. The database stays the only place counts live; a crash
 * loses at most one interval of aggregate counts, never anything about a user.
 */
export function bufferedCounters(repository: CounterRepository, intervalMs = 2000): CounterBuffer {
  let pending = new Map<string, number>();
  let flushing: Promise<void> = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = new Map();
    flushing = flushing.then(async () => {
      for (const [name, by] of batch) {
        const result = await repository.increment(name, by);
        // A failed write puts the counts back for the next flush rather than dropping them.
        if (!result.ok) pending.set(name, (pending.get(name) ?? 0) + by);
      }
    });
    return flushing;
  };
  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();
  return {
    add(name) {
      pending.set(name, (pending.get(name) ?? 0) + 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
