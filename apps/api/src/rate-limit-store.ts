import { createHmac, randomBytes } from 'node:crypto';
import {
  MAX_RATE_LIMIT_KEYS,
  isStorageError,
  type RateLimitHits,
  type RateLimitRepository,
} from '@lotsen/storage';

/*
 * The counts of the anonymous rate limit (rate-limit.ts), held across every API instance sharing one
 * database, without a database round trip per request. Without a database, the same counter counts
 * for its own instance only.
 *
 * Each instance counts in fixed windows (aligned to the epoch, so every instance agrees where a window
 * starts) in memory. Every `flushIntervalMs`, and at once when a client's unsent count reaches
 * `flushFraction` of the limit, it sends the unsent counts of every client to the database in one
 * statement and takes back each client's total over all instances. A request is refused once that
 * total plus what this instance counted since reaches the limit.
 *
 * How far off the shared count can be: an instance hears of the other instances' requests only with
 * its own next flush after theirs, and it flushes only when it has counted something. So once a
 * client has reached its limit, each instance may still admit what that client sends it until then:
 * about two flush intervals (plus two database round trips) of the client's traffic in all, with the
 * defaults about half a second of it, and at least one request per instance that had not heard of
 * the client lately. A client reaching `flushFraction` of the limit on one instance is flushed at
 * once, which shortens this for fast clients. No instance ever admits more than the limit by
 * itself. Refused requests are not counted (the window's end lifts the refusal anyway), so a client
 * hammering a refusal costs no database writes.
 *
 * Clients are stored only as an HMAC-SHA256 of the address under a secret the database does not
 * hold. Every instance must be given the same secret (`LOTSEN_RATE_LIMIT_SECRET`), or their counts
 * never meet; without one, a random secret per process start is used and the limit holds per
 * instance only. When the database fails, each instance goes on limiting by its own count (logged
 * once, without the client) and shares again when the database answers.
 */

/** How the shared rate limit counts. Everything has a default. */
export interface SharedRateLimitOptions {
  /**
   * The key client addresses are hashed with, at least 32 characters; the same on every instance.
   * Default: a random one per process start (the limit then holds per instance only).
   */
  readonly secret?: string | undefined;
  /** How often unsent counts are sent to the database (default 250 ms). */
  readonly flushIntervalMs?: number | undefined;
  /** The share of the limit a client's unsent count may reach before it is sent at once (default 0.1). */
  readonly flushFraction?: number | undefined;
  /** How often an instance deletes the counts of ended windows (default every minute). */
  readonly purgeIntervalMs?: number | undefined;
  /** The most clients kept in memory per window (default 100 000); the oldest is forgotten first. */
  readonly maxKeys?: number | undefined;
  /** The clock windows are cut by (tests set it). */
  readonly clock?: (() => number) | undefined;
}

/** Where the store reports that it cannot share (fastify's logger). */
export interface RateLimitLog {
  warn(fields: Record<string, unknown>, message: string): void;
  info(fields: Record<string, unknown>, message: string): void;
}

/** A client's count in its current window, as {@link RateCounter.hit} reports it. */
export interface RateCount {
  /** The requests of the client in this window, this one included, over every instance known of. */
  readonly current: number;
  /** Milliseconds until the window ends (and the count starts over). */
  readonly resetMs: number;
}

/** Counts a client's requests in fixed windows. Synchronous: no request waits for the database. */
export interface RateCounter {
  /**
   * Counts one request of `client` (a key such as a normalized address; kept in memory only) in
   * the current window of `windowMs`, unless the client is already at `max` (a refused request is
   * not counted), and reports the count including this request.
   */
  hit(client: string, windowMs: number, max: number): RateCount;
}

/** A rate counter and its lifecycle. */
export interface SharedRateLimit {
  /** The counts; shared through the database when there is one. */
  readonly counter: RateCounter;
  /** Sends what is unsent now and takes back the totals; never rejects. */
  flush(): Promise<void>;
  /** Stops sending; waits for a flush under way. Counting goes on locally. */
  close(): Promise<void>;
}

/** The minimum length of a configured secret. */
export const MIN_RATE_LIMIT_SECRET_LENGTH = 32;

// One per process start, so that several apps in one process (tests) count together.
const PROCESS_SECRET = randomBytes(32);

