// The assignment engine behind formGroups, on plain integer arrays. Children are indexed in
// waitlist order (index 0 is first in line, so a lower index never weighs less), cohorts by input
// order. See README.md, "The algorithm", for the phases and why they are built this way.

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

const EPS = 1e-9;

/** Solves the problem: most weighted placements, then least travel. Deterministic. */
export function solveAssignment(p: SolverProblem, options: SolverOptions = {}): SolverResult {
  const engine = new Engine(p, options.exchangeReach ?? p.m, options.effort ?? 10);
  engine.run(options.improve ?? true);
  return engine.result();
}

class Engine {
  readonly p: SolverProblem;
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
    this.p = p;
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
    this.value += this.p.weight[i]! - this.p.travelPenalty * this.distOf(i, c);
    this.assign[i] = c;
    const list = this.members[c]!;
    this.pos[i] = list.length;
    list.push(i);
    this.count[c]!++;
  }

  unplace(i: number): void {
    const c = this.assign[i]!;
    this.value -= this.p.weight[i]! - this.p.travelPenalty * this.distOf(i, c);
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
    const { zoneDist, zones, childZone, cohortZone } = this.p;
    return zoneDist[childZone[i]! * zones + cohortZone[c]!]!;
  }

  /** True when cohort c is one of child i's candidates. */
  fits(i: number, c: number): boolean {
    const { candStart, candCohort } = this.p;
    this.work += candStart[i + 1]! - candStart[i]!;
    for (let k = candStart[i]!; k < candStart[i + 1]!; k++) if (candCohort[k] === c) return true;
    return false;
  }

  /** The objective of the current assignment, kept up to date by place and unplace. */
  objective(): number {
    return this.value;
  }

  rebuild(assign: Int32Array): void {
    this.work += this.n + this.m;
    this.assign = assign;
    this.members = Array.from({ length: this.m }, () => []);
    this.count = new Int32Array(this.m);
    this.value = 0;
    for (let i = 0; i < this.n; i++) {
      const c = assign[i]!;
      if (c === -1) continue;
      this.value += this.p.weight[i]! - this.p.travelPenalty * this.distOf(i, c);
      this.pos[i] = this.members[c]!.length;
      this.members[c]!.push(i);
      this.count[c]!++;
    }
  }

  // ---- phase 1: upper quotas, greedy in waitlist order with augmenting paths ------------------

  /**
   * Places child u: into the nearest open cohort with a free seat, or else along the shortest chain
   * of moves (u takes a seat, the child there moves to another cohort it fits, ...) that ends in a
   * free seat. Processing children in waitlist order makes this the greedy algorithm on a
   * transversal matroid, which is exactly optimal for "most weight placed" under upper quotas.
   */
  augment(u: number): boolean {
    const { candStart, candCohort, hi } = this.p;
    const { open, count, dead, mark, via, prev, queue, members } = this;
    const s = candStart[u]!;
    const e = candStart[u + 1]!;
    for (let k = s; k < e; k++) {
      const c = candCohort[k]!;
      if (open[c] && count[c]! < hi[c]!) {
        this.place(u, c);
        return true;
      }
    }
    const stamp = ++this.stamp;
    let qt = 0;
    for (let k = s; k < e; k++) {
      const c = candCohort[k]!;
      if (!open[c] || dead[c] || mark[c] === stamp) continue;
      mark[c] = stamp;
      via[c] = u;
      prev[c] = -1;
      queue[qt++] = c;
    }
    for (let qh = 0; qh < qt; qh++) {
      const c = queue[qh]!;
      const list = members[c]!;
      for (let a = 0; a < list.length; a++) {
        const v = list[a]!;
        this.work += candStart[v + 1]! - candStart[v]!;
        for (let k = candStart[v]!; k < candStart[v + 1]!; k++) {
          const d = candCohort[k]!;
          if (!open[d] || dead[d] || mark[d] === stamp) continue;
          mark[d] = stamp;
          via[d] = v;
          prev[d] = c;
          if (count[d]! < hi[d]!) {
            this.applyChain(d);
            this.stats.augmentations++;
            return true;
          }
          queue[qt++] = d;
        }
      }
    }
    for (let q = 0; q < qt; q++) dead[queue[q]!] = 1;
    return false;
  }

  applyChain(end: number): void {
    let cur = end;
    for (;;) {
      const v = this.via[cur]!;
      const back = this.prev[cur]!;
      this.moveTo(v, cur);
      if (back === -1) return;
      cur = back;
    }
  }

  augmentAll(): void {
    this.work += this.n;
    for (let i = 0; i < this.n; i++) if (this.assign[i] === -1) this.augment(i);
  }

  // ---- phase 2: lower quotas ------------------------------------------------------------------

  /**
   * Gives deficit cohort B one more child: a backward search for a chain that ends either in an
   * unplaced child who fits (a gain of one) or in a cohort above its minimum that can spare a child
   * (a neutral move that frees a seat there). 0: no chain; 1: moved; 2: placed a new child.
   */
  pull(b: number, forced = false): 0 | 1 | 2 {
    const { lo } = this.p;
    const { fitStart, fitChild, assign, open, dry, mark, count, queue } = this;
    const next = this.via; // reuse: next[A] = the cohort A's mover goes to
    const mover = this.prev; // reuse: mover[A] = the child that leaves A
    const stamp = ++this.stamp;
    mark[b] = stamp;
    queue[0] = b;
    let qt = 1;
    for (let qh = 0; qh < qt; qh++) {
      const x = queue[qh]!;
      this.work += 2 * (fitStart[x + 1]! - fitStart[x]!);
      // First the unplaced child who is first in line...
      for (let k = fitStart[x]!; k < fitStart[x + 1]!; k++) {
        const v = fitChild[k]!;
        if (assign[v] !== -1) continue;
        this.applyPull(v, x, b);
        this.stats.pulls++;
        return 2;
      }
      // ...else move a placed child, the last in line first: the children who have waited least
      // are the ones asked to travel further so that a group can start.
      for (let k = fitStart[x + 1]! - 1; k >= fitStart[x]!; k--) {
        const v = fitChild[k]!;
        const a = assign[v]!;
        if (a === x || a === -1) continue;
        if (mark[a] === stamp || dry[a] || !open[a]) continue;
        // Forced (only while trying to reopen a cohort): take from any cohort, and let the repair
        // that follows decide what becomes of the one left short.
        if (count[a]! > lo[a]! || forced) {
          this.applyPull(v, x, b);
          this.stats.pulls++;
          return 1;
        }
        mark[a] = stamp;
        next[a] = x;
        mover[a] = v;
        queue[qt++] = a;
      }
    }
    if (!forced) for (let q = 0; q < qt; q++) dry[queue[q]!] = 1;
    return 0;
  }

  applyPull(v: number, x: number, b: number): void {
    this.moveTo(v, x);
    let y = x;
    while (y !== b) {
      const w = this.prev[y]!;
      const z = this.via[y]!;
      this.moveTo(w, z);
      y = z;
    }
  }

  deficits(): number[] {
    const { lo } = this.p;
    const out: number[] = [];
    for (let c = 0; c < this.m; c++) if (this.open[c] && this.count[c]! < lo[c]!) out.push(c);
    return out;
  }

  /** Closes a cohort that cannot start and re-places its children elsewhere, in waitlist order. */
  close(c: number): void {
    this.open[c] = 0;
    this.closedBelow[c] = 1;
    this.stats.closed++;
    const released = this.members[c]!.slice().sort((a, b) => a - b);
    for (const v of released) {
      this.unplace(v);
    }
    for (const v of released) this.augment(v);
  }

  /**
   * Until every open cohort reaches its minimum: fill deficits by pulling children from cohorts that
   * can spare them (and let unplaced children take the seats that frees); when some cohort still
   * cannot reach its minimum, close the one furthest from it and re-place its children; repeat.
   */
  repair(keep = -1): void {
    const { lo } = this.p;
    for (;;) {
      const deficits = this.deficits();
      if (deficits.length === 0) return;
      // Smallest deficit first: the cohorts most likely to start get the spare children first.
      deficits.sort((a, b) => lo[a]! - this.count[a]! - (lo[b]! - this.count[b]!) || a - b);
      this.dry.fill(0);
      let freed = false;
      for (const b of deficits) {
        while (this.count[b]! < lo[b]!) {
          const r = this.pull(b);
          if (r === 0) break;
          if (r === 1) freed = true;
        }
      }
      if (freed) this.augmentAll();
      let victim = -1;
      for (const c of deficits) {
        if (!this.open[c] || this.count[c]! >= lo[c]! || c === keep) continue;
        if (victim === -1) {
          victim = c;
          continue;
        }
        const dv = lo[victim]! - this.count[victim]!;
        const dc = lo[c]! - this.count[c]!;
        // Furthest from its minimum first, then the fewest children to re-place, then the later one.
        if (
          dc > dv ||
          (dc === dv &&
            (this.count[c]! < this.count[victim]! ||
              (this.count[c] === this.count[victim] && c > victim)))
        )
          victim = c;
      }
      // The cohort being reopened is closed only when nothing else is short.
      if (victim === -1 && keep >= 0 && this.open[keep] && this.count[keep]! < lo[keep]!)
        victim = keep;
      if (victim === -1) continue;
      this.close(victim);
    }
  }

  // ---- phase 3: improvement -------------------------------------------------------------------

  /**
   * Tries to reopen each closed cohort that unplaced children fit: it takes those children, then
   * children pulled from cohorts that can spare them, and if that is not enough, children taken from
   * any cohort (which may then fall short and be repaired or closed in turn). The trial is kept only
   * when the whole objective improves; otherwise everything is rolled back.
   */
  reopen(only?: Uint8Array): void {
    const { lo, hi, usable } = this.p;
    const order: { c: number; gain: number }[] = [];
    for (let c = 0; c < this.m; c++) {
      if (only && !only[c]) continue;
      if (!usable[c] || this.open[c] || lo[c]! > this.fitStart[c + 1]! - this.fitStart[c]!)
        continue;
      let unplacedFits = 0;
      for (let k = this.fitStart[c]!; k < this.fitStart[c + 1]!; k++)
        if (this.assign[this.fitChild[k]!] === -1) unplacedFits++;
      // Without a new child to take, reopening only moves children around: nothing to gain.
      if (unplacedFits > 0) order.push({ c, gain: unplacedFits });
    }
    order.sort((a, b) => b.gain - a.gain || a.c - b.c);
    for (const { c: b } of order) {
      if (this.work > this.trialLimit) return;
      if (this.open[b]) continue;
      const before = this.objective();
      const snapshot = this.assign.slice();
      const openBefore = this.open.slice();
      const closedBefore = this.closedBelow.slice();
      const statsBefore = { ...this.stats };
      this.open[b] = 1;
      this.closedBelow[b] = 0;
      this.dead.fill(0); // an open cohort with seats makes every region that reaches it live
      for (let k = this.fitStart[b]!; k < this.fitStart[b + 1]!; k++) {
        const v = this.fitChild[k]!;
        if (this.count[b]! >= hi[b]!) break;
        if (this.assign[v] === -1) this.place(v, b);
      }
      this.dry.fill(0);
      while (this.count[b]! < lo[b]! && this.pull(b) !== 0);
      this.dry.fill(0); // forced pulls may go where plain ones found nothing
      while (this.count[b]! < lo[b]! && this.pull(b, true) !== 0);
      if (this.count[b]! >= lo[b]!) {
        this.dead.fill(0); // forced pulls may have taken from a dead region
        this.repair(b);
        this.augmentAll();
        if (this.open[b] && this.objective() > before + EPS) {
          this.stats.reopened++;
          continue;
        }
      }
      this.open.set(openBefore);
      this.closedBelow.set(closedBefore);
      this.rebuild(snapshot);
      Object.assign(this.stats, statsBefore);
      this.dead.fill(0);
    }
  }

  /**
   * Tries closing a running cohort whose children also fit a closed one: the closed cohort may then
   * reopen with them (through {@link reopen}) and place more children in total, which neither move
   * finds alone. Kept only when the objective improves. Only cohorts next to a closed cohort are
   * tried, so the cost stays small when few cohorts are closed.
   */
  swapClosed(): boolean {
    const { lo, usable } = this.p;
    const reopenable = new Uint8Array(this.m);
    let any = false;
    for (let c = 0; c < this.m; c++) {
      if (!usable[c] || this.open[c] || lo[c]! > this.fitStart[c + 1]! - this.fitStart[c]!)
        continue;
      for (let k = this.fitStart[c]!; k < this.fitStart[c + 1]!; k++) {
        if (this.assign[this.fitChild[k]!] === -1) {
          reopenable[c] = 1;
          any = true;
          break;
        }
      }
    }
    if (!any) return false;
    const tries: number[] = [];
    for (let c = 0; c < this.m; c++) {
      if (!this.open[c] || lo[c] === 0 || this.count[c] === 0) continue;
      let touches = false;
      for (const v of this.members[c]!) {
        for (let k = this.p.candStart[v]!; k < this.p.candStart[v + 1]! && !touches; k++)
          if (reopenable[this.p.candCohort[k]!]) touches = true;
        if (touches) break;
      }
      if (touches) tries.push(c);
    }
    tries.sort((a, b) => this.count[a]! - this.count[b]! || a - b);
    let improved = false;
    const near = new Uint8Array(this.m);
    for (const c of tries) {
      if (this.work > this.trialLimit) break;
      if (!this.open[c]) continue;
      // Only the closed cohorts this cohort's children fit are worth reopening after closing it.
      near.fill(0);
      for (const v of this.members[c]!)
        for (let k = this.p.candStart[v]!; k < this.p.candStart[v + 1]!; k++) {
          const d = this.p.candCohort[k]!;
          if (reopenable[d] && !this.open[d]) near[d] = 1;
        }
      const before = this.objective();
      const snapshot = this.assign.slice();
      const openBefore = this.open.slice();
      const closedBefore = this.closedBelow.slice();
      const statsBefore = { ...this.stats };
      this.close(c);
      this.repair();
      this.reopen(near);
      this.dead.fill(0);
      this.augmentAll();
      if (this.objective() > before + EPS) {
        improved = true;
        continue;
      }
      this.open.set(openBefore);
      this.closedBelow.set(closedBefore);
      this.rebuild(snapshot);
      Object.assign(this.stats, statsBefore);
      this.dead.fill(0);
    }
    return improved;
  }

  /**
   * Exchanges: an unplaced child who weighs more than some placed child takes that child's seat,
   * directly or along a chain of moves (no cohort's size changes, so minimums still hold).
   */
  exchange(): void {
    const { candStart, candCohort, candDist, weight, travelPenalty: pen } = this.p;
    const { open, mark, via, prev, queue, members } = this;
    const gainTo = new Float64Array(this.m); // travel saved by the chain into each cohort
    // An exhausted region holds no child lighter than the child that searched it, and no chain
    // leaves it; later children weigh no more, so they can skip it (it stays so: no chain that
    // changes it can gain).
    const exhausted = new Uint8Array(this.m);
    for (let u = 0; u < this.n; u++) {
      if (this.assign[u] !== -1) continue;
      if (this.work > this.limit) return;
      const stamp = ++this.stamp;
      let qt = 0;
      for (let k = candStart[u]!; k < candStart[u + 1]!; k++) {
        const c = candCohort[k]!;
        if (!open[c] || exhausted[c] || mark[c] === stamp) continue;
        mark[c] = stamp;
        via[c] = u;
        prev[c] = -1;
        gainTo[c] = -pen * candDist[k]!;
        queue[qt++] = c;
      }
      let best = -1;
      let bestDrop = -1;
      let bestGain = EPS;
      let lightest = Infinity;
      let truncated = false;
      for (let qh = 0; qh < qt; qh++) {
        const c = queue[qh]!;
        const list = members[c]!;
        for (let a = 0; a < list.length; a++) {
          const v = list[a]!;
          const wv = weight[v]!;
          if (wv < lightest) lightest = wv;
          if (wv >= weight[u]! - EPS) continue;
          const g = weight[u]! + gainTo[c]! - (wv - pen * this.distOf(v, c));
          if (g > bestGain) {
            bestGain = g;
            best = c;
            bestDrop = v;
          }
        }
        for (let a = 0; a < list.length; a++) {
          const v = list[a]!;
          const from = this.distOf(v, c);
          this.work += candStart[v + 1]! - candStart[v]!;
          for (let k = candStart[v]!; k < candStart[v + 1]!; k++) {
            const d = candCohort[k]!;
            if (!open[d] || exhausted[d] || mark[d] === stamp) continue;
            if (qt >= this.exchangeReach) {
              truncated = true;
              continue;
            }
            mark[d] = stamp;
            via[d] = v;
            prev[d] = c;
            gainTo[d] = gainTo[c]! + pen * (from - candDist[k]!);
            queue[qt++] = d;
          }
        }
      }
      if (best === -1) {
        if (!truncated && lightest >= weight[u]! - EPS)
          for (let q = 0; q < qt; q++) exhausted[queue[q]!] = 1;
        continue;
      }
      this.unplace(bestDrop);
      this.applyChain(best);
      this.stats.exchanges++;
    }
  }

  /** Shorter travel for the same children: moves to a nearer free seat, and pairwise swaps. */
  travel(): void {
    const { candStart, candCohort, candDist, lo, hi } = this.p;
    for (let pass = 0; pass < 4; pass++) {
      let improved = false;
      if (pass > 0 && this.work > this.limit) return; // the first pass always runs
      for (let a = 0; a < this.n; a++) {
        const from = this.assign[a]!;
        if (from === -1) continue;
        const dA = this.distOf(a, from);
        if (dA <= 0) continue;
        search: for (let k = candStart[a]!; k < candStart[a + 1]!; k++) {
          const d = candDist[k]!;
          if (d >= dA) break;
          const c = candCohort[k]!;
          if (!this.open[c]) continue;
          if (this.count[c]! < hi[c]! && this.count[from]! > lo[from]!) {
            this.moveTo(a, c);
            this.stats.travelMoves++;
            improved = true;
            break;
          }
          const list = this.members[c]!;
          for (let j = 0; j < list.length; j++) {
            const b = list[j]!;
            if (!this.fits(b, from)) continue;
            const bFrom = this.distOf(b, from);
            if (d + bFrom < dA + this.distOf(b, c)) {
              this.moveTo(b, from);
              this.moveTo(a, c);
              this.stats.travelMoves++;
              improved = true;
              break search;
            }
          }
        }
      }
      if (!improved) return;
    }
  }

  run(improve: boolean): void {
    for (let i = 0; i < this.n; i++) this.augment(i);
    this.repair();
    if (!improve) return;
    // The budget: a fixed multiple of the problem's size, with a floor so that small problems
    // (where every trial is cheap) always get the full search.
    const size = this.p.candCohort.length + this.n + this.m;
    const budget = Math.max(this.effortFloor, this.effort * size);
    this.trialLimit = this.work + 0.7 * budget;
    this.limit = this.work + budget;
    this.reopen();
    for (let round = 0; round < 3 && this.swapClosed(); round++);
    this.exchange();
    this.dead.fill(0);
    this.augmentAll();
    this.travel();
  }

  result(): SolverResult {
    const launched = new Uint8Array(this.m);
    for (let c = 0; c < this.m; c++) {
      launched[c] = this.open[c] && this.count[c]! >= this.p.lo[c]! ? 1 : 0;
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
