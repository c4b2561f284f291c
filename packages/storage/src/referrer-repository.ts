import type { Result } from '@lotsen/domain';
import { z } from 'zod';
import type { Driver } from './driver.js';
import type { StorageError } from './errors.js';
import {
  JsonValueSchema,
  TimestampSchema,
  guard,
  iso,
  parseInput,
  type JsonValue,
} from './input.js';

/**
 * Where the staff member who made a referral from Teams hears back: the Bot Framework conversation
 * reference of the chat it came from (ids and the service URL, no message text) and the language
 * they used. Nothing about the child is kept here.
 */
const ConversationSchema = z.strictObject({
  referralId: z.uuid(),
  staffId: z.string().min(1).max(200),
  locale: z.enum(['sv', 'en']),
  /** The botbuilder `ConversationReference`, as JSON. */
  reference: JsonValueSchema,
  at: TimestampSchema,
});
/** A referrer's conversation to remember. */
export type ReferrerConversationInput = z.input<typeof ConversationSchema>;

/** A stored referrer conversation. */
export interface ReferrerConversation {
  readonly referralId: string;
  readonly staffId: string;
  readonly locale: 'sv' | 'en';
  readonly reference: JsonValue;
  readonly createdAt: string;
  /** The staff member turned status messages off. */
  readonly muted: boolean;
}

/** Referrers' conversations and their choice to hear back or not. */
export interface ReferrerRepository {
  /** Remembers the conversation a referral came from (the first one stays). */
  remember(input: ReferrerConversationInput): Promise<Result<void, StorageError>>;
  /** The conversation of a referral, with the staff member's setting; `undefined` when none. */
  conversationOf(
    referralId: string,
  ): Promise<Result<ReferrerConversation | undefined, StorageError>>;
  /** Turns a staff member's status messages off (`true`) or on. */
  setMuted(staffId: string, muted: boolean, at: string): Promise<Result<void, StorageError>>;
  /** Whether a staff member turned status messages off. */
  isMuted(staffId: string): Promise<Result<boolean, StorageError>>;
  /**
   * Records that a status message reached the referrer at `at` (the first time stays): the loop is
   * closed. Nothing happens for a referral not made from Teams.
   */
  markTold(referralId: string, at: string): Promise<Result<void, StorageError>>;
}

/** Creates the referrer repository over a driver. */
export function createReferrerRepository(driver: Driver): ReferrerRepository {
  return {
    async markTold(referralId, at) {
      const parsed = parseInput(
        z.strictObject({ referralId: z.uuid(), at: TimestampSchema }),
        { referralId, at },
        'referrer told',
      );
      if (!parsed.ok) return parsed;
      return guard(async () => {
        await driver.query(
          `UPDATE referrer_conversations SET told_at = COALESCE(told_at, $2) WHERE referral_id = $1`,
          [parsed.value.referralId, parsed.value.at],
        );
      });
    },

    async remember(input) {
      const parsed = parseInput(ConversationSchema, input, 'referrer conversation');
      if (!parsed.ok) return parsed;
      const c = parsed.value;
      return guard(async () => {
        await driver.query(
          `INSERT INTO referrer_conversations (referral_id, staff_id, locale, reference, created_at)
           VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (referral_id) DO NOTHING`,
          [c.referralId, c.staffId, c.locale, JSON.stringify(c.reference), c.at],
        );
      });
    },
    async conversationOf(referralId) {
      return guard(async () => {
        const { rows } = await driver.query(
          `SELECT c.*, COALESCE(s.muted, false) AS muted
             FROM referrer_conversations c
             LEFT JOIN staff_notification_settings s ON s.staff_id = c.staff_id
            WHERE c.referral_id = $1`,
          [referralId],
        );
        const row = rows[0];
        if (!row) return undefined;
        return {
          referralId: String(row.referral_id),
          staffId: String(row.staff_id),
          locale: row.locale === 'en' ? 'en' : 'sv',
          reference: row.reference as JsonValue,
          createdAt: iso(row.created_at),
          muted: row.muted === true,
        };
      });
    },
    async setMuted(staffId, muted, at) {
      return guard(async () => {
        await driver.query(
          `INSERT INTO staff_notification_settings (staff_id, muted, updated_at) VALUES ($1, $2, $3)
           ON CONFLICT (staff_id) DO UPDATE SET muted = EXCLUDED.muted, updated_at = EXCLUDED.updated_at`,
          [staffId, muted, at],
        );
      });
    },
    async isMuted(staffId) {
      return guard(async () => {
        const { rows } = await driver.query(
          'SELECT muted FROM staff_notification_settings WHERE staff_id = $1',
          [staffId],
        );
        return rows[0]?.muted === true;
      });
    },
  };
}
