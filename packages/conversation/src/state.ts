import {
  ChildAgeSchema,
  ConsentGivenBySchema,
  ConsentSchema,
  LanguageCodeSchema,
  SlugSchema,
  TextSchema,
  err,
  ok,
  toInputIssues,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import { SAFETY_CATEGORIES, type ConversationConfig } from './config.js';
import { ConversationError } from './errors.js';
import {
  ActionValueSchema,
  INTENTS,
  MAX_MESSAGE_ID_LENGTH,
  type ChatLanguage,
} from './messages.js';

/** Where a conversation is. */
export const STEPS = [
  'start',
  'choose_role',
  'menu',
  'ask_age',
  'ask_district',
  'ask_needs',
  'ask_language',
  'results',
  'referral_consent',
  'referral_confirm',
  'status_reference',
  'idle',
] as const;
/** Where a conversation is. */
export type Step = (typeof STEPS)[number];

/**
 * How long after a referral was first sent the staff member may send it again ("Försök igen"), at
 * most: an hour, well inside the 24 hours the API keeps a request's idempotency key, so a draft
 * sent again is always answered with the referral it created, never registered twice. The
 * conversation's idle timeout (30 minutes by default) forgets it sooner when the chat goes quiet.
 */
export const REFERRAL_RETRY_MINUTES = 60;

/**
 * A referral draft as the state keeps it for sending again: the shape of `ReferralDraft`, which
 * the compiler holds it to both ways (`confirmReferral` stores a `ReferralDraft` here, and
 * `retryReferral` sends what is stored as one).
 */
// The child's age and the family's language, as the slots hold them and a draft carries them.

const SentDraftSchema = z.object({
  serviceId: SlugSchema,
  needs: z.array(SlugSchema).max(20),
  child: z.object({
    age: ChildAgeSchema,
    districtId: SlugSchema,
    languages: z.array(LanguageCodeSchema).max(5),
  }),
  consent: ConsentSchema.pick({ givenBy: true, recordedOn: true }).extend({
    scope: z.literal('referral'),
  }),
});

/**
 * The conversation state: plain JSON, small, and free of anything the user typed. It holds the slots
 * the user gave (age, district, needs, the family's language), where the flow is, the choices last
 * offered, so that typing a button's title works on channels that send it as text, and a staff
 * member's last sent referral draft (the same kind of facts, no text), so that it can be sent again.
 */
export const ConversationStateSchema = z.object({
  version: z.literal(1),
  language: z.enum(['sv', 'en']),
  /** The user picked the language (a command or a button), so the channel's locale no longer decides. */
  languageChosen: z.boolean(),
  /** When the last message arrived (ISO 8601); the state expires after the configured idle time. */
  lastActivity: z.iso.datetime({ offset: true }).nullable(),
  /** The disclosure ("an automated guide, not a person") has been shown. */
  greeted: z.boolean(),
  role: z.enum(['staff', 'parent', 'young']).nullable(),
  step: z.enum(STEPS),
  /** What the slot filling is for: finding support, or support for the parent themself. */
  purpose: z.enum(['find', 'parent_support']).nullable(),
  /** A flow has started and not yet finished (for the flow_started/flow_finished counters). */
  flowOpen: z.boolean(),
  slots: z.object({
    age: ChildAgeSchema.optional(),
    districtId: SlugSchema.optional(),
    /** The districts a place name could mean, while the user has not picked one. */
    districtCandidates: z.array(SlugSchema).max(14).optional(),
    needs: z.array(SlugSchema).max(20),
    /** The family's language for matching (ISO 639); `null` when the user skipped the question. */
    familyLanguage: LanguageCodeSchema.nullable().optional(),
    /**
     * When a group should start ("till våren"), as dates: groups starting then come first. (States
     * stored before this field existed read as none.)
     */
    startWindow: z.object({ from: z.iso.date(), to: z.iso.date() }).optional(),
    /**
     * Several children named together, while the user has not said which to start with. (States
     * stored before these fields existed read as none.)
     */
    childAges: z.array(ChildAgeSchema).max(6).optional(),
    /** The other children of several, by age, to search for after the current one ("den andra?"). */
    otherChildAges: z.array(ChildAgeSchema).max(6).optional(),
  }),
  /** The services last shown, by id, and which page. */
  results: z
    .object({ serviceIds: z.array(SlugSchema).max(200), page: z.number().int().min(0) })
    .nullable(),
  referral: z
    .object({
      serviceId: SlugSchema,
      givenBy: ConsentGivenBySchema.optional(),
    })
    .nullable(),
  offered: z
    .array(z.object({ title: TextSchema.min(1).max(200), action: ActionValueSchema }))
    .max(30),
  /**
   * The referral last sent, kept for {@link REFERRAL_RETRY_MINUTES} so that the staff member can
   * send it again under the same request id when the API's answer did not come. (States stored
   * before this field existed read as none.)
   */
  sentReferral: z
    .object({
      draft: SentDraftSchema,
      requestId: TextSchema.min(1).max(MAX_MESSAGE_ID_LENGTH),
      /** Who sent it (the message's `sender`); only they may send it again. */
      sender: TextSchema.min(1).max(MAX_MESSAGE_ID_LENGTH).nullable(),
      sentAt: z.iso.datetime({ offset: true }),
    })
    .nullable()
    .default(null),
  /**
   * The safety question is waiting for its answer: the cards the unsure message pointed to, and
   * what the person asked for, to go on with after a clear "no". Any other answer shows the full
   * card. (States stored before this field existed read as none.)
   */
  safetyQuestion: z
    .object({
      categories: z.array(z.enum(SAFETY_CATEGORIES)).min(1).max(SAFETY_CATEGORIES.length),
      intent: z.enum(INTENTS),
    })
    .nullable()
    .default(null),
  /**
   * The "offices are closed now" notice has been given in this conversation; it is said once
   * (issue 14). (States stored before this field existed read as not given.)
   */
  toldOfficesClosed: z.boolean().default(false),
});
/** The conversation state. */
export type ConversationState = z.infer<typeof ConversationStateSchema>;

/** A fresh state: nothing known, nothing shown. */
export function createInitialState(language: ChatLanguage = 'sv'): ConversationState {
  return {
    version: 1,
    language,
    languageChosen: false,
    lastActivity: null,
    greeted: false,
    role: null,
    step: 'start',
    purpose: null,
    flowOpen: false,
    slots: { needs: [] },
    results: null,
    referral: null,
    offered: [],
    sentReferral: null,
    safetyQuestion: null,
    toldOfficesClosed: false,
  };
}

/**
 * Validates a stored state; never throws. A state from another version is `INVALID_STATE`: the bot app
 * then starts over with `undefined`, which is safe because the state holds nothing that matters
 * for longer than the idle timeout.
 */
export function parseConversationState(
  input: unknown,
): Result<ConversationState, ConversationError> {
  const parsed = ConversationStateSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toInputIssues(parsed.error);
  return err(
    new ConversationError('INVALID_STATE', 'Invalid conversation state', issues, {
      cause: parsed.error,
    }),
  );
}

/** True when the state has been idle longer than the configured timeout at `now`. */
export function isStateExpired(
  state: ConversationState,
  now: Date,
  config: Pick<ConversationConfig, 'idleTimeoutMinutes'>,
): boolean {
  if (!state.lastActivity) return false;
  const idleMs = now.getTime() - Date.parse(state.lastActivity);
  return idleMs > config.idleTimeoutMinutes * 60_000;
}
