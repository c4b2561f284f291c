// The state of the assignment engine behind formGroups and its primitive moves. Children are
// indexed in waitlist order (index 0 is first in line, so a lower index never weighs less), cohorts
// by input order. See README.md, "The algorithm", for the phases and why they are built this way.

/** The problem as the engine sees it. Internal; built by `formGroups`. */
export interface SolverProblem {
  /** Children, in waitlist order. */
  readonly n: number;
  /** Cohorts. */
  readonly m: number;
  /** What placing each child is worth; non-increasing in the child index. */
  readonly weight: Float64Array;
  /** Candidate cohorts of child i are `candCohort[candStart[i] .. candStart[i + 1])`, nearest first. */
  readonly candStart: Int32Array;
  readonly candCohort: Int32Array;
  /** District borders between the child's home and the candidate cohort. */
  readonly candDist: Int32Array;
  /** New children a cohort needs to start (0 when children already enrolled reach the minimum). */
  readonly lo: Int32Array;
  /** Seats left for new children. */
  readonly hi: Int32Array;
  /** 1 when the cohort may take children at all (status, leaders, cut-off). */
  readonly usable: Uint8Array;
  /** District index of each child and each cohort, and the district distance table (zones × zones). */
  readonly childZone: Int32Array;
  readonly cohortZone: Int32Array;
  readonly zones: number;
  readonly zoneDist: Int32Array;
  readonly travelPenalty: number;
}

/** What the engine did, for benchmarks and tests. */
export interface SolverStats {
  /** Inner-loop steps, the unit of the improvement budget. */
  work: number;
  augmentations: number;
  pulls: number;
  closed: number;
  reopened: number;
  exchanges: number;
  travelMoves: number;
}

/** The engine's answer. */
export interface SolverResult {
  /** The cohort of each child, or -1. */
  readonly assign: Int32Array;
  /** 1 for a cohort that starts (usable and at or above its minimum). */
  readonly launched: Uint8Array;
  /** 1 for a usable cohort that was closed because it could not reach its minimum. */
  readonly belowMinimum: Uint8Array;
  readonly stats: SolverStats;
}

/** A copy of the state a trial may change (see {@link Engine.checkpoint}). */
export interface Checkpoint {
  readonly assign: Int32Array;
  readonly open: Uint8Array;
  readonly closedBelow: Uint8Array;
  readonly stats: SolverStats;
}

/** Objective differences smaller than this are rounding, not improvement. */
export const EPS = 1e-9;

/**
 * The engine's state: the assignment, which cohorts are open, the search marks, the work counter,
 * and the primitive moves that keep them consistent. The phases (chains.ts, repair.ts, pooling.ts,
 * reopen.ts, improve.ts) are functions over it.
 */
export class Engine {
  readonly problem: SolverProblem;
  readonly n: number;
  readonly m: number;
  // Inverse of the candidate lists: the children who fit cohort c, in waitlist order.
  readonly fitStart: Int32Array;
  readonly fitChild: Int32Array;
  assign: Int32Array;
  readonly pos: Int32Array;
  members: number[][];
  count: Int32Array;
  readonly open: Uint8Array;
  readonly closedBelow: Uint8Array;
  // A dead cohort is full, and every child in it can only move to other dead cohorts: no
  // augmenting path can pass through it until a seat frees up inside, which augmentations,
  // closures and pulls never do (a pull only takes from a cohort that can reach a free seat, so
  // never from a dead one). Reopening a cohort clears the marks. Marking dead regions keeps a whole
  // pass of failed augmentations linear.
  readonly dead: Uint8Array;
  // A dry cohort cannot gain a child from any chain (no surplus cohort, no unplaced child behind it).
  // Valid only while just pulls happen; cleared after anything else.
  readonly dry: Uint8Array;
  readonly mark: Int32Array;
  stamp = 0;
  readonly via: Int32Array;
  readonly prev: Int32Array;
  readonly queue: Int32Array;
  /** Sum of weight minus travel penalty over placed children. */
  value = 0;
  /**
   * Inner-loop steps so far. The improvement phases stop starting new trials once they have spent
   * their budget, so the running time has a bound that depends only on the input (deterministic,
   * unlike a clock).
   */
  work = 0;
  /** Where reopening and closing trials stop, and where everything else stops. */
  trialLimit = Infinity;
  limit = Infinity;
  readonly exchangeReach: number;
  readonly stats: SolverStats = {
    work: 0,
    augmentations: 0,
    pulls: 0,
    closed: 0,
    reopened: 0,
    exchanges: 0,
    travelMoves: 0,
  };

  readonly effort: number;
  readonly effortFloor: number;

