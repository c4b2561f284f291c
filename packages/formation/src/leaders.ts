import type { GroupCohort, Leader } from '@lotsen/domain';
import { explain, type Explanation, type LeaderIssueCode } from './explain.js';

/** One reason a cohort may not run with its leaders. */
export interface LeaderIssue extends Explanation<LeaderIssueCode> {
  /** The leader concerned, for `unknown_leader` and `duplicate_leader`. */
  readonly leaderId?: string;
}

/**
 * The outcome of {@link checkLeaders}. `ok` is false when a rule is broken; `issues` lists every rule
 * broken and also data problems (`unknown_leader`, `duplicate_leader`) that may appear with `ok`.
 */
export interface LeaderCheck {
  readonly ok: boolean;
  /** Distinct known experienced leaders. */
  readonly experienced: number;
  /** Distinct known first-time leaders. */
  readonly firstTime: number;
  readonly issues: readonly LeaderIssue[];
}

function isLeaderList(
  leaders: readonly Leader[] | ReadonlyMap<string, Leader>,
): leaders is readonly Leader[] {
  return Array.isArray(leaders);
}

/**
 * The leader rule: a cohort runs only with at least two leaders, at least one of them experienced,
 * and every first-time leader paired with an experienced mentor of their own (so there are at least
 * as many experienced leaders as first-time ones: one mentor per newcomer, because the mentor leads
 * beside the newcomer in every meeting). A leader id the pool does not know, or one listed twice,
 * does not count and is reported.
 *
 * @param cohort - the cohort; only `leaderIds` is read.
 * @param leaders - the leader pool (or at least the cohort's leaders).
 * @example
 * ```ts
 * const check = checkLeaders(cohort, leaders);
 * if (!check.ok) console.log(check.issues.map((i) => i.text.sv).join(' '));
 * ```
 */
export function checkLeaders(
  cohort: Pick<GroupCohort, 'leaderIds'>,
  leaders: readonly Leader[] | ReadonlyMap<string, Leader>,
): LeaderCheck {
  const pool: ReadonlyMap<string, Leader> = isLeaderList(leaders)
    ? new Map(leaders.map((l) => [l.id, l] as const))
    : leaders;
  const issues: LeaderIssue[] = [];
  const seen = new Set<string>();
  let experienced = 0;
  let firstTime = 0;
  for (const id of cohort.leaderIds) {
    if (seen.has(id)) {
      issues.push({
        ...explain(
          'duplicate_leader',
          `Ledaren ${id} står med mer än en gång och räknas en gång.`,
          `Leader ${id} is listed more than once and counts once.`,
        ),
        leaderId: id,
      });
      continue;
    }
    seen.add(id);
    const leader = pool.get(id);
    if (!leader) {
      issues.push({
        ...explain(
          'unknown_leader',
          `Ledaren ${id} finns inte i ledarpoolen och räknas inte.`,
          `Leader ${id} is not in the leader pool and does not count.`,
        ),
        leaderId: id,
      });
      continue;
    }
    if (leader.experience === 'experienced') experienced++;
    else firstTime++;
  }
  const total = experienced + firstTime;
  // Only the three rule breaches make the check fail; unknown and duplicate ids are reported so
  // staff can fix the data, but they fail the check only through the counts they leave.
  let fails = false;
  if (total < 2) {
    fails = true;
    issues.push(
      explain(
        'too_few_leaders',
        `Gruppen har ${total} ledare; minst två behövs.`,
        `The group has ${total} ${total === 1 ? 'leader' : 'leaders'}; at least two are needed.`,
      ),
    );
  }
  if (experienced === 0) {
    fails = true;
    issues.push(
      explain(
        'no_experienced_leader',
        'Ingen av ledarna är erfaren; minst en erfaren ledare behövs.',
        'None of the leaders is experienced; at least one experienced leader is needed.',
      ),
    );
  }
  if (firstTime > experienced) {
    fails = true;
    issues.push(
      explain(
        'first_time_without_mentor',
        `${firstTime} ${firstTime === 1 ? 'ny ledare' : 'nya ledare'} men ${experienced} ${experienced === 1 ? 'erfaren' : 'erfarna'}: varje ny ledare leder sin första grupp med en egen erfaren mentor.`,
        `${firstTime} first-time ${firstTime === 1 ? 'leader' : 'leaders'} but ${experienced} experienced: each first-time leader runs the first group beside an experienced mentor of their own.`,
      ),
    );
  }
  return { ok: !fails, experienced, firstTime, issues };
}
