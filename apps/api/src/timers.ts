import { ok, type Result } from '@lotsen/domain';
import { isReferralError, restoreReferralSnapshot } from '@lotsen/referral';
import type { Database, JobOutcome, RunDueReport, StorageError, StoredJob } from '@lotsen/storage';
import {
  decideReferralEvent,
  writeReferralDecision,
  type ReferralEventBody,
} from './referral-flow.js';
import { TIMER_KIND_PREFIX, afterChange } from './timer-sync.js';
import { SYSTEM_ACTOR, type WaitingSettings } from './waiting-settings.js';

/*
 * Fires durable timers. Every API instance polls; storage's claim (FOR UPDATE SKIP LOCKED, effect
 * and `done` in one transaction) makes each timer fire once across all of them. The clock is
 * injected: tests pass a time and fire in milliseconds.
 */

/** The job kind of a cohort's minimum check. */
export const COHORT_MINIMUM_KIND = `${TIMER_KIND_PREFIX}cohort_minimum`;

const done: JobOutcome = { done: true };
const failed = (error: unknown): JobOutcome => ({
  done: false,
  error: (error as { code?: string }).code ?? (error instanceof Error ? error.name : 'error'),
});

/**
 * A referral timer: sends its event (`OFFER_EXPIRED`, `WAITLIST_CHECK_IN`, `FOLLOW_UP_DUE`) as the
 * system at the firing time, through the same machine and storage path as a person's event, so it
 * is in the audit trail and a lapsed offer's seat moves on in the same transaction. A timer the
 * machine no longer accepts (the family answered in time) is done without effect.
 */
async function fireReferralTimer(
  tx: Database,
  job: StoredJob,
  at: string,
  settings: WaitingSettings,
): Promise<JobOutcome> {
  const payload = job.payload as { type?: string };
  if (job.referralId === undefined || typeof payload.type !== 'string')
    return failed(new Error('bad timer'));
  const found = await tx.referrals.get(job.referralId);
  if (!found.ok) return failed(found.error);
  const decision = decideReferralEvent(
    found.value,
    { type: payload.type } as ReferralEventBody,
    SYSTEM_ACTOR,
    at,
    undefined,
  );
  if (!decision.ok) {
    // Stale: the referral moved on (an answer before the deadline); the machine says no.
    return isReferralError(decision.error) ? done : failed(decision.error);
  }
  const written = await writeReferralDecision(tx, decision.value, settings);
  if (!written.ok) return failed(written.error);
  const { referral, offered } = written.value;
  const synced = await afterChange(tx, [referral, ...offered], at, settings);
  if (!synced.ok) return failed(synced.error);
  const task = await taskFor(tx, job, referral.snapshot, at);
  return task.ok ? done : failed(task.error);
}

/** The person's task a timer makes: a check-in for the motivation owner, a follow-up that is due. */
async function taskFor(
  tx: Database,
  job: StoredJob,
  snapshot: unknown,
  at: string,
): Promise<Result<unknown, StorageError>> {
  const restored = restoreReferralSnapshot(snapshot);
  if (!restored.ok) return ok(undefined);
  const { context } = restored.value;
  if (job.kind === `${TIMER_KIND_PREFIX}waitlist_check_in` && context.waitlist) {
    return tx.tasks.add({
      kind: 'waitlist_check_in',
      key: `task:${job.key}`,
      referralId: job.referralId,
      assigneeRole: context.waitlist.motivatorRole,
      ...(context.waitlist.motivatorId === undefined
        ? {}
        : { assigneeId: context.waitlist.motivatorId }),
      dueAt: at,
      createdAt: at,
    });
  }
  if (job.kind === `${TIMER_KIND_PREFIX}follow_up_due`) {
    return tx.tasks.add({
      kind: 'follow_up_due',
      key: `task:${job.key}`,
      referralId: job.referralId,
      assigneeRole: 'coordinator',
      dueAt: at,
      createdAt: at,
    });
  }
  return ok(undefined);
}

