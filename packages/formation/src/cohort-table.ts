import type { GroupCohort, Leader } from '@lotsen/domain';
import type { DistrictDistances } from './districts.js';
import type { CohortDecisionCode } from './explain.js';
import type { NeedBits } from './fit.js';
import { checkLeaders, type LeaderIssue } from './leaders.js';

/**
 * What group formation knows of each cohort, by cohort index (input order), as flat arrays for the
 * hot loops: the seats still to fill, where and for whom it runs, and whether it may start at all.
 */
export interface CohortTable {
  readonly count: number;
  /** New children the cohort needs to start (children already enrolled count towards the minimum). */
  readonly seatsToStart: Int32Array;
  /** Seats left for new children. */
  readonly seatsLeft: Int32Array;
  /** 1 when the cohort may take children (status, cut-off date and, when required, leaders). */
  readonly usable: Uint8Array;
  /** 1 for a cohort that is over or cancelled: left out of every explanation. */
  readonly gone: Uint8Array;
  /** Index of the cohort's district in the distance table. */
  readonly district: Int32Array;
  /** The cohort's start date as months since year 0, for the children's ages on that date. */
  readonly startMonth: Int32Array;
  readonly ageMin: Int32Array;
  readonly ageMax: Int32Array;
  /** The cohort's needs as bit masks, `needWords` words per cohort (see `needBits`). */
  readonly needs: Uint32Array;
  readonly needWords: number;
  /** The language the cohort is held in. */
  readonly language: readonly string[];
  /** What the cohort may do before any child is placed: `launch` if it may start. */
  readonly decision: readonly CohortDecisionCode[];
  /** Why the leader rule fails, when it does (also when the rule is not required). */
  readonly leaderIssues: readonly (readonly LeaderIssue[] | undefined)[];
}

const TAKES_CHILDREN = new Set(['planned', 'open']);
// Cohorts that are over (or never will be) are left out of every explanation.
const GONE = new Set(['completed', 'cancelled']);

/** Phase 1 of group formation: what each cohort may do, and its facts as flat arrays. */
export function describeCohorts(
  cohorts: readonly GroupCohort[],
  context: {
    readonly leaders: readonly Leader[];
    readonly enrolled: Readonly<Record<string, number>>;
    readonly date: string;
    readonly requireLeaders: boolean;
    readonly districts: DistrictDistances;
    readonly needBits: NeedBits;
  },
): CohortTable {
  const { enrolled, date, requireLeaders, districts, needBits } = context;
  const count = cohorts.length;
  const needWords = needBits.words;
  const leaderPool = new Map(context.leaders.map((l) => [l.id, l] as const));
  const table = {
    count,
    seatsToStart: new Int32Array(count),
    seatsLeft: new Int32Array(count),
    usable: new Uint8Array(count),
    gone: new Uint8Array(count),
    district: new Int32Array(count),
    startMonth: new Int32Array(count),
    ageMin: new Int32Array(count),
    ageMax: new Int32Array(count),
    needs: new Uint32Array(count * needWords),
    needWords,
    language: [] as string[],
    decision: [] as CohortDecisionCode[],
    leaderIssues: [] as (readonly LeaderIssue[] | undefined)[],
  };
  cohorts.forEach((cohort, c) => {
    const alreadyEnrolled = enrolled[cohort.id] ?? 0;
    table.seatsToStart[c] = Math.max(0, cohort.seats.min - alreadyEnrolled);
    table.seatsLeft[c] = Math.max(0, cohort.seats.max - alreadyEnrolled);
    table.district[c] = districts.indexOf(cohort.premises.districtId);
    const [year, month] = cohort.startDate.split('-').map(Number) as [number, number];
    table.startMonth[c] = year * 12 + (month - 1);
    table.ageMin[c] = cohort.ageBand.min;
    table.ageMax[c] = cohort.ageBand.max;
    needBits.mask(cohort.needs, table.needs, c * needWords);
    table.language.push(cohort.language ?? 'sv');
    table.gone[c] = GONE.has(cohort.status) ? 1 : 0;
    const leaders = checkLeaders(cohort, leaderPool);
    table.leaderIssues.push(leaders.issues.length > 0 ? leaders.issues : undefined);
    let decision: CohortDecisionCode = 'launch';
    if (!TAKES_CHILDREN.has(cohort.status)) decision = 'not_open';
    else if ((cohort.cutoffDate ?? cohort.startDate) < date) decision = 'past_cutoff';
    else if (requireLeaders && !leaders.ok) decision = 'lacks_leaders';
    table.decision.push(decision);
    table.usable[c] = decision === 'launch' ? 1 : 0;
  });
  return table;
}
