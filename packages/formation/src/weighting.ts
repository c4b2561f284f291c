import { dayNumber, daysBetween } from '@lotsen/domain';
import { z } from 'zod';
import type { WaitingChild } from './waiting-child.js';

/**
 * The explicit weighting behind the waitlist order and group formation's objective.
 *
 * **Waiting time dominates; priority is a head start measured in days.** A child's *effective wait*
 * is the days waited plus `priorityDays` for each step of priority. The waitlist is ordered by
 * effective wait, so a child with raised priority (1) passes every child who has waited less than
 * `priorityDays` longer, but never one who has waited more: nobody is overtaken for ever.
 *
 * In group formation each placed child counts `1 + waitBonus × min(effectiveWait, waitCapDays) /
 * waitCapDays`: always at least one child, and up to `1 + waitBonus` after `waitCapDays`. Each step of
 * travel (one district border crossed) costs `travelPenalty`, kept small so that placing a child
 * always counts more than any amount of travel.
 */
export interface Weighting {
  /** Days of waiting that one step of priority is worth. Default 90. */
  readonly priorityDays: number;
  /** The extra weight of a child who has waited `waitCapDays` or longer. Default 0.5. */
  readonly waitBonus: number;
  /** The effective wait at which the bonus stops growing. Default 365. */
  readonly waitCapDays: number;
  /** Cost of each district border between the child's home and the group. Default 0.01. */
  readonly travelPenalty: number;
}

/** The default {@link Weighting}: priority 1 ≈ 90 days, a year's wait counts 1.5, a border 0.01. */
export const DEFAULT_WEIGHTING: Weighting = Object.freeze({
  priorityDays: 90,
  waitBonus: 0.5,
  waitCapDays: 365,
  travelPenalty: 0.01,
});

/** Validates a partial weighting; `travelPenalty` is capped so travel never outweighs a child. */
export const WeightingSchema = z.strictObject({
  priorityDays: z.number().min(0).max(3650).optional(),
  waitBonus: z.number().min(0).max(10).optional(),
  waitCapDays: z.number().positive().max(36500).optional(),
  travelPenalty: z.number().min(0).max(0.02).optional(),
});

/** Fills the missing fields of a partial weighting with the defaults. */
export function resolveWeighting(partial: Partial<Weighting> = {}): Weighting {
  return {
    priorityDays: partial.priorityDays ?? DEFAULT_WEIGHTING.priorityDays,
    waitBonus: partial.waitBonus ?? DEFAULT_WEIGHTING.waitBonus,
    waitCapDays: partial.waitCapDays ?? DEFAULT_WEIGHTING.waitCapDays,
    travelPenalty: partial.travelPenalty ?? DEFAULT_WEIGHTING.travelPenalty,
  };
}

// Days are counted by @lotsen/domain's calendar; re-exported for the waitlist and formation's callers.
export { dayNumber, daysBetween };

/** Whole days the child has waited on `date`; never negative (a future `waitingSince` counts 0). */
export function waitedDays(child: Pick<WaitingChild, 'waitingSince'>, date: string): number {
  return Math.max(0, daysBetween(child.waitingSince, date));
}

/**
 * The child's effective wait on `date`: days waited plus `priorityDays` per step of priority. The
 * waitlist is ordered by this number, longest first.
 */
export function effectiveWaitDays(
  child: Pick<WaitingChild, 'waitingSince' | 'priority'>,
  date: string,
  weighting: Partial<Weighting> = {},
): number {
  const w = resolveWeighting(weighting);
  return waitedDays(child, date) + (child.priority ?? 0) * w.priorityDays;
}

/**
 * What placing this child is worth in group formation: `1 + waitBonus × min(effectiveWait,
 * waitCapDays) / waitCapDays`. Tests and benchmarks use the same number for the exact solution.
 */
export function placementWeight(
  child: Pick<WaitingChild, 'waitingSince' | 'priority'>,
  date: string,
  weighting: Partial<Weighting> = {},
): number {
  const w = resolveWeighting(weighting);
  const wait = effectiveWaitDays(child, date, w);
  return 1 + (w.waitBonus * Math.min(wait, w.waitCapDays)) / w.waitCapDays;
}
