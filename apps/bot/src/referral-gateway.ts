import { createHash } from 'node:crypto';
import type { ReferralDraft } from '@lotsen/conversation';
import {
  ReferralStatusSchema,
  err,
  ok,
  type ReferralRequest,
  type ReferralStatus,
  type Result,
} from '@lotsen/domain';
import { z } from 'zod';
import type { ApiTokenSigner } from './referral-gateway-token.js';
import type { StaffDirectory, StaffMember } from './staff-directory.js';

/*
 * The bot's door to referrals: the Lotsen API, as for every other client. The bot creates and reads
 * referrals on behalf of the staff member in the chat, with that person's role and district, so the
 * API's own rules (a district social worker refers and sees their own district only) apply unchanged.
 */

/** Who is asking, as Teams proved it: the tenant and the Entra object id (`from.aadObjectId`). */
export interface StaffIdentity {
  readonly tenantId: string;
  readonly entraObjectId: string;
}

/**
 * Why the gateway did not do what was asked. Expected outcomes, not exceptions:
 * - `NOT_REGISTERED`: the user is not in the staff directory; nothing was sent.
 * - `NOT_FOUND`: no referral with that id that this staff member may see.
 * - `FORBIDDEN`: the API refused the staff member (a child of another district); nothing stored.
 * - `REFUSED`: the API refused the request (invalid, or it does not trust the bot); nothing stored.
 * - `UNAVAILABLE`: the API could not be reached or failed (5xx); nothing stored.
 * - `TIMEOUT`: no answer in time; a referral may or may not have been stored.
 * - `NO_ANSWER`: the connection broke after the request may have gone out, before an answer; a
 *   referral may or may not have been stored.
 * - `BAD_RESPONSE`: an answer the gateway does not understand.
 */
export type ReferralGatewayFailureCode =
  | 'NOT_REGISTERED'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'REFUSED'
  | 'UNAVAILABLE'
  | 'TIMEOUT'
  | 'NO_ANSWER'
  | 'BAD_RESPONSE';

/** A typed failure, with the HTTP status where the API gave one. */
export interface ReferralGatewayFailure<
  Code extends ReferralGatewayFailureCode = ReferralGatewayFailureCode,
> {
  readonly code: Code;
  readonly status?: number;
}

/** Creates and reads referrals for staff members. Never throws: every outcome is a `Result`. */
export interface ReferralGateway {
  /**
   * Creates (and submits) a referral from a conversation's draft, for the staff member, at most
   * once per `requestId`: the draft event's, which stays the same when the confirmation is handled
   * again (the Teams message that confirmed the draft, which the Bot Connector may deliver twice)
   * and when the staff member sends the draft again after an answer that did not come.
   */
  createReferral(
    draft: ReferralDraft,
    staff: StaffIdentity,
    requestId: string,
  ): Promise<
    Result<
      {
        readonly referralId: string;
        /** The API answered with the referral an earlier request under this `requestId` created. */
        readonly replayed: boolean;
      },
      ReferralGatewayFailure<Exclude<ReferralGatewayFailureCode, 'NOT_FOUND'>>
    >
  >;
  /** A referral's status, if the staff member may see it. */
  referralStatus(
    referralId: string,
    staff: StaffIdentity,
  ): Promise<Result<ReferralStatus, ReferralGatewayFailure>>;
}

/** What the HTTP gateway is built from. */
export interface HttpReferralGatewayOptions {
  /** The API's base URL, e.g. `https://lotsen.stockholm.se/api`. */
  readonly apiUrl: string;
  readonly directory: StaffDirectory;
  readonly signer: ApiTokenSigner;
  /** How long to wait for the API; default 8 s, so the answer still fits in a Teams turn. */
  readonly timeoutMs?: number;
}

