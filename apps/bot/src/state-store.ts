import { parseConversationState, type ConversationState } from '@lotsen/conversation';
import type { Database } from '@lotsen/storage';
import { ActionValueSchema } from '@lotsen/conversation';
import { z } from 'zod';
import type { PendingChoice } from './activities.js';

/** What the bot keeps per conversation: the core's state and the suggested actions on offer. */
export interface BotState {
  readonly core: ConversationState | null;
  readonly pending: readonly PendingChoice[];
}

/** Where conversation state lives. Shared by every bot process, so any of them can take the next turn. */
export interface BotStateStore {
  get(key: string): Promise<BotState>;
  put(key: string, state: BotState): Promise<void>;
  delete(key: string): Promise<void>;
}

/** Anonymous state expires after 30 minutes without activity (the core also checks on every turn). */
export const STATE_TTL_SECONDS = 30 * 60;

const PendingSchema = z.array(z.object({ title: z.string(), action: ActionValueSchema }));

/**
 * The state store on the database's short-lived chat state table (`@lotsen/storage`). A stored value
 * that no longer parses (an older version of the bot wrote it) starts the conversation over.
 */
export function databaseStateStore(db: Database): BotStateStore {
  return {
    async get(key) {
      const stored = await db.chatState.get(key);
      if (!stored.ok) throw stored.error;
      const value = stored.value?.value as { core?: unknown; pending?: unknown } | undefined;
      if (!value) return { core: null, pending: [] };
      const core = value.core ? parseConversationState(value.core) : undefined;
      const pending = PendingSchema.safeParse(value.pending);
      return { core: core?.ok ? core.value : null, pending: pending.success ? pending.data : [] };
    },
    async put(key, state) {
      const saved = await db.chatState.put(
        key,
        JSON.parse(JSON.stringify(state)) as never,
        STATE_TTL_SECONDS,
      );
      if (!saved.ok) throw saved.error;
    },
    async delete(key) {
      const deleted = await db.chatState.delete(key);
      if (!deleted.ok) throw deleted.error;
    },
  };
}
