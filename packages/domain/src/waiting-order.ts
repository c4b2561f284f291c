/**
 * The one waiting-list order. Storage orders its queues by it (in SQL, {@link waitingOrderSql}),
 * group formation orders its waitlist by it ({@link compareWaitingOrder}), and the API and the bot
 * show places computed from it. Nobody supplies a position: it is always computed from this rule.
 *
 * 1. **Waiting time first, with the priority head start.** A child's _effective wait_ is the days
 *    waited plus {@link PRIORITY_HEAD_START_DAYS} (90) per step of priority (0 to
 *    {@link MAX_PRIORITY_STEP}). Longest effective wait first. Raised priority passes every child
 *    who has waited less than 90 days longer, never one who has waited more.
 * 2. **Ties by submission time**, earliest first (the full timestamp, not only the day).
 * 3. **Then by id**, so the order is total and the same on every machine and engine.
 *
 * Comparing effective waits on a date is the same as comparing _start days_ (the day the waiting
 * started, moved earlier by the head start), which do not depend on today's date: that is what
 * {@link waitingStartDay} computes and what the SQL orders by.
 */

/** Days of waiting one step of priority is worth. */
export const PRIORITY_HEAD_START_DAYS = 90;

/** The highest priority step; storage's wider priority is clamped to 0..3. */
export const MAX_PRIORITY_STEP = 3;

const DAY_MS = 86_400_000;

/** What the order reads of a waiting child. */
export interface WaitingOrderFacts {
  /** When the waiting started: the referral's first submission (ISO date-time, or a `YYYY-MM-DD` date). */
  readonly submittedAt: string;
  /** Any integer; clamped to 0..{@link MAX_PRIORITY_STEP}. Default 0. */
  readonly priority?: number | undefined;
  /** The referral id: the last tie-break. */
  readonly id: string;
}

/** The priority step a priority counts as: clamped to 0..{@link MAX_PRIORITY_STEP}. */
export function priorityStep(priority: number | undefined): number {
  return Math.min(MAX_PRIORITY_STEP, Math.max(0, Math.trunc(priority ?? 0)));
}

/** The UTC day number (days since 1970-01-01) of an ISO date or date-time. */
export function utcDayNumber(isoDateOrTime: string): number {
  const y = Number(isoDateOrTime.slice(0, 4));
  const m = Number(isoDateOrTime.slice(5, 7));
  const d = Number(isoDateOrTime.slice(8, 10));
  if (isoDateOrTime.length <= 10) return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
  // A date-time with an offset may fall on another UTC day than its written date.
  return Math.floor(Date.parse(isoDateOrTime) / DAY_MS);
}

/**
 * The day a child's waiting counts from once the head start is added: its UTC submission day minus
 * `headStartDays` per priority step. A smaller number is further ahead.
 */
export function waitingStartDay(
  facts: Pick<WaitingOrderFacts, 'submittedAt' | 'priority'>,
  headStartDays: number = PRIORITY_HEAD_START_DAYS,
): number {
  return utcDayNumber(facts.submittedAt) - priorityStep(facts.priority) * headStartDays;
}

/**
 * The waiting order as a comparator: negative when `a` is ahead of `b`. See the module comment.
 *
 * @example
 * ```ts
 * queue.sort(compareWaitingOrder); // queue[0] is next in line
 * ```
 */
export function compareWaitingOrder(
  a: WaitingOrderFacts,
  b: WaitingOrderFacts,
  headStartDays: number = PRIORITY_HEAD_START_DAYS,
): number {
  const byDay = waitingStartDay(a, headStartDays) - waitingStartDay(b, headStartDays);
  if (byDay !== 0) return byDay;
  const at = Date.parse(a.submittedAt) - Date.parse(b.submittedAt);
  if (at !== 0 && !Number.isNaN(at)) return at;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

/**
 * The same order as an SQL `ORDER BY` list (PostgreSQL and PGlite) over the named columns: a
 * `timestamptz` submission time, an integer priority and the id. Storage's queues use it, so the
 * order in the database cannot drift from {@link compareWaitingOrder} (a test compares the two).
 */
export function waitingOrderSql(columns: {
  readonly submittedAt: string;
  readonly priority: string;
  readonly id: string;
}): string {
  const { submittedAt, priority, id } = columns;
  const day = `floor(extract(epoch from ${submittedAt}) / 86400)`;
  const step = `least(${MAX_PRIORITY_STEP}, greatest(0, ${priority}))`;
  return `(${day} - ${step} * ${PRIORITY_HEAD_START_DAYS}), ${submittedAt}, ${id}`;
}

/**
 * A family's place as people read it: "place 3 of 11, about 6 weeks at the current pace". The
 * estimate is the places ahead divided by the seats that went to this queue per week over the
 * last `windowDays` (offers made from it); `undefined` weeks when nothing moved in that window.
 */
export interface WaitingPlace {
  /** 1 is next in line. */
  readonly position: number;
  readonly of: number;
  /** Weeks until an offer at the current pace, rounded up; absent when the queue has not moved. */
  readonly aboutWeeks?: number;
  /** Seats given from this queue per week over the window. */
  readonly pacePerWeek: number;
  /** The days the pace was measured over. */
  readonly windowDays: number;
}

/**
 * Estimates the weeks until a family is offered a seat: `position / pace`, rounded up, where the
 * pace is the seats offered from its queue per week over the last `windowDays`. `undefined` when
 * nothing moved (no pace to extrapolate from: the app says so instead of guessing).
 */
export function estimateWaitWeeks(
  position: number,
  offersInWindow: number,
  windowDays: number,
): number | undefined {
  if (offersInWindow <= 0 || windowDays <= 0) return undefined;
  const perWeek = (offersInWindow * 7) / windowDays;
  return Math.max(1, Math.ceil(position / perWeek));
}
