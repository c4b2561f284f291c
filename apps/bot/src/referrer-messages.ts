import type { Catalogue } from '@lotsen/catalogue';
import { DECLINE_REASON_LABELS, ok, type DeclineReason, type Result } from '@lotsen/domain';
import type {
  Database,
  JobOutcome,
  StoredReferralEvent,
  RunDueReport,
  StorageError,
  StoredJob,
  StoredReferral,
} from '@lotsen/storage';
import { TurnContext, type ConversationReference } from 'botbuilder';
import {
  DIGEST_KIND,
  scheduleDigest,
  sendDigest,
  type DigestSettings,
} from './coordination-digest.js';
import { staffSubject } from './referral-gateway-token.js';
import type { StaffIdentity } from './referral-gateway.js';

/*
 * The referrer hears back. A staff member who made a referral from Teams gets a message in that
 * conversation when it changes state (accepted, waitlisted with its place, offered with the reply
 * date, enrolled, declined with the reason, completed, follow-up due), in the language they chat
 * in, by reference only: the child's pseudonym and the service, never more. The messages are
 * durable jobs (`notify.referrer`, scheduled by the API in the change's transaction) claimed like
 * timers, so each is sent by one bot instance; one that cannot be delivered is retried with
 * backoff and then listed for the coordinator (a task).
 */

/** The job kinds the bot sends. */
export const NOTIFY_KIND_PREFIX = 'notify.';

/** Sends one message into a stored conversation; throws when it cannot be delivered. */
export type ProactiveSender = (
  reference: Partial<ConversationReference>,
  text: string,
) => Promise<void>;

/**
 * A sender over botbuilder's `CloudAdapter.continueConversationAsync` (the Bot Connector's
 * `POST /v3/conversations/{id}/activities` at the reference's service URL).
 */
export function adapterSender(
  adapter: {
    continueConversationAsync(
      botAppId: string,
      reference: Partial<ConversationReference>,
      logic: (context: TurnContext) => Promise<void>,
    ): Promise<void>;
  },
  botAppId: string,
): ProactiveSender {
  return (reference, text) =>
    adapter.continueConversationAsync(botAppId, reference, async (context) => {
      await context.sendActivity({ type: 'message', text, textFormat: 'plain' });
    });
}

/**
 * Remembers where a referral made in Teams came from, so its referrer hears back there. Only the
 * conversation reference (ids and the service URL) and the chat language are kept.
 */
/**
 * Whether status messages may go into a conversation: they carry a pseudonym and a decline's
 * reason, so only into the staff member's own one-to-one chat, never a Teams group chat or channel
 * where colleagues read along. (Test channels without a conversation type count as one-to-one.)
 */
export function isOneToOne(reference: Partial<ConversationReference>): boolean {
  const type = reference.conversation?.conversationType;
  return type === undefined || type === 'personal';
}

export async function rememberReferrer(
  db: Pick<Database, 'referrers'>,
  activity: Parameters<typeof TurnContext.getConversationReference>[0],
  staff: StaffIdentity,
  referralId: string,
  locale: 'sv' | 'en',
  at: string,
): Promise<Result<void, StorageError>> {
  const reference = TurnContext.getConversationReference(activity);
  if (!isOneToOne(reference)) return ok(undefined);
  return db.referrers.remember({
    referralId,
    staffId: staffSubject(staff),
    locale,
    reference: JSON.parse(JSON.stringify(reference)),
    at,
  });
}

type Locale = 'sv' | 'en';

const date = (iso: string, locale: Locale) =>
  new Date(iso).toLocaleDateString(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    timeZone: 'Europe/Stockholm',
  });

/**
 * The message for one change of a referral, or `undefined` when the change is not one the
 * referrer is told about (an internal step, a check-in). By reference only: pseudonym and service.
 */
export function statusMessage(
  referral: Pick<StoredReferral, 'child' | 'serviceId' | 'declineReason'>,
  change: Pick<StoredReferralEvent, 'fromStatus' | 'toStatus' | 'reason' | 'details'>,
  locale: Locale,
  extra: { serviceName?: string; place?: { position: number; of: number } } = {},
): string | undefined {
  const who = `${referral.child.pseudonym} (${extra.serviceName ?? referral.serviceId})`;
  const sv = locale === 'sv';
  if (change.reason === 'FOLLOW_UP_DUE') {
    return sv
      ? `Lotsen: uppföljningen efter tre månader för ${who} ska göras nu.`
      : `Lotsen: the three-month follow-up for ${who} is due now.`;
  }
  if (change.fromStatus === change.toStatus) return undefined;
  const details = (change.details ?? {}) as { replyBy?: string };
  switch (change.toStatus) {
    case 'accepted':
      return sv ? `Lotsen: ${who} är antagen.` : `Lotsen: ${who} has been accepted.`;
    case 'waitlisted': {
      const place = extra.place;
      if (!place)
        return sv ? `Lotsen: ${who} står i kö.` : `Lotsen: ${who} is on the waiting list.`;
      return sv
        ? `Lotsen: ${who} står i kö, plats ${place.position} av ${place.of}.`
        : `Lotsen: ${who} is on the waiting list, place ${place.position} of ${place.of}.`;
    }
    case 'offered': {
      const by = details.replyBy;
      if (by === undefined)
        return sv
          ? `Lotsen: ${who} har erbjudits en plats.`
          : `Lotsen: ${who} has been offered a seat.`;
      return sv
        ? `Lotsen: ${who} har erbjudits en plats. Svar senast ${date(by, locale)}.`
        : `Lotsen: ${who} has been offered a seat. Reply by ${date(by, locale)}.`;
    }
    case 'enrolled':
      return sv ? `Lotsen: ${who} har börjat i gruppen.` : `Lotsen: ${who} has started the group.`;
    case 'declined': {
      const reason: DeclineReason | undefined = referral.declineReason;
      const label = reason === undefined ? undefined : DECLINE_REASON_LABELS[reason][locale];
      return sv
        ? `Lotsen: ${who} fick avslag${label ? `: ${label}` : ''}.`
        : `Lotsen: ${who} was declined${label ? `: ${label}` : ''}.`;
    }
    case 'completed':
      return sv
        ? `Lotsen: ${who} har gått klart gruppen.`
        : `Lotsen: ${who} has completed the group.`;
    default:
      return undefined;
  }
}

