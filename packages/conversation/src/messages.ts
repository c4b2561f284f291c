import {
  ChildAgeSchema,
  ConsentGivenBySchema,
  LanguageCodeSchema,
  SlugSchema,
  TextSchema,
  err,
  ok,
  toInputIssues,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import type { SafetyCategory } from './config.js';
import { ConversationError } from './errors.js';

/** The channels the core talks through. `test` is the fixtures and unit tests. */
export const CHANNELS = ['teams', 'web', 'test'] as const;
/** A channel the core talks through. */
export type Channel = (typeof CHANNELS)[number];

/**
 * Who is writing. `staff` is decided by the adapter (Teams, allowed tenant), never by anything the
 * web client sends; everyone on the web is `anonymous`.
 */
export type UserKind = 'staff' | 'anonymous';

/** The chat languages. */
export type ChatLanguage = 'sv' | 'en';

/** Who the person says they are, which picks the flow. */
export type Role = 'staff' | 'parent' | 'young';

/** What the user asks for, as understood from text or a button. */
export const INTENTS = [
  'greeting',
  'help',
  'start_over',
  'change_language',
  'what_do_you_know',
  'forget_me',
  'find_support',
  'start_referral',
  'referral_status',
  'retry_referral',
  'about_groups',
  'how_to_contact',
  'parent_support',
  'own_rights',
  'talk_to_person',
  'yes',
  'no',
  'dont_know',
  'thanks',
  'unknown',
] as const;
/** What the user asks for. */
export type Intent = (typeof INTENTS)[number];

/**
 * The value a button or suggested action carries back. Adapters send it as `Action.Submit` data (or
 * `messageBack` value) and return it unchanged in {@link IncomingMessage.action}.
 */
export const ActionValueSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('intent'), intent: z.enum(INTENTS) }),
  z.object({ type: z.literal('role'), role: z.enum(['staff', 'parent', 'young']) }),
  z.object({ type: z.literal('set_language'), language: z.enum(['sv', 'en']) }),
  /** The family's language for matching; `null` skips the question. */
  z.object({
    type: z.literal('family_language'),
    language: LanguageCodeSchema.nullable(),
  }),
  z.object({ type: z.literal('district'), districtId: SlugSchema }),
  z.object({ type: z.literal('need'), needId: SlugSchema }),
  z.object({ type: z.literal('refer'), serviceId: SlugSchema }),
  z.object({ type: z.literal('contact'), serviceId: SlugSchema }),
  z.object({
    type: z.literal('consent'),
    givenBy: z.union([ConsentGivenBySchema, z.literal('none')]),
  }),
  z.object({ type: z.literal('confirm_referral') }),
  z.object({ type: z.literal('cancel_referral') }),
  z.object({ type: z.literal('more_results') }),
  z.object({ type: z.literal('new_search') }),
  /** Which of several children to search for, by age. */
  z.object({ type: z.literal('child_age'), age: ChildAgeSchema }),
]);
/** The value a button or suggested action carries. */
export type ActionValue = z.infer<typeof ActionValueSchema>;

/** One message from a user, whatever the channel. */
export interface IncomingMessage {
  /** What the user typed, if anything. */
  readonly text?: string;
  /** The value of the button the user pressed, if any. */
  readonly action?: ActionValue;
  /** The channel's locale hint (`sv-SE`, `en-US`); the user's own choice wins. */
  readonly locale?: string;
  readonly channel: Channel;
  readonly userKind: UserKind;
  /**
   * What identifies this message, the same each time the channel delivers it (in Teams: the
   * conversation and activity id; at most {@link MAX_MESSAGE_ID_LENGTH} characters). A referral
   * confirmed by this message is requested under it, and sent again under it, so that the API
   * registers it once however often it is sent. Without it, the core makes up a random one.
   */
  readonly id?: string;
  /**
   * Who is writing, as an opaque reference that stays the same for one person (the bot app: a hash
   * of the Teams user, the same one the API records as the referral's actor; never a name). Only
   * whoever sent a referral can send it again: the API keeps each caller's idempotency keys apart,
   * so anyone else's repeat would register the child twice.
   */
  readonly sender?: string;
  /**
   * The client showed Lotsen's notice (an automated guide, not a person; no names or identity
   * numbers; nothing kept) before this message, and keeps it one tap away ("Om Lotsen"): the web
   * chat page does. The greeting then does not say it a second time (issue 14: once per conversation).
   */
  readonly noticeShown?: boolean;
}

