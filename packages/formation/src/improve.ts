// Phase 3 of the engine, local improvement (2): exchanges (a heavier unplaced child takes a lighter
// child's seat) and shorter travel for the same children.
import { applyChain } from './chains.js';
import { EPS, type Engine } from './engine.js';

/**
 * Exchanges: an unplaced child who weighs more than some placed child takes that child's seat,
 * directly or along a chain of moves (no cohort's size changes, so minimums still hold).
 */
export function exchange(engine: Engine): void {
  const { candStart, candCohort, candDist, weight, travelPenalty: pen } = engine.problem;
  const { open, mark, via, prev, queue, members } = engine;
  const gainTo = new Float64Array(engine.m); // travel saved by the chain into each cohort
  // An exhausted region holds no child lighter than the child that searched it, and no chain
  // leaves it; later children weigh no more, so they can skip it (it stays so: no chain that
  // changes it can gain).
  const exhausted = new Uint8Array(engine.m);
  for (let u = 0; u < engine.n; u++) {
    if (engine.assign[u] !== -1) continue;
    if (engine.work > engine.limit) return;
    const stamp = ++engine.stamp;
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
        const g = weight[u]! + gainTo[c]! - (wv - pen * engine.distOf(v, c));
        if (g > bestGain) {
          bestGain = g;
          best = c;
          bestDrop = v;
        }
      }
      for (let a = 0; a < list.length; a++) {
        const v = list[a]!;
        const from = engine.distOf(v, c);
        engine.work += candStart[v + 1]! - candStart[v]!;
        for (let k = candStart[v]!; k < candStart[v + 1]!; k++) {
          const d = candCohort[k]!;
          if (!open[d] || exhausted[d] || mark[d] === stamp) continue;
          if (qt >= engine.exchangeReach) {
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
    engine.unplace(bestDrop);
    applyChain(engine, best);
    engine.stats.exchanges++;
  }
}

/** Shorter travel for the same children: moves to a nearer free seat, and pairwise swaps. */
export function travel(engine: Engine): void {
  const { candStart, candCohort, candDist, lo, hi } = engine.problem;
  for (let pass = 0; pass < 4; pass++) {
    let improved = false;
    if (pass > 0 && engine.work > engine.limit) return; // the first pass always runs
    for (let a = 0; a < engine.n; a++) {
      const from = engine.assign[a]!;
      if (from === -1) continue;
      const dA = engine.distOf(a, from);
      if (dA <= 0) continue;
      search: for (let k = candStart[a]!; k < candStart[a + 1]!; k++) {
        const d = candDist[k]!;
        if (d >= dA) break;
        const c = candCohort[k]!;
        if (!engine.open[c]) continue;
        if (engine.count[c]! < hi[c]! && engine.count[from]! > lo[from]!) {
          engine.moveTo(a, c);
          engine.stats.travelMoves++;
          improved = true;
          break;
        }
        const list = engine.members[c]!;
        for (let j = 0; j < list.length; j++) {
          const b = list[j]!;
          if (!engine.fits(b, from)) continue;
          const bFrom = engine.distOf(b, from);
          if (d + bFrom < dA + engine.distOf(b, c)) {
            engine.moveTo(b, from);
            engine.moveTo(a, c);
            engine.stats.travelMoves++;
            improved = true;
            break search;
          }
        }
      }
    }
    if (!improved) return;
  }
}