/** A cohort's minimum check: below its minimum this close to the start, the coordinator is warned. */
async function checkCohortMinimum(tx: Database, job: StoredJob, at: string): Promise<JobOutcome> {
  const { cohortId } = job.payload as { cohortId?: string };
  if (typeof cohortId !== 'string') return failed(new Error('bad cohort check'));
  const cohort = await tx.cohorts.get(cohortId);
  if (!cohort.ok) return failed(cohort.error);
  if (cohort.value.status !== 'planned' && cohort.value.status !== 'open') return done;
  const seats = await tx.seats.availability(cohortId);
  if (!seats.ok) return failed(seats.error);
  const { enrolled, offered, min } = seats.value;
  if (enrolled + offered >= min) return done;
  const added = await tx.tasks.add({
    kind: 'cohort_below_minimum',
    key: `task:${job.key}`,
    cohortId,
    assigneeRole: 'coordinator',
    dueAt: at,
    details: { enrolled, offered, min, startDate: cohort.value.startDate },
    createdAt: at,
  });
  return added.ok ? done : failed(added.error);
}

/**
 * Claims and fires due timers until none is left (or `maxBatches`), as the system at `now`.
 * Safe to call from every instance at once.
 */
export async function fireDueTimers(
  db: Database,
  now: Date,
  settings: WaitingSettings,
  options: { batchSize?: number; maxBatches?: number; scheduleCohortChecks?: boolean } = {},
): Promise<Result<RunDueReport, StorageError>> {
  // The cohorts' minimum checks are scheduled from the cohort rows (idempotent by key).
  if (options.scheduleCohortChecks !== false) {
    const scheduled = await db.jobs.scheduleCohortChecks(
      settings.minimumWarningDays,
      now.toISOString(),
    );
    if (!scheduled.ok) return scheduled;
  }
  const total = { claimed: 0, done: 0, retried: 0, failed: 0 };
  const batchSize = options.batchSize ?? 50;
  for (let i = 0; i < (options.maxBatches ?? 1000); i++) {
    const at = now.toISOString();
    const report = await db.jobs.runDue({
      now,
      batchSize,
      kinds: [TIMER_KIND_PREFIX],
      handle: (job, tx) =>
        job.kind === COHORT_MINIMUM_KIND
          ? checkCohortMinimum(tx, job, at)
          : fireReferralTimer(tx, job, at, settings),
      // A timer that failed for good (an offer deadline that never lapsed, a check-in never made)
      // is the coordinator's to act on by hand: never a seat held silently for ever.
      onGiveUp: async (job, tx) => {
        const added = await tx.tasks.add({
          kind: 'timer_failed',
          key: `timer-failed:${job.key}`,
          ...(job.referralId === undefined ? {} : { referralId: job.referralId }),
          assigneeRole: 'coordinator',
          dueAt: at,
          details: { timer: job.kind, attempts: job.attempts, error: job.lastError ?? 'failed' },
          createdAt: at,
        });
        if (!added.ok) throw added.error;
      },
    });
    if (!report.ok) return report;
    for (const k of ['claimed', 'done', 'retried', 'failed'] as const) total[k] += report.value[k];
    if (report.value.claimed < batchSize) break;
  }
  return ok(total);
}

/** A running timer loop; `stop()` waits for the current round to end. */
export interface TimerWorker {
  stop(): Promise<void>;
}

/**
 * Polls for due timers every `pollMs` (default 1 s) with the real clock. Several instances may run
 * it; each timer fires once. Errors (the database away) are reported and the loop goes on.
 */
export function startTimerWorker(
  db: Database,
  settings: WaitingSettings,
  options: {
    pollMs?: number;
    now?: () => Date;
    onError?: (error: unknown) => void;
    onRound?: (report: RunDueReport) => void;
  } = {},
): TimerWorker {
  const pollMs = options.pollMs ?? 1000;
  const now = options.now ?? (() => new Date());
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  // The cohorts' minimum checks are scheduled from the cohort rows once a minute, not every poll.
  let lastCohortSweep = 0;
  const tick = () => {
    round = (async () => {
      try {
        const at = now();
        const sweep = at.getTime() - lastCohortSweep >= 60_000;
        if (sweep) lastCohortSweep = at.getTime();
        const report = await fireDueTimers(db, at, settings, { scheduleCohortChecks: sweep });
        if (!report.ok) options.onError?.(report.error);
        else if (report.value.claimed > 0) options.onRound?.(report.value);
      } catch (error) {
        options.onError?.(error);
      }
      if (!stopped) timer = setTimeout(tick, pollMs);
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
