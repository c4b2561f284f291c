import type { CoordinationCounts, Database, JobOutcome, StoredJob } from '@lotsen/storage';
import type { ConversationReference } from 'botbuilder';
import { z } from 'zod';

/*
 * The coordination team's daily digest in its Teams channel: one message a day with counts only
 * (new referrals, offers about to lapse, cohorts below their minimum, follow-ups due, families
 * waiting longer than 30 days), Swedish first with English. The day's message is a durable job
 * (`notify.digest`) keyed by the Stockholm date: every bot instance schedules it, the key makes one
 * job of it, and the jobs' claim makes one instance send it. Undeliverable → the same retries and
 * coordinator task as a referrer message (`sendDueMessages`).
 */

/** The job kind of the daily digest. */
export const DIGEST_KIND = 'notify.digest';

const ZONE = 'Europe/Stockholm';

/** Where and when the digest goes (from `LOTSEN_DIGEST_*`, see the README). */
export interface DigestSettings {
  /** The coordination team's channel: a conversation reference (id and service URL at least). */
  readonly reference: Partial<ConversationReference>;
  /** The local time in Stockholm, `HH:MM`. Default 07:30. */
  readonly time?: string;
}

const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM');

/**
 * Reads the digest's settings from the environment: `LOTSEN_DIGEST_CONVERSATION_ID` (the channel's
 * conversation id, e.g. `19:…@thread.tacv2`), `LOTSEN_DIGEST_SERVICE_URL` (the Bot Connector URL
 * Teams gave for that tenant) and `LOTSEN_DIGEST_TIME` (`HH:MM`, default `07:30`). `undefined`
 * when no channel is set (no digest); an error message when a value is malformed.
 */
export function digestSettingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): DigestSettings | undefined | string {
  const id = env.LOTSEN_DIGEST_CONVERSATION_ID?.trim();
  const serviceUrl = env.LOTSEN_DIGEST_SERVICE_URL?.trim();
  if (!id && !serviceUrl) return undefined;
  if (!id || !serviceUrl)
    return 'the digest needs both LOTSEN_DIGEST_CONVERSATION_ID and LOTSEN_DIGEST_SERVICE_URL';
  if (!/^https?:\/\//.test(serviceUrl)) return 'LOTSEN_DIGEST_SERVICE_URL is not an http(s) URL';
  const time = env.LOTSEN_DIGEST_TIME?.trim() || '07:30';
  if (!TimeSchema.safeParse(time).success) return 'LOTSEN_DIGEST_TIME is not HH:MM';
  return {
    reference: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id, isGroup: true, conversationType: 'channel', name: '' },
    },
    time,
  };
}

/** The Stockholm calendar day (`YYYY-MM-DD`) of a moment. */
function stockholmDay(at: Date): string {
  return at.toLocaleDateString('sv-SE', { timeZone: ZONE });
}

/** Stockholm's offset from UTC (ms) at a moment: +1 h in winter, +2 h in summer. */
function stockholmOffsetMs(at: Date): number {
  const local = at.toLocaleString('sv-SE', { timeZone: ZONE, hour12: false });
  const asUtc = Date.parse(`${local.replace(' ', 'T')}Z`);
  return asUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/** The UTC moment of `HH:MM` Stockholm time on a Stockholm day. */
export function stockholmMoment(day: string, time: string): Date {
  const naive = Date.parse(`${day}T${time}:00Z`);
  // Twice: the offset at the guess, then at the corrected moment (right across a DST change).
  const first = naive - stockholmOffsetMs(new Date(naive));
  return new Date(naive - stockholmOffsetMs(new Date(first)));
}

/**
 * Schedules today's digest (Stockholm's day at `now`). Idempotent by key across instances: the
 * first to call adds it, the others add nothing. A day's digest whose hour has passed (an instance
 * started late) is due at once; it is still one message.
 */
export async function scheduleDigest(
  db: Pick<Database, 'jobs'>,
  settings: DigestSettings,
  now: Date,
): ReturnType<Database['jobs']['schedule']> {
  const day = stockholmDay(now);
  return db.jobs.schedule({
    kind: DIGEST_KIND,
    key: `digest:coordination:${day}`,
    runAt: stockholmMoment(day, settings.time ?? '07:30').toISOString(),
    payload: { day },
  });
}

/** The digest's text: Swedish first, then English; counts only. */
export function digestMessage(day: string, c: CoordinationCounts): string {
  return [
    `Lotsen, dagens läge ${day}:`,
    `• Nya remisser (senaste dygnet): ${c.newReferrals}`,
    `• Erbjudanden som löper ut inom 48 timmar: ${c.offersLapsing}`,
    `• Grupper under minsta antal: ${c.cohortsBelowMinimum}`,
    `• Uppföljningar att göra: ${c.followUpsDue}`,
    `• Familjer som väntat mer än 30 dagar: ${c.waitingOver30Days}`,
    '',
    `Lotsen, today's overview ${day}:`,
    `• New referrals (last 24 hours): ${c.newReferrals}`,
    `• Offers lapsing within 48 hours: ${c.offersLapsing}`,
    `• Groups below their minimum: ${c.cohortsBelowMinimum}`,
    `• Follow-ups due: ${c.followUpsDue}`,
    `• Families waiting more than 30 days: ${c.waitingOver30Days}`,
  ].join('\n');
}

/** Sends one `notify.digest` job: the counts at `at`, into the channel, through `deliver`. */
export async function sendDigest(
  tx: Database,
  job: StoredJob,
  settings: DigestSettings,
  deliver: (reference: Partial<ConversationReference>, text: string) => Promise<JobOutcome>,
  at: Date,
): Promise<JobOutcome> {
  const { day } = job.payload as { day?: string };
  if (typeof day !== 'string') return { done: false, error: 'bad digest job' };
  const counts = await tx.reports.coordinationCounts(at.toISOString());
  if (!counts.ok) return { done: false, error: counts.error.code };
  return deliver(settings.reference, digestMessage(day, counts.value));
}
