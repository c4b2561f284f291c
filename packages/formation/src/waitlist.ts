import { PRIORITY_HEAD_START_DAYS, compareWaitingOrder, type GroupCohort } from '@lotsen/domain';
import type { Proximity } from './districts.js';
import { explain, type Explanation } from './explain.js';
import { checkFit, type FitContext } from './fit.js';
import type { WaitingChild } from './waiting-child.js';
import { dayNumber, resolveWeighting, type Weighting } from './weighting.js';

/** One child on a waitlist, with the numbers its place comes from. */
export interface WaitlistEntry {
  readonly child: WaitingChild;
  /** 1 for the first in line. */
  readonly position: number;
  /** Days waited on the waitlist's date. */
  readonly waitedDays: number;
  /** Days waited plus the priority head start: the number the list is ordered by. */
  readonly effectiveWaitDays: number;
  /** What placing the child is worth in group formation. */
  readonly weight: number;
}

/** Waiting children in line, on a date, with the weighting that ordered them. */
export interface Waitlist {
  readonly date: string;
  readonly weighting: Weighting;
  readonly entries: readonly WaitlistEntry[];
}

/**
 * The waitlist order, which is `@lotsen/domain`'s one waiting order ({@link compareWaitingOrder}):
 * longest effective wait first (days waited plus `priorityDays` per priority step), then the earlier
 * submission (`submittedAt`, or `waitingSince` when only the day is known), then the referral id.
 */
export function compareWaiting(
  a: Pick<WaitlistEntry, 'child'>,
  b: Pick<WaitlistEntry, 'child'>,
  priorityDays: number = PRIORITY_HEAD_START_DAYS,
): number {
  return compareWaitingOrder(orderFacts(a.child), orderFacts(b.child), priorityDays);
}

function orderFacts(child: WaitingChild) {
  return {
    submittedAt: child.submittedAt ?? child.waitingSince,
    priority: child.priority,
    id: child.referralId,
  };
}

/**
 * Puts waiting children in line on a date (see {@link Weighting} for how waiting time and priority
 * combine: waiting time dominates, priority is a head start in days).
 *
 * @example
 * ```ts
 * const list = createWaitlist(children, '2026-11-23');
 * list.entries[0]?.child.referralId; // the child who has waited longest
 * ```
 */
export function createWaitlist(
  children: readonly WaitingChild[],
  date: string,
  weighting: Partial<Weighting> = {},
): Waitlist {
  const w = resolveWeighting(weighting);
  const today = dayNumber(date);
  const entries = children
    .map((child) => {
      // The same numbers as waitedDays / effectiveWaitDays / placementWeight, computed once.
      const waited = Math.max(0, today - dayNumber(child.waitingSince));
      const effective = waited + (child.priority ?? 0) * w.priorityDays;
      return {
        child,
        position: 0,
        waitedDays: waited,
        effectiveWaitDays: effective,
        weight: 1 + (w.waitBonus * Math.min(effective, w.waitCapDays)) / w.waitCapDays,
      };
    })
    .sort((a, b) => compareWaiting(a, b, w.priorityDays));
  entries.forEach((e, i) => (e.position = i + 1));
  return { date, weighting: w, entries };
}

/** A seat offered to the next child in line. */
export interface SeatOffer {
  readonly referralId: string;
  readonly cohortId: string;
  /** The child's place on the waitlist. */
  readonly position: number;
  readonly waitedDays: number;
  readonly effectiveWaitDays: number;
  readonly distance: number;
  readonly proximity: Proximity;
  /** Children ahead in line who do not fit this cohort (age, need, language, travel). */
  readonly passedOver: number;
  readonly reason: Explanation<'next_in_line'>;
}

/**
 * When a seat frees up in a cohort: the child to offer it to, the first on the waitlist who fits the
 * cohort (age band on the start date, related need, language, travel limit; never a protection
 * concern). Children already offered or enrolled can be skipped with `exclude`. Undefined when no
 * waiting child fits.
 *
 * Waiting time decides, not the district: a child from a neighbouring district who may travel and
 * has waited longer comes first (likställighet, equal treatment across districts).
 *
 * @param waitlist - from {@link createWaitlist}.
 * @param cohort - the cohort with the free seat; its seats and status are the caller's business.
 * @param context - the need taxonomy and the districts (for travel distance).
 * @param options - `exclude`: referral ids to skip.
 */
export function nextInLine(
  waitlist: Waitlist,
  cohort: GroupCohort,
  context: FitContext,
  options: { readonly exclude?: Iterable<string> } = {},
): SeatOffer | undefined {
  const exclude = new Set(options.exclude ?? []);
  let passedOver = 0;
  for (const entry of waitlist.entries) {
    if (exclude.has(entry.child.referralId)) continue;
    const fit = checkFit(entry.child, cohort, context);
    if (!fit.fits) {
      passedOver++;
      continue;
    }
    const head = entry.effectiveWaitDays - entry.waitedDays;
    const headSv = head > 0 ? ` (höjd prioritet räknas som ${head} dagar till)` : '';
    const headEn = head > 0 ? ` (raised priority counts as ${head} more days)` : '';
    const skippedSv = passedOver > 0 ? ` ${passedOver} barn före i kön passar inte gruppen.` : '';
    const skippedEn =
      passedOver === 1
        ? ' 1 child ahead in line does not fit the group.'
        : passedOver > 1
          ? ` ${passedOver} children ahead in line do not fit the group.`
          : '';
    return {
      referralId: entry.child.referralId,
      cohortId: cohort.id,
      position: entry.position,
      waitedDays: entry.waitedDays,
      effectiveWaitDays: entry.effectiveWaitDays,
      distance: fit.distance,
      proximity: fit.proximity,
      passedOver,
      reason: explain(
        'next_in_line',
        `Näst i tur till ${cohort.id}: har väntat ${entry.waitedDays} dagar${headSv}, längst av de barn som passar gruppen.${skippedSv}`,
        `Next in line for ${cohort.id}: has waited ${entry.waitedDays} days${headEn}, the longest of the children who fit the group.${skippedEn}`,
      ),
    };
  }
  return undefined;
}