/** One client in one window, as this instance knows it. */
interface Entry {
  /** The client's key (its address): in memory only, never stored or logged. */
  readonly id: string;
  windowMs: number;
  windowStart: number;
  /** The total over all instances, as of this instance's last flush. */
  shared: number;
  /** Counted here and sent, answer not back yet. */
  sending: number;
  /** Counted here, not sent yet. */
  pending: number;
  /** In the list of entries to send. */
  queued: boolean;
  hashed: string | undefined;
  hashedFor: number;
}

interface Sent {
  readonly entry: Entry;
  readonly windowStart: number;
  readonly hits: number;
}

function errorCodeOf(error: unknown): string {
  if (isStorageError(error)) return error.code;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    if (typeof code === 'string') return code;
  }
  return error instanceof Error ? error.name : 'unknown';
}

function positive(value: number | undefined, fallback: number, what: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${what} must be a positive number`);
  return value;
}

/**
 * Creates a rate counter shared through the database's `rateLimits` repository (or, with
 * `undefined`, one that counts for this instance only and never sends anything). Give its
 * `counter` to the rate limit hook and call `close()` when the app closes.
 *
 * @example
 * ```ts
 * const shared = createSharedRateLimit(db.rateLimits, app.log, { secret });
 * app.addHook('onClose', () => shared.close());
 * app.addHook('onRequest', anonymousRateLimiter({ max: 300, counter: shared.counter }).hook);
 * ```
 */
export function createSharedRateLimit(
  repository: RateLimitRepository | undefined,
  log: RateLimitLog,
  options: SharedRateLimitOptions = {},
): SharedRateLimit {
  if (options.secret !== undefined && options.secret.length < MIN_RATE_LIMIT_SECRET_LENGTH) {
    throw new Error(
      `The rate limit secret must be at least ${MIN_RATE_LIMIT_SECRET_LENGTH} characters`,
    );
  }
  const secret = options.secret ?? PROCESS_SECRET;
  const flushIntervalMs = positive(options.flushIntervalMs, 250, 'flushIntervalMs');
  const flushFraction = positive(options.flushFraction, 0.1, 'flushFraction');
  const purgeIntervalMs = positive(options.purgeIntervalMs, 60_000, 'purgeIntervalMs');
  const maxKeys = positive(options.maxKeys, 100_000, 'maxKeys');
  const clock = options.clock ?? Date.now;

  const entries = new Map<string, Entry>();
  let queue: Entry[] = [];
  let longestWindowMs = 0;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let degraded = false;
  // Spread the instances' purges over the interval.
  let nextPurgeAt = clock() + Math.random() * purgeIntervalMs;
  let nextSweepAt = clock();

  const hashOf = (entry: Entry): string => {
    if (entry.hashed === undefined || entry.hashedFor !== entry.windowMs) {
      entry.hashed = createHmac('sha256', secret)
        .update(`${entry.windowMs}\n${entry.id}`)
        .digest('hex');
      entry.hashedFor = entry.windowMs;
    }
    return entry.hashed;
  };

  const entryFor = (id: string, windowStart: number, windowMs: number): Entry => {
    let entry = entries.get(id);
    if (entry === undefined) {
      if (entries.size >= maxKeys) {
        // Forget the oldest client; counts it has not sent yet are still sent from the queue.
        const oldest = entries.keys().next();
        if (oldest.done !== true) entries.delete(oldest.value);
      }
      entry = {
        id,
        windowMs,
        windowStart,
        shared: 0,
        sending: 0,
        pending: 0,
        queued: false,
        hashed: undefined,
        hashedFor: 0,
      };
      entries.set(id, entry);
      if (windowMs > longestWindowMs) longestWindowMs = windowMs;
    } else if (entry.windowStart !== windowStart || entry.windowMs !== windowMs) {
      // A new window: what was not sent of the old one no longer matters to anyone.
      entry.windowStart = windowStart;
      entry.windowMs = windowMs;
      entry.shared = 0;
      entry.sending = 0;
      entry.pending = 0;
      if (windowMs > longestWindowMs) longestWindowMs = windowMs;
    }
    return entry;
  };

  const failed = (error: unknown) => {
    if (degraded) return;
    degraded = true;
    log.warn(
      { code: errorCodeOf(error) },
      'Rate limit counts cannot be shared through the database; each API instance limits by its own count until it answers',
    );
  };

  const send = async (
    repository: RateLimitRepository,
    windowStart: number,
    batch: readonly Sent[],
  ): Promise<void> => {
    const deltas: RateLimitHits[] = batch.map((s) => ({ key: hashOf(s.entry), hits: s.hits }));
    let totals: Map<string, number> | undefined;
    try {
      const result = await repository.addHits(new Date(windowStart).toISOString(), deltas);
      if (result.ok) totals = new Map(result.value.map((t) => [t.key, t.hits]));
      else failed(result.error);
    } catch (error) {
      failed(error);
    }
    for (const s of batch) {
      const e = s.entry;
      if (e.windowStart !== s.windowStart) continue; // its window ended meanwhile
      e.sending -= s.hits;
      const total = totals?.get(hashOf(e));
      if (total !== undefined) {
        if (total > e.shared) e.shared = total;
      } else {
        // Not added (the statement is atomic): count it locally and send it again next time.
        e.pending += s.hits;
        if (!e.queued) {
          e.queued = true;
          queue.push(e);
        }
      }
    }
    if (totals !== undefined && degraded) {
      degraded = false;
      log.info({}, 'Rate limit counts are shared through the database again');
    }
  };

  const purge = async (repository: RateLimitRepository, now: number): Promise<void> => {
    nextPurgeAt = now + purgeIntervalMs;
    // Two windows back, so that an instance whose clock runs a little behind is not purged under.
    const before = new Date(now - 2 * longestWindowMs).toISOString();
    try {
      const purged = await repository.purgeBefore(before);
      if (!purged.ok) failed(purged.error);
    } catch (error) {
      failed(error);
    }
  };

  const flushOnce = async (): Promise<void> => {
    // Counting for this instance only: nothing is ever queued, nothing to send.
    if (repository === undefined) return;
    const now = clock();
    const batch = queue;
    queue = [];
    const byWindow = new Map<string, { windowStart: number; sent: Sent[] }>();
    for (const e of batch) {
      e.queued = false;
      if (e.pending === 0) continue;
      if (e.windowStart + e.windowMs <= now) {
        e.pending = 0; // ended: nobody needs it any more
        continue;
      }
      const hits = e.pending;
      e.pending = 0;
      e.sending += hits;
      const group = `${e.windowStart}/${e.windowMs}`;
      let g = byWindow.get(group);
      if (g === undefined) byWindow.set(group, (g = { windowStart: e.windowStart, sent: [] }));
      g.sent.push({ entry: e, windowStart: e.windowStart, hits });
    }
    // One statement per window length in use (the app uses one), split only beyond what one takes.
    for (const { windowStart, sent } of byWindow.values()) {
      for (let i = 0; i < sent.length; i += MAX_RATE_LIMIT_KEYS) {
        await send(repository, windowStart, sent.slice(i, i + MAX_RATE_LIMIT_KEYS));
      }
    }
    if (byWindow.size > 0 && !degraded && now >= nextPurgeAt) await purge(repository, now);
  };

  const flush = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await flushOnce();
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const sweep = (now: number) => {
    nextSweepAt = now + Math.max(longestWindowMs, flushIntervalMs);
    for (const [id, e] of entries) {
      if (e.windowStart + e.windowMs <= now && !e.queued && e.sending === 0) entries.delete(id);
    }
  };

  const timer = setInterval(() => {
    if (queue.length > 0 && repository !== undefined) void flush();
    const now = clock();
    if (now >= nextSweepAt) sweep(now);
  }, flushIntervalMs);
  timer.unref();

  const hit = (client: string, windowMs: number, max: number): RateCount => {
    const now = clock();
    const windowStart = now - (now % windowMs);
    const entry = entryFor(client, windowStart, windowMs);
    const total = entry.shared + entry.sending + entry.pending;
    if (total < max) {
      entry.pending++;
      if (repository !== undefined) {
        if (!entry.queued) {
          entry.queued = true;
          queue.push(entry);
        }
        if (!closed && entry.pending === Math.max(1, Math.ceil(max * flushFraction))) void flush();
      }
    }
    // At `max` the request is refused and, being refused, not counted.
    return { current: total + 1, resetMs: windowStart + windowMs - now };
  };

  return {
    counter: { hit },
    flush,
    async close() {
      closed = true;
      clearInterval(timer);
      await running;
    },
  };
}
