import { ok, type GroupCohort, type ReferralStatus, type Result } from '@lotsen/domain';
import {
  createWaitlist,
  type TravelLimit,
  type WaitingChild,
  type Waitlist,
} from '@lotsen/formation';
import type { Database, StorageError, StoredReferral } from '@lotsen/storage';

/** The date (`YYYY-MM-DD`, UTC) of a moment. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A referral as group formation sees it: pseudonymous, with the age (or birth month), district,
 * needs, the day it started waiting, its priority and how far the family can travel. Storage's
 * priority (any integer, 0 normal) is clamped to formation's steps 0–3. A family whose languages do
 * not include Swedish needs a group in its first language.
 */
export function waitingChildOf(referral: StoredReferral, mayTravel: TravelLimit): WaitingChild {
  const { child } = referral;
  const language =
    child.languages.length > 0 && !child.languages.includes('sv') ? child.languages[0] : undefined;
  return {
    referralId: referral.id,
    ...(child.age === undefined ? {} : { age: child.age }),
    ...(child.birthYearMonth === undefined ? {} : { birthYearMonth: child.birthYearMonth }),
    districtId: child.districtId,
    needs: referral.needs,
    waitingSince: (referral.submittedAt ?? referral.createdAt).slice(0, 10),
    submittedAt: referral.submittedAt ?? referral.createdAt,
    priority: Math.min(3, Math.max(0, referral.priority)),
    ...(language === undefined ? {} : { language }),
    mayTravel,
  };
}

/** Everything cross-district offers and group formation read from storage. */
export interface WaitingPicture {
  /** Referrals waiting for a group: accepted or waitlisted. */
  readonly referrals: readonly StoredReferral[];
  readonly children: readonly WaitingChild[];
  readonly waitlist: Waitlist;
  /** Cohorts that take children: planned or open. */
  readonly cohorts: readonly GroupCohort[];
  /**
   * Seats taken per cohort: children enrolled or holding an offer. An offer counts, because the
   * family may still accept it.
   */
  readonly taken: Readonly<Record<string, number>>;
}

/** Reads the waiting children, the cohorts that take children and their taken seats. */
export async function loadWaiting(
  db: Database,
  date: string,
  mayTravel: TravelLimit,
): Promise<Result<WaitingPicture, StorageError>> {
  const waiting = await listAllReferrals(db, { status: ['accepted', 'waitlisted'] });
  if (!waiting.ok) return waiting;
  const cohorts = await db.cohorts.list({ status: ['planned', 'open'] });
  if (!cohorts.ok) return cohorts;
  const taken = await takenSeats(db, cohorts.value);
  if (!taken.ok) return taken;
  const children = waiting.value.map((r) => waitingChildOf(r, mayTravel));
  return ok({
    referrals: waiting.value,
    children,
    waitlist: createWaitlist(children, date),
    cohorts: cohorts.value,
    taken: taken.value,
  });
}

/**
 * Seats taken per cohort: children enrolled, or holding an offer the family may still accept.
 * Counted from the referrals' statuses, which the machine sets for offers made by event as well as
 * for seats storage handed out.
 */
export async function takenSeats(
  db: Database,
  cohorts: readonly Pick<GroupCohort, 'id'>[],
): Promise<Result<Record<string, number>, StorageError>> {
  const seated = await listAllReferrals(db, { status: ['offered', 'enrolled'] });
  if (!seated.ok) return seated;
  const taken: Record<string, number> = {};
  for (const c of cohorts) taken[c.id] = 0;
  for (const r of seated.value) {
    if (r.cohortId !== undefined && r.cohortId in taken) taken[r.cohortId]! += 1;
  }
  return ok(taken);
}

/** Every referral matching a filter, page by page (storage lists at most 1,000 at a time). */
export async function listAllReferrals(
  db: Database,
  filter: { districtId?: string; status?: ReferralStatus[] } = {},
): Promise<Result<StoredReferral[], StorageError>> {
  const all: StoredReferral[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const page = await db.referrals.list({ ...filter, limit, offset });
    if (!page.ok) return page;
    all.push(...page.value);
    if (page.value.length < limit) return ok(all);
  }
}
