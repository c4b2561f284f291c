import type { ConsentGivenBy } from '@lotsen/domain';
import type { SafetyCategory } from './config.js';
import type { Channel, ChatLanguage, Role, UserKind } from './messages.js';

/** How a flow ended. */
export type FlowOutcome =
  | 'results'
  | 'no_results'
  | 'protection_route'
  | 'information'
  | 'referral_drafted'
  | 'status_requested'
  | 'under_13';

/**
 * A referral as the bot hands it to the app: the minimum about the child, never a name, an identity
 * number or free text. The app adds a pseudonym (an opaque reference it generates) and sends it to
 * the API as a `ReferralRequest` of `@lotsen/domain`.
 */
export interface ReferralDraft {
  readonly serviceId: string;
  readonly needs: readonly string[];
  readonly child: {
    readonly age: number;
    readonly districtId: string;
    readonly languages: readonly string[];
  };
  readonly consent: {
    readonly givenBy: ConsentGivenBy;
    readonly scope: 'referral';
    readonly recordedOn: string;
  };
}

/**
 * What a turn tells the app. The counters (`flow_started`, `flow_finished`, `crisis_card_shown`, `safety_question_asked`) carry
 * no text and nothing about the person: they are safe to aggregate. The other two are requests the
 * app carries out against the API.
 */
export type ConversationEvent =
  | {
      readonly type: 'flow_started';
      readonly flow: Role;
      readonly channel: Channel;
      readonly language: ChatLanguage;
    }
  | { readonly type: 'flow_finished'; readonly flow: Role; readonly outcome: FlowOutcome }
  | {
      readonly type: 'crisis_card_shown';
      readonly category: SafetyCategory;
      readonly userKind: UserKind;
    }
  | {
      /** The safety check was unsure and asked whether anyone is in danger now. */
      readonly type: 'safety_question_asked';
      readonly category: SafetyCategory;
      readonly userKind: UserKind;
    }
  | {
      readonly type: 'referral_draft_ready';
      readonly draft: ReferralDraft;
      /**
       * What the app sends the draft under (its idempotency key comes from this): the id of the
       * message that confirmed it, the same when the staff member sends the draft again, so the API
       * registers it once.
       */
      readonly requestId: string;
    }
  | { readonly type: 'referral_status_requested'; readonly referralId: string };

/** Why the app could not carry out a staff member's referral request against the Lotsen API. */
export const REFERRAL_REQUEST_FAILURES = [
  /** This installation has no connection to the API: nothing was sent. */
  'not_connected',
  /** The user is not in the staff directory: nothing was sent. */
  'not_registered',
  /** The API could not be reached or failed: nothing was registered. */
  'unavailable',
  /** The API did not answer in time: the referral may or may not have been registered. */
  'uncertain',
  /** The API refused the request (invalid, or the app is not trusted): nothing was registered. */
  'refused',
  /** A district social worker referred a child of another district: nothing was registered. */
  'other_district',
] as const;
/** Why the app could not carry out a staff member's referral request against the Lotsen API. */
export type ReferralRequestFailure = (typeof REFERRAL_REQUEST_FAILURES)[number];
