// The assignment engine behind formGroups: its entry point and the order of its phases, on plain integer arrays. Children are indexed in
// waitlist order (index 0 is first in line, so a lower index never weighs less), cohorts by input
// order. See README.md, "The algorithm", for the phases and why they are built this way.

import { augment, augmentAll } from './chains.js';
import { Engine, type SolverProblem, type SolverResult } from './engine.js';
import { exchange, travel } from './improve.js';
import { repair } from './repair.js';
import { reopen, swapClosed } from './reopen.js';

export type { SolverProblem, SolverResult, SolverStats } from './engine.js';

/** Engine options. */
export interface SolverOptions {
  /** Run the improvement phases (reopen, exchanges, travel). Default true. */
  readonly improve?: boolean;
  /** How many cohorts one exchange search may visit; bounds the cost of that phase. Default all. */
  readonly exchangeReach?: number;
  /**
   * Work budget of the improvement phases, as a multiple of the problem's size (candidate pairs +
   * children + cohorts), with a floor of forty million steps (a few hundred milliseconds). Default 10.
   */
  readonly effort?: number;
}

/** Solves the problem: most weighted placements, then least travel. Deterministic. */
export function solveAssignment(p: SolverProblem, options: SolverOptions = {}): SolverResult {
  const engine = new Engine(p, options.exchangeReach ?? p.m, options.effort ?? 10);
  runPhases(engine, options.improve ?? true);
  return engine.result();
}
/** Runs the phases: seats, minimums, then (with `improve`) reopening, exchanges and travel. */
function runPhases(engine: Engine, improve: boolean): void {
  for (let i = 0; i < engine.n; i++) augment(engine, i);
  repair(engine);
  if (!improve) return;
  // The budget: a fixed multiple of the problem's size, with a floor so that small problems
  // (where every trial is cheap) always get the full search.
  const size = engine.problem.candCohort.length + engine.n + engine.m;
  const budget = Math.max(engine.effortFloor, engine.effort * size);
  engine.trialLimit = engine.work + 0.7 * budget;
  engine.limit = engine.work + budget;
  reopen(engine);
  for (let round = 0; round < 3 && swapClosed(engine); round++);
  exchange(engine);
  engine.dead.fill(0);
  augmentAll(engine);
  travel(engine);
}
