import { ok, type Result } from '@lotsen/domain';
import { restoreReferralSnapshot, timersFor } from '@lotsen/referral';
import type { Database, NewJob, StoredReferral } from '@lotsen/storage';
import { SYSTEM_ACTOR, type WaitingSettings } from './waiting-settings.js';

/** The job kind of a referral timer: `timer.offer_deadline`, `timer.waitlist_check_in`, ... */
export const TIMER_KIND_PREFIX = 'timer.';
/** The job kind of a status message to the referrer. */
export const NOTIFY_REFERRER_KIND = 'notify.referrer';

/**
 * A referral's timers as durable jobs: one per timer, keyed by the timer and its due time, so a
 * timer that already fired is never scheduled again and a moved deadline replaces the old job.
 */
export function timerJobs(referral: StoredReferral, settings: WaitingSettings): NewJob[] {
  const restored = restoreReferralSnapshot(referral.snapshot);
  if (!restored.ok) return [];
  return timersFor(restored.value, {
    waitlistCheckInDays: settings.checkInDays,
    by: SYSTEM_ACTOR,
  }).map((timer) => ({
    kind: `${TIMER_KIND_PREFIX}${timer.kind}`,
    key: `${timer.key}@${timer.dueAt}`,
    referralId: referral.id,
    runAt: timer.dueAt,
    payload: { type: timer.event.type },
  }));
}

/**
 * Brings the durable jobs of referrals just changed up to date, in the change's transaction: their
 * timers (replaced), and a message to the referrer who made it from Teams, when there is one (the
 * message job decides at sending time whether this version is worth a message).
 */
export async function afterChange(
  tx: Database,
  referrals: readonly StoredReferral[],
  at: string,
  settings: WaitingSettings,
): Promise<Result<void, unknown>> {
  for (const referral of referrals) {
    const replaced = await tx.jobs.replaceForReferral(
      referral.id,
      TIMER_KIND_PREFIX,
      timerJobs(referral, settings),
    );
    if (!replaced.ok) return replaced;
    const conversation = await tx.referrers.conversationOf(referral.id);
    if (!conversation.ok) return conversation;
    if (conversation.value === undefined) continue;
    const scheduled = await tx.jobs.schedule({
      kind: NOTIFY_REFERRER_KIND,
      key: `notify:${referral.id}:v${referral.version}`,
      referralId: referral.id,
      runAt: at,
      payload: { version: referral.version },
    });
    if (!scheduled.ok) return scheduled;
  }
  return ok(undefined);
}