/** The longest {@link IncomingMessage.id} (and {@link IncomingMessage.sender}) the core takes. */
export const MAX_MESSAGE_ID_LENGTH = 1024;

const IncomingMessageSchema = z.object({
  text: TextSchema.max(100_000).optional(),
  action: z.unknown().optional(),
  locale: TextSchema.max(35).optional(),
  channel: z.enum(CHANNELS),
  userKind: z.enum(['staff', 'anonymous']),
  id: TextSchema.min(1).max(MAX_MESSAGE_ID_LENGTH).optional(),
  sender: TextSchema.min(1).max(MAX_MESSAGE_ID_LENGTH).optional(),
  noticeShown: z.boolean().optional(),
});

/**
 * Validates a message from an adapter; never throws. A button value this version does not know (a card
 * from an older release) is dropped rather than refused, so the user gets an answer, not an error.
 */
export function parseIncomingMessage(input: unknown): Result<IncomingMessage, ConversationError> {
  const parsed = IncomingMessageSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return err(
      new ConversationError(
        'INVALID_MESSAGE',
        `Invalid message: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
        issues,
        { cause: parsed.error },
      ),
    );
  }
  const { text, action, locale, channel, userKind, id, sender, noticeShown } = parsed.data;
  const value = action === undefined ? undefined : ActionValueSchema.safeParse(action);
  return ok({
    channel,
    userKind,
    ...(id !== undefined ? { id } : {}),
    ...(sender !== undefined ? { sender } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(value?.success ? { action: value.data } : {}),
    ...(noticeShown ? { noticeShown } : {}),
  });
}

/** A button or suggested action: what it says and what it sends back. */
export interface Choice {
  readonly title: string;
  readonly action: ActionValue;
}

/** One label–value line on a card. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/** A neutral card; the adapter renders it as an Adaptive Card 1.5 with `Action.Submit` buttons. */
export interface Card {
  readonly title: string;
  readonly subtitle?: string;
  readonly text?: string;
  readonly facts: readonly Fact[];
  /** Why this is shown (a match's reasons), one line each. */
  readonly reasons: readonly string[];
  readonly buttons: readonly Choice[];
  /**
   * For parents and young people: how to get in touch, always shown. A card with it is shown compact
   * (title, contact and buttons), its text, facts and reasons behind a button titled `more`.
   */
  readonly contact?: string;
  readonly more?: string;
}

/** One contact on a crisis card. */
export interface CrisisCardContact {
  readonly name: string;
  readonly phone?: string;
  readonly url?: string;
  readonly note: string;
}

/** The card shown when the safety check finds an acute concern. Adapters render it prominently. */
export interface CrisisCard {
  readonly category: SafetyCategory;
  readonly title: string;
  readonly text: string;
  readonly contacts: readonly CrisisCardContact[];
  /** For staff only: the duty to report to social services. */
  readonly reportingDuty?: string;
  /**
   * The safety question rather than the full card: the check was unsure, so the title asks "Are
   * you or someone else in danger right now?" and the contacts are shown while the person answers.
   */
  readonly question?: true;
}

/** At most this many suggested actions per message: Teams shows only the first three. */
export const MAX_SUGGESTED_ACTIONS = 3;

/** One message from the bot. Suggested actions ride on the last message of a turn. */
export type OutgoingMessage =
  | { readonly type: 'text'; readonly text: string; readonly suggestedActions?: readonly Choice[] }
  | { readonly type: 'card'; readonly card: Card; readonly suggestedActions?: readonly Choice[] }
  | {
      readonly type: 'crisis';
      readonly crisis: CrisisCard;
      readonly suggestedActions?: readonly Choice[];
    };
