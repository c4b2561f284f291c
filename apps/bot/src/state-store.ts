import {
  ActionValueSchema,
  parseConversationState,
  type ConversationState,
} from '@lotsen/conversation';
import type { Database, JsonValue } from '@lotsen/storage';
import { z } from 'zod';
import { TextSchema } from '@lotsen/domain';
import type { PendingChoice } from './activities.js';

/** What the bot keeps per conversation: the core's state and the suggested actions on offer. */
export interface BotState {
  readonly core: ConversationState | null;
  readonly pending: readonly PendingChoice[];
}

/** One turn's work on a conversation's state: the next state, and what the turn produced. */
export type StateTurn<T> = (current: BotState) => { readonly next: BotState; readonly result: T };

/** Where conversation state lives. Shared by every bot process, so any of them can take the next turn. */
export interface BotStateStore {
  /** The stored state, read from the shared store. */
  get(key: string): Promise<BotState>;
  /**
   * Runs one turn against the conversation's state and stores the next state, as if nobody else
   * touched the conversation meanwhile: when another process took a turn in between, the turn is
   * run again on the state it left. `turn` must therefore have no side effects; act on its result.
   */
  update<T>(key: string, turn: StateTurn<T>): Promise<T>;
  delete(key: string): Promise<void>;
}

/** Anonymous state expires after 30 minutes without activity (the core also checks on every turn). */
export const STATE_TTL_SECONDS = 30 * 60;

/** How often a turn is run again when other processes keep writing the same conversation. */
const MAX_ATTEMPTS = 5;

const EMPTY: BotState = { core: null, pending: [] };

const PendingSchema = z.array(z.object({ title: TextSchema, action: ActionValueSchema }));

/** Thrown when a conversation's state kept changing under a turn; botbuilder answers with an error. */
export class StateConflictError extends Error {
  constructor() {
    super('The conversation state kept changing; the turn was not stored');
    this.name = 'StateConflictError';
  }
}

/** Options of {@link databaseStateStore}. */
export interface StateStoreOptions {
  /**
   * How many conversations this process remembers between turns (their state and its version), so
   * that a turn costs one database round trip instead of two. 0 turns the memory off.
   */
  readonly remembered?: number;
}

interface Remembered {
  readonly state: BotState;
  readonly version: string;
}

function decode(value: JsonValue | null): BotState {
  const stored = value as { core?: unknown; pending?: unknown } | null | undefined;
  if (!stored) return EMPTY;
  const core = stored.core ? parseConversationState(stored.core) : undefined;
  const pending = PendingSchema.safeParse(stored.pending);
  return { core: core?.ok ? core.value : null, pending: pending.success ? pending.data : [] };
}

/** A stored chat state as a request knows it: its value, and the version it has (`null`: none). */
export interface KnownState<S> {
  readonly state: S;
  readonly version: string | null;
}

/**
 * Stores `step(known.state).next` under `key`, but only over `known.version`. When another request
 * wrote in between (or the state expired, or was deleted), the write is refused and brings back what
 * is stored now; `decode` turns that into a state (`undefined`: it is gone and nothing is written,
 * the answer is `undefined`) and `step` runs again on it. The one optimistic write behind both the
 * conversation state and the web chat's history; `step` must therefore have no side effects.
 */
export async function writeOverVersion<S, T>(
  db: Database,
  key: string,
  known: KnownState<S>,
  decode: (stored: JsonValue | null) => S | undefined,
  step: (state: S) => { readonly next: S; readonly result: T },
): Promise<{ next: S; result: T; version: string } | undefined> {
  let current = known;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const { next, result } = step(current.state);
    const saved = await db.chatState.putIfVersion(
      key,
      next as unknown as JsonValue,
      STATE_TTL_SECONDS,
      current.version,
    );
    if (!saved.ok) throw saved.error;
    if (saved.value.written) return { next, result, version: saved.value.version };
    const stored = saved.value.current;
    const state = decode(stored?.value ?? null);
    if (state === undefined) return undefined;
    current = { state, version: stored?.version ?? null };
  }
  throw new StateConflictError();
}

/**
 * The state store on the database's short-lived chat state table (`@lotsen/storage`). A stored value
 * that no longer parses (an older version of the bot wrote it) starts the conversation over.
 *
 * Each turn is one conditional write: the state is written only over the version this process last
 * saw (`putIfVersion`), and this process remembers the state it wrote with its version. The memory is
 * only a shortcut, never the truth: when another process has taken a turn in between (or the state
 * expired, or the user asked to be forgotten), the write is refused and brings back what is stored
 * now, and the turn runs again on it. So several bot instances can serve one conversation; a turn
 * costs one round trip when this process took the conversation's last turn (or the conversation is
 * new), two when another process did.
 */
export function databaseStateStore(db: Database, options: StateStoreOptions = {}): BotStateStore {
  const capacity = options.remembered ?? 5_000;
  const memory = new Map<string, Remembered>();

  function remember(key: string, entry: Remembered): void {
    if (capacity <= 0) return;
    memory.delete(key);
    memory.set(key, entry);
    // A Map iterates in insertion order, and a remembered entry is re-inserted when written: the
    // first key is the conversation idle the longest.
    if (memory.size > capacity) memory.delete(memory.keys().next().value!);
  }

  async function read(key: string): Promise<KnownState<BotState>> {
    const stored = await db.chatState.get(key);
    if (!stored.ok) throw stored.error;
    if (!stored.value) return { state: EMPTY, version: null };
    return { state: decode(stored.value.value), version: stored.value.version };
  }

  return {
    async get(key) {
      return (await read(key)).state;
    },

    async update(key, turn) {
      // Knowing nothing of the conversation, guess it is new rather than read first: a new one is
      // then one round trip, and a guess that is wrong costs no more than the read would have (the
      // refused write brings the stored state back).
      const known = memory.get(key) ?? { state: EMPTY, version: null };
      const written = await writeOverVersion(db, key, known, decode, turn);
      // decode never reports a state gone (it starts over instead), so there is always a write.
      remember(key, { state: written!.next, version: written!.version });
      return written!.result;
    },

    async delete(key) {
      memory.delete(key);
      const deleted = await db.chatState.delete(key);
      if (!deleted.ok) throw deleted.error;
    },
  };
}
