import { LotsenError, brandGuard } from '@lotsen/domain';

/**
 * Every error `@lotsen/conversation` reports carries one of these codes.
 *
 * - `INVALID_MESSAGE`: an incoming message does not match the channel-neutral model.
 * - `INVALID_STATE`: a stored conversation state is not one this version understands (start over).
 * - `INVALID_CONFIG`: a configuration override does not match the schema.
 * - `INVALID_FIXTURE`: a conversation fixture does not match the fixture format.
 * - `FIXTURE_FAILED`: a fixture run did not pass (`assertFixturePassed`); the message lists every failure.
 */
export type ConversationErrorCode =
  'INVALID_MESSAGE' | 'INVALID_STATE' | 'INVALID_CONFIG' | 'INVALID_FIXTURE' | 'FIXTURE_FAILED';

const CONVERSATION_ERROR_BRAND = Symbol.for('@lotsen/conversation.ConversationError');

/** The one error type of `@lotsen/conversation`, returned inside a `Result`. */
export class ConversationError extends LotsenError<ConversationErrorCode> {
  override readonly name = 'ConversationError';
  readonly [CONVERSATION_ERROR_BRAND] = true;
}

/**
 * True for a {@link ConversationError}, also one created by another copy of this package (the ESM
 * and CJS builds can both be loaded in one process, so `instanceof` alone is not enough).
 */
export const isConversationError = brandGuard<ConversationError>(CONVERSATION_ERROR_BRAND);
