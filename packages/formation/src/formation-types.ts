// Group formation's input and its answer, the proposal; formGroups is in formation.ts.
import type { District, GroupCohort, Leader, LocalizedText, NeedTaxonomy } from '@lotsen/domain';
import type { Proximity } from './districts.js';
import type { CohortDecisionCode, Explanation, FormationReasonCode } from './explain.js';
import type { LeaderIssue } from './leaders.js';
import type { SolverStats } from './solver.js';
import type { WaitingChildInput } from './waiting-child.js';
import type { Weighting } from './weighting.js';

/** Options for `formGroups`. */
export interface FormationOptions {
  /** How waiting time, priority and travel weigh (see {@link Weighting}). */
  readonly weighting?: Partial<Weighting>;
  /**
   * Apply the leader rule (`checkLeaders`): a cohort without two leaders, one of them
   * experienced and a mentor for each first-time leader, is not launched. Default true; turn it off
   * to plan children first and recruit leaders after.
   */
  readonly requireLeaders?: boolean;
  /** Run the improvement phases after the repair (reopen, exchanges, travel). Default true. */
  readonly improve?: boolean;
}

/** Everything group formation looks at. Nothing is read from anywhere else. */
export interface FormationInput {
  /** The waiting children; validated with `WaitingChildSchema`, so untrusted data may come in. */
  readonly children: readonly WaitingChildInput[] | readonly unknown[];
  /** The planned cohorts (only `planned` and `open` ones take children). */
  readonly cohorts: readonly GroupCohort[];
  /** The leader pool the cohorts' `leaderIds` point into. */
  readonly leaders: readonly Leader[];
  /** The districts, for travel distance over their neighbours. */
  readonly districts: readonly District[];
  readonly taxonomy: NeedTaxonomy;
  /** The day of the proposal (`YYYY-MM-DD`): waiting time and cut-off dates are counted to it. */
  readonly date: string;
  /** Children already enrolled, per cohort id: they hold seats and count towards the minimum. */
  readonly enrolled?: Readonly<Record<string, number>>;
  readonly options?: FormationOptions;
}

/** A child placed in a cohort, and why there. */
export interface Placement {
  readonly referralId: string;
  readonly cohortId: string;
  readonly districtId: string;
  readonly distance: number;
  readonly proximity: Proximity;
  /** What the placement is worth (see {@link Weighting}). */
  readonly weight: number;
  readonly reason: Explanation<FormationReasonCode>;
}

/** The nearest other possibility for a child who was not placed. */
export interface Alternative {
  readonly cohortId: string;
  readonly districtId: string;
  readonly distance: number;
  /**
   * `free_seats`: launched with seats left, but beyond the travel limit; `needs_children`: would
   * start with more children; `waitlist`: launched and full, the child can queue for it.
   */
  readonly kind: 'free_seats' | 'needs_children' | 'waitlist';
  readonly text: LocalizedText;
}

/** A child not placed, and why. */
export interface NonPlacement {
  readonly referralId: string;
  readonly reason: Explanation<FormationReasonCode>;
  readonly alternative?: Alternative;
}

/** What becomes of one cohort. */
export interface CohortOutcome {
  readonly cohortId: string;
  readonly districtId: string;
  readonly launched: boolean;
  readonly decision: Explanation<CohortDecisionCode>;
  readonly seats: { readonly min: number; readonly max: number };
  /** Children enrolled before the proposal. */
  readonly enrolled: number;
  /** Referral ids of the children the proposal places here, in waitlist order. */
  readonly referralIds: readonly string[];
  /** Enrolled plus placed. */
  readonly total: number;
  /** Why the leader rule fails, when it does. */
  readonly leaderIssues?: readonly LeaderIssue[];
  /** For a cohort that does not start: the nearest launched cohort for the same ages and needs with seats left. */
  readonly alternativeCohortId?: string;
}

/** Totals of a proposal. */
export interface FormationSummary {
  readonly children: number;
  readonly placed: number;
  readonly unplaced: number;
  readonly ownDistrict: number;
  readonly neighbour: number;
  readonly further: number;
  readonly cohortsLaunched: number;
  readonly cohortsNotLaunched: number;
  /** Sum of the placed children's weights. */
  readonly weightedPlacements: number;
  /** Sum of district borders crossed by placed children. */
  readonly travelSteps: number;
  /** `weightedPlacements - travelPenalty × travelSteps`: the number the algorithm maximises. */
  readonly objective: number;
}

/** A proposed assignment of waiting children to cohorts, with every decision explained. */
export interface FormationProposal {
  readonly date: string;
  readonly weighting: Weighting;
  /** In waitlist order. */
  readonly placements: readonly Placement[];
  /** In waitlist order. */
  readonly unplaced: readonly NonPlacement[];
  /** In input order. */
  readonly cohorts: readonly CohortOutcome[];
  readonly summary: FormationSummary;
  /** What the engine did (chains, pulls, closures, exchanges); useful when tuning. */
  readonly stats: Readonly<SolverStats>;
}