/** Sends one `notify.referrer` job's message, if the change is worth one and not turned off. */
async function sendReferrerMessage(
  tx: Database,
  job: StoredJob,
  send: ProactiveSender,
  catalogue: Catalogue | undefined,
  at: string,
): Promise<JobOutcome> {
  const { version } = job.payload as { version?: number };
  if (job.referralId === undefined || typeof version !== 'number')
    return { done: false, error: 'bad message job' };
  const conversation = await tx.referrers.conversationOf(job.referralId);
  if (!conversation.ok) return { done: false, error: conversation.error.code };
  // No conversation, or the staff member turned the messages off: nothing to send.
  if (conversation.value === undefined || conversation.value.muted) return { done: true };
  const referral = await tx.referrals.get(job.referralId);
  if (!referral.ok) return { done: false, error: referral.error.code };
  const events = await tx.referrals.events(job.referralId);
  if (!events.ok) return { done: false, error: events.error.code };
  const change = events.value.find((e) => e.version === version);
  if (change === undefined) return { done: true };
  const place =
    change.toStatus === 'waitlisted' ? await tx.seats.standing(job.referralId, at) : undefined;
  const text = statusMessage(referral.value, change, conversation.value.locale, {
    ...(catalogue?.service(referral.value.serviceId)
      ? {
          serviceName: catalogue.service(referral.value.serviceId)!.name[conversation.value.locale],
        }
      : {}),
    ...(place?.ok && place.value ? { place: place.value } : {}),
  });
  if (text === undefined) return { done: true };
  const sent = await deliver(send)(
    conversation.value.reference as Partial<ConversationReference>,
    text,
  );
  if (!sent.done) return sent;
  // The referrer has heard how it went: the loop is closed (the equity report's closed-loop rate).
  const told = await tx.referrers.markTold(job.referralId, at);
  return told.ok ? sent : { done: false, error: told.error.code };
}

/** Sends and says what became of it: done, or not delivered (with the connector's status). */
const deliver =
  (send: ProactiveSender) =>
  async (reference: Partial<ConversationReference>, text: string): Promise<JobOutcome> => {
    try {
      await send(reference, text);
      return { done: true };
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      return { done: false, error: `not delivered${status ? ` (${status})` : ''}` };
    }
  };

/** Options of {@link sendDueMessages}. */
export interface MessageOptions {
  readonly send: ProactiveSender;
  readonly catalogue?: Catalogue;
  /** The pause before retry `attempt`; default 30 s doubling (storage's). */
  readonly backoffMs?: (attempt: number) => number;
  readonly batchSize?: number;
  /** The coordination team's daily digest: where and when (none when absent). */
  readonly digest?: DigestSettings;
}

/**
 * Claims and sends due messages to referrers and, when configured, the coordination team's daily
 * digest (every bot instance may call it; each message goes out once). One that fails its last
 * attempt becomes an `undelivered_message` task for the coordinator, in the same transaction: none
 * is lost silently.
 */
export async function sendDueMessages(
  db: Database,
  now: Date,
  options: MessageOptions,
): Promise<Result<RunDueReport, StorageError>> {
  const total = { claimed: 0, done: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? 20;
  const { digest } = options;
  if (digest !== undefined) {
    // Today's digest, once across instances (idempotent by the day's key).
    const scheduled = await scheduleDigest(db, digest, now);
    if (!scheduled.ok) return scheduled;
  }
  for (;;) {
    const report = await db.jobs.runDue({
      now,
      batchSize,
      kinds: [`${NOTIFY_KIND_PREFIX}referrer`, ...(digest === undefined ? [] : [DIGEST_KIND])],
      handle: (job, tx) =>
        job.kind === DIGEST_KIND && digest !== undefined
          ? sendDigest(tx, job, digest, deliver(options.send), now)
          : sendReferrerMessage(tx, job, options.send, options.catalogue, now.toISOString()),
      onGiveUp: async (job, tx) => {
        await tx.tasks.add({
          kind: 'undelivered_message',
          key: `undelivered:${job.key}`,
          ...(job.referralId === undefined ? {} : { referralId: job.referralId }),
          assigneeRole: 'coordinator',
          dueAt: now.toISOString(),
          details: { attempts: job.attempts, error: job.lastError ?? 'not delivered' },
          createdAt: now.toISOString(),
        });
      },
      ...(options.backoffMs ? { backoffMs: options.backoffMs } : {}),
    });
    if (!report.ok) return report;
    for (const k of ['claimed', 'done', 'retried', 'failed'] as const) total[k] += report.value[k];
    if (report.value.claimed < batchSize) return ok(total);
  }
}

/** Polls for due messages every `pollMs`; `stop()` waits for the current round. */
export function startReferrerMessenger(
  db: Database,
  options: MessageOptions & { pollMs?: number; onError?: (error: unknown) => void },
): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = (async () => {
      try {
        const report = await sendDueMessages(db, new Date(), options);
        if (!report.ok) options.onError?.(report.error);
      } catch (error) {
        options.onError?.(error);
      }
      if (!stopped) timer = setTimeout(tick, options.pollMs ?? 2000);
    })();
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