  constructor(p: SolverProblem, exchangeReach: number, effort: number) {
    this.problem = p;
    this.effort = effort;
    this.effortFloor = 40_000_000;
    this.n = p.n;
    this.m = p.m;
    this.exchangeReach = exchangeReach;
    const { n, m } = this;
    const fitCount = new Int32Array(m + 1);
    for (let k = 0; k < p.candCohort.length; k++) fitCount[p.candCohort[k]! + 1]!++;
    for (let c = 0; c < m; c++) fitCount[c + 1]! += fitCount[c]!;
    this.fitStart = fitCount.slice();
    this.fitChild = new Int32Array(p.candCohort.length);
    const fill = fitCount.slice(0, m);
    for (let i = 0; i < n; i++) {
      for (let k = p.candStart[i]!; k < p.candStart[i + 1]!; k++) {
        const c = p.candCohort[k]!;
        this.fitChild[fill[c]!++] = i;
      }
    }
    this.assign = new Int32Array(n).fill(-1);
    this.pos = new Int32Array(n);
    this.members = Array.from({ length: m }, () => []);
    this.count = new Int32Array(m);
    this.open = new Uint8Array(m);
    this.closedBelow = new Uint8Array(m);
    this.dead = new Uint8Array(m);
    this.dry = new Uint8Array(m);
    this.mark = new Int32Array(m);
    this.via = new Int32Array(m);
    this.prev = new Int32Array(m);
    this.queue = new Int32Array(m);
    for (let c = 0; c < m; c++) {
      if (!p.usable[c]) continue;
      // A cohort that could not reach its minimum even with every child who fits it never opens.
      if (p.lo[c]! > this.fitStart[c + 1]! - this.fitStart[c]!) this.closedBelow[c] = 1;
      else this.open[c] = 1;
    }
  }

  // ---- primitive moves -------------------------------------------------------------------------

  place(i: number, c: number): void {
    this.value += this.problem.weight[i]! - this.problem.travelPenalty * this.distOf(i, c);
    this.assign[i] = c;
    const list = this.members[c]!;
    this.pos[i] = list.length;
    list.push(i);
    this.count[c]!++;
  }

  unplace(i: number): void {
    const c = this.assign[i]!;
    this.value -= this.problem.weight[i]! - this.problem.travelPenalty * this.distOf(i, c);
    const list = this.members[c]!;
    const last = list.pop()!;
    if (last !== i) {
      list[this.pos[i]!] = last;
      this.pos[last] = this.pos[i]!;
    }
    this.assign[i] = -1;
    this.count[c]!--;
  }

  moveTo(i: number, c: number): void {
    if (this.assign[i] !== -1) this.unplace(i);
    this.place(i, c);
  }

  /** Borders between child i's home and cohort c. */
  distOf(i: number, c: number): number {
    const { zoneDist, zones, childZone, cohortZone } = this.problem;
    return zoneDist[childZone[i]! * zones + cohortZone[c]!]!;
  }

  /** True when cohort c is one of child i's candidates. */
  fits(i: number, c: number): boolean {
    const { candStart, candCohort } = this.problem;
    this.work += candStart[i + 1]! - candStart[i]!;
    for (let k = candStart[i]!; k < candStart[i + 1]!; k++) if (candCohort[k] === c) return true;
    return false;
  }

  /** The objective of the current assignment, kept up to date by place and unplace. */
  objective(): number {
    return this.value;
  }

  /** What a trial may change, to roll it back when it does not improve the objective. */
  checkpoint(): Checkpoint {
    return {
      assign: this.assign.slice(),
      open: this.open.slice(),
      closedBelow: this.closedBelow.slice(),
      stats: { ...this.stats },
    };
  }

  /** Undoes everything since the checkpoint; the dead marks are cleared (they may no longer hold). */
  rollBack(checkpoint: Checkpoint): void {
    this.open.set(checkpoint.open);
    this.closedBelow.set(checkpoint.closedBelow);
    this.rebuild(checkpoint.assign);
    Object.assign(this.stats, checkpoint.stats);
    this.dead.fill(0);
  }

  /** Replaces the assignment and recounts the cohorts and the objective from it. */
  rebuild(assign: Int32Array): void {
    this.work += this.n + this.m;
    this.assign = assign;
    this.members = Array.from({ length: this.m }, () => []);
    this.count = new Int32Array(this.m);
    this.value = 0;
    for (let i = 0; i < this.n; i++) {
      const c = assign[i]!;
      if (c === -1) continue;
      this.value += this.problem.weight[i]! - this.problem.travelPenalty * this.distOf(i, c);
      this.pos[i] = this.members[c]!.length;
      this.members[c]!.push(i);
      this.count[c]!++;
    }
  }

  result(): SolverResult {
    const launched = new Uint8Array(this.m);
    for (let c = 0; c < this.m; c++) {
      launched[c] = this.open[c] && this.count[c]! >= this.problem.lo[c]! ? 1 : 0;
    }
    this.stats.work = this.work;
    return {
      assign: this.assign,
      launched,
      belowMinimum: this.closedBelow,
      stats: this.stats,
    };
  }
}
