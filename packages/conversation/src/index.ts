/**
 * `@lotsen/conversation`: the conversation core of the Lotsen chatbot. Channel-neutral messages in and
 * out, a safety check before everything, Swedish and English understanding without a cloud model, and
 * the flows for staff, parents and young people. Imports no Microsoft SDK: the botbuilder adapter
 * lives in the bot app and converts activities to and from these messages.
 *
 * @packageDocumentation
 */
export { ConversationError, isConversationError } from './errors.js';
export type { ConversationErrorCode } from './errors.js';
export {
  ConversationConfigSchema,
  CrisisContactSchema,
  DEFAULT_CONVERSATION_CONFIG,
  SAFETY_CATEGORIES,
  createConversationConfig,
} from './config.js';
export type {
  ConversationConfig,
  ConversationConfigOverrides,
  CrisisContact,
  SafetyCategory,
} from './config.js';
export {
  ActionValueSchema,
  CHANNELS,
  INTENTS,
  MAX_MESSAGE_ID_LENGTH,
  MAX_SUGGESTED_ACTIONS,
  parseIncomingMessage,
} from './messages.js';
export type {
  ActionValue,
  Card,
  Channel,
  ChatLanguage,
  Choice,
  CrisisCard,
  CrisisCardContact,
  Fact,
  IncomingMessage,
  Intent,
  OutgoingMessage,
  Role,
  UserKind,
} from './messages.js';
export {
  ConversationStateSchema,
  REFERRAL_RETRY_MINUTES,
  STEPS,
  createInitialState,
  isStateExpired,
  parseConversationState,
} from './state.js';
export type { ConversationState, Step } from './state.js';
export { REFERRAL_REQUEST_FAILURES } from './events.js';
export type {
  ConversationEvent,
  FlowOutcome,
  ReferralDraft,
  ReferralRequestFailure,
} from './events.js';
export { handleTurn, languageFromLocale } from './handle-turn.js';
export type { ConversationDeps, TurnResult } from './handle-turn.js';
export {
  describeReferralCreated,
  describeReferralFailure,
  describeReferralStatus,
} from './flows/referral.js';
export { understand, guessLanguage } from './understand.js';
export type { Expectation, Understanding, UnderstandOptions } from './understand.js';
export { detectSafetyConcern } from './safety.js';
export type { SafetyFinding } from './safety.js';
export { assessSafety } from './safety-model/assess.js';
export type { SafetyAssessment, SafetyBand } from './safety-model/assess.js';
export { scrubPersonalData, SCRUB_PLACEHOLDERS } from './scrub.js';
export type { ScrubCounts, ScrubbedText } from './scrub.js';
export { normalizeText } from './normalize.js';
