import type { GroupCohort } from './cohort.js';
import { dateOfDayNumber, dayNumber } from './dates.js';

/*
 * When a cohort meets, and whether two cohorts meet at the same time. A cohort meets once a week on
 * its weekday, at its start time, from its start date: `meetings.count` times, or (when it has an
 * end date) every week up to the end date, because a term with breaks is stated by its end date
 * and the breaks are not stored. Dates are calendar days; times are the local time of day.
 */

/** What the schedule check reads of a cohort. */
export type CohortSchedule = Pick<GroupCohort, 'id' | 'startDate' | 'meetings' | 'status'> & {
  readonly endDate?: string | undefined;
};

/**
 * How long a meeting without `meetings.durationMinutes` is taken to last. An assumption on the safe
 * side: a missing duration should not hide a clash.
 */
export const DEFAULT_MEETING_MINUTES = 120;

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTES_PER_DAY = 24 * 60;

/** 0 = Monday … 6 = Sunday; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The days (as day numbers) of a cohort's first and last meeting, or undefined if it has none. */
function meetingDays(c: CohortSchedule): { first: number; last: number } | undefined {
  const weekday = c.meetings.weekday;
  if (weekday === undefined) return undefined;
  const w = WEEKDAYS.indexOf(weekday);
  const start = dayNumber(c.startDate);
  const first = start + ((w - weekdayOf(start) + 7) % 7);
  let last = first + 7 * (c.meetings.count - 1);
  if (c.endDate !== undefined) {
    const end = dayNumber(c.endDate);
    last = end - ((weekdayOf(end) - w + 7) % 7);
  }
  return last < first ? undefined : { first, last };
}

/** The meeting's minutes of the day, `[start, end)`; a meeting is taken to end by midnight. */
function meetingMinutes(c: CohortSchedule): { start: number; end: number } | undefined {
  const time = c.meetings.startTime;
  if (time === undefined) return undefined;
  const [h = 0, m = 0] = time.split(':').map(Number);
  const start = h * 60 + m;
  const end = Math.min(
    start + (c.meetings.durationMinutes ?? DEFAULT_MEETING_MINUTES),
    MINUTES_PER_DAY,
  );
  return { start, end };
}

/** True for a cohort that still holds (or will hold) meetings: not cancelled, not completed. */
export function isActiveCohort(cohort: Pick<GroupCohort, 'status'>): boolean {
  return cohort.status !== 'cancelled' && cohort.status !== 'completed';
}

/**
 * The dates of a cohort's first and last meeting (ISO dates), or `undefined` when it has no weekday
 * yet, or no meeting day falls between its start and end dates.
 *
 * @example
 * ```ts
 * meetingPeriod({ id: 'x', startDate: '2026-09-01', status: 'open',
 *   meetings: { count: 10, weekday: 'tue', startTime: '16:00' } });
 * // { first: '2026-09-01', last: '2026-11-03' }
 * ```
 */
export function meetingPeriod(cohort: CohortSchedule): { first: string; last: string } | undefined {
  const days = meetingDays(cohort);
  return days && { first: dateOfDayNumber(days.first), last: dateOfDayNumber(days.last) };
}

/**
 * True when two cohorts meet at the same time: the same weekday, overlapping times of day (a
 * meeting that ends as the other starts does not overlap) and overlapping meeting periods. False
 * for a cohort and itself (the same id), for a cancelled or completed cohort, and for a cohort
 * without a weekday or start time: it cannot be placed in time yet, and is checked again when it
 * gets them. Symmetric.
 *
 * @example
 * ```ts
 * if (meetsAtSameTime(cohort, other)) console.log(`${other.id} meets at the same time`);
 * ```
 */
export function meetsAtSameTime(a: CohortSchedule, b: CohortSchedule): boolean {
  if (a.id === b.id || !isActiveCohort(a) || !isActiveCohort(b)) return false;
  if (a.meetings.weekday === undefined || a.meetings.weekday !== b.meetings.weekday) return false;
  const ta = meetingMinutes(a);
  const tb = meetingMinutes(b);
  if (!ta || !tb || ta.start >= tb.end || tb.start >= ta.end) return false;
  const da = meetingDays(a);
  const db = meetingDays(b);
  return da !== undefined && db !== undefined && da.first <= db.last && db.first <= da.last;
}

/** A leader who would lead two cohorts at the same time. */
export interface LeaderClash {
  /** The leader, one of the checked cohort's `leaderIds`. */
  readonly leaderId: string;
  /** Where the leader sits in the checked cohort's `leaderIds`. */
  readonly index: number;
  /** The other cohort the leader already leads, meeting at the same time. */
  readonly cohortId: string;
}

/**
 * Every leader of `cohort` who already leads one of `others` at the same time (see
 * {@link meetsAtSameTime}), in the order of `cohort.leaderIds`, then of `others`. Empty when the
 * assignment is possible.
 *
 * @param cohort - the cohort with the leaders it is to have and the schedule it is to have.
 * @param others - other cohorts with their leaders; the cohort itself may be among them (it is
 *   skipped).
 * @example
 * ```ts
 * const clashes = findLeaderClashes({ ...cohort, leaderIds: ['anna', 'bo'] }, cohortsOfAnnaAndBo);
 * for (const c of clashes) console.log(`${c.leaderId} already leads ${c.cohortId}`);
 * ```
 */
export function findLeaderClashes(
  cohort: CohortSchedule & Pick<GroupCohort, 'leaderIds'>,
  others: readonly (CohortSchedule & Pick<GroupCohort, 'leaderIds'>)[],
): LeaderClash[] {
  const clashing = others.filter((o) => meetsAtSameTime(cohort, o));
  return cohort.leaderIds.flatMap((leaderId, index) =>
    clashing
      .filter((o) => o.leaderIds.includes(leaderId))
      .map((o) => ({ leaderId, index, cohortId: o.id })),
  );
}