// Letters only: a string of digits could by chance form a valid personal identity number,
// which the API refuses as a pseudonym. 16 of 24 letters is about 73 bits.
const PSEUDONYM_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * The `Idempotency-Key` and the child's pseudonym for one confirmation (`requestId`): the same
 * each time that confirmation is sent, by any bot process, so that the API answers a repeat with
 * the referral the first one created instead of registering the child twice. Both are hashes of
 * the confirmation's identifier (a Bot Connector conversation and message id, never anything
 * typed), so neither says anything about the child. Someone who holds the Teams conversation's ids
 * (Microsoft, the tenant's admins) could recompute the pseudonym and so link the referral to the
 * conversation it came from; that conversation is the staff member's, who is named as the
 * referral's actor anyway.
 */
export function referralRequestIdentity(requestId: string): {
  readonly idempotencyKey: string;
  readonly pseudonym: string;
} {
  const digest = createHash('sha256').update(`lotsen-referral\n${requestId}`, 'utf8').digest();
  let code = '';
  // 16 of 24 letters from 16 bytes: about 73 bits, as a random pseudonym has.
  for (let i = 0; i < 16; i++) code += PSEUDONYM_LETTERS[digest[i]! % PSEUDONYM_LETTERS.length];
  return { idempotencyKey: digest.toString('hex'), pseudonym: `chat-${code}` };
}

/** The API request for a draft: the minimum about the child, with the confirmation's pseudonym. */
export function referralRequestOf(draft: ReferralDraft, pseudonym: string): ReferralRequest {
  return {
    child: {
      pseudonym,
      age: draft.child.age,
      districtId: draft.child.districtId,
      languages: [...draft.child.languages],
    },
    needs: [...draft.needs],
    serviceId: draft.serviceId,
    consent: {
      givenBy: draft.consent.givenBy,
      recordedOn: draft.consent.recordedOn,
      scope: draft.consent.scope,
    },
  };
}

const CreatedSchema = z.object({ id: z.uuid() });
const ReferralSchema = z.object({ id: z.uuid(), status: ReferralStatusSchema });

type Answer =
  | {
      readonly ok: true;
      readonly status: number;
      readonly body: unknown;
      /** The API's `Idempotent-Replayed` header: the answer of an earlier request. */
      readonly replayed: boolean;
    }
  | {
      readonly ok: false;
      readonly failure: ReferralGatewayFailure<'UNAVAILABLE' | 'TIMEOUT' | 'NO_ANSWER'>;
    };

// The errors of Node's fetch (undici, as the `cause`) that come before any byte of the request is
// sent: the API was not reached, so nothing can have been stored.
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Whether a failed fetch is known never to have reached the API. */
function neverConnected(error: unknown): boolean {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && NOT_CONNECTED.has(cause.code);
}

/**
 * The gateway over the Lotsen API's `POST /v1/referrals` and `GET /v1/referrals/:id`, with Node's
 * `fetch` and a time-out. Each request carries a token the bot signs for the staff member.
 */
export function httpReferralGateway(options: HttpReferralGatewayOptions): ReferralGateway {
  const base = options.apiUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 8000;

  async function call(
    member: StaffMember,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    extraHeaders: Readonly<Record<string, string>> = {},
  ): Promise<Answer> {
    let token: string;
    try {
      token = await options.signer.sign(member);
    } catch {
      // Nothing was sent: the bot could not sign for the staff member.
      return { ok: false, failure: { code: 'UNAVAILABLE' } };
    }
    try {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...extraHeaders,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      let parsed: unknown;
      try {
        parsed = await response.json();
      } catch {
        parsed = undefined;
      }
      const replayed = response.headers.get('idempotent-replayed') === 'true';
      return { ok: true, status: response.status, body: parsed, replayed };
    } catch (error) {
      // AbortSignal.timeout rejects with a TimeoutError, while sending or while reading the body.
      if (error instanceof Error && error.name === 'TimeoutError')
        return { ok: false, failure: { code: 'TIMEOUT' } };
      // A connection that broke once the request may have gone out (reset, closed before the
      // answer) leaves it unknown whether the API stored it; only a failure to connect does not.
      return { ok: false, failure: { code: neverConnected(error) ? 'UNAVAILABLE' : 'NO_ANSWER' } };
    }
  }

  return {
    async createReferral(draft, staff, requestId) {
      const member = options.directory.find(staff.tenantId, staff.entraObjectId);
      if (!member) return err({ code: 'NOT_REGISTERED' });
      const { idempotencyKey, pseudonym } = referralRequestIdentity(requestId);
      const answer = await call(
        member,
        'POST',
        '/v1/referrals',
        referralRequestOf(draft, pseudonym),
        { 'idempotency-key': idempotencyKey },
      );
      if (!answer.ok) return err(answer.failure);
      const { status } = answer;
      if (status === 201) {
        const created = CreatedSchema.safeParse(answer.body);
        // Created, but the answer is not understood: whether it was stored cannot be told.
        if (!created.success) return err({ code: 'BAD_RESPONSE', status });
        return ok({ referralId: created.data.id, replayed: answer.replayed });
      }
      if (status === 403) return err({ code: 'FORBIDDEN', status });
      if (status >= 500) return err({ code: 'UNAVAILABLE', status });
      if (status >= 400) return err({ code: 'REFUSED', status });
      return err({ code: 'BAD_RESPONSE', status });
    },

    async referralStatus(referralId, staff) {
      const member = options.directory.find(staff.tenantId, staff.entraObjectId);
      if (!member) return err({ code: 'NOT_REGISTERED' });
      const answer = await call(member, 'GET', `/v1/referrals/${encodeURIComponent(referralId)}`);
      if (!answer.ok) return err(answer.failure);
      const { status } = answer;
      if (status === 200) {
        const referral = ReferralSchema.safeParse(answer.body);
        if (!referral.success || referral.data.id !== referralId.toLowerCase())
          return err({ code: 'BAD_RESPONSE', status });
        return ok(referral.data.status);
      }
      // The API answers a referral outside the caller's scope as if it did not exist, and so does
      // the bot; an id it cannot read (400) cannot be anyone's referral either.
      if (status === 404 || status === 400) return err({ code: 'NOT_FOUND', status });
      if (status === 403) return err({ code: 'FORBIDDEN', status });
      if (status >= 500) return err({ code: 'UNAVAILABLE', status });
      if (status >= 400) return err({ code: 'REFUSED', status });
      return err({ code: 'BAD_RESPONSE', status });
    },
  };
}
