// Phase 1 of the engine: upper quotas (seats), exactly, by greedy placement in waitlist order with
// augmenting chains of moves.
import type { Engine } from './engine.js';

// ---- phase 1: upper quotas, greedy in waitlist order with augmenting paths ------------------

/**
 * Places child u: into the nearest open cohort with a free seat, or else along the shortest chain
 * of moves (u takes a seat, the child there moves to another cohort it fits, ...) that ends in a
 * free seat. Processing children in waitlist order makes this the greedy algorithm on a
 * transversal matroid, which is exactly optimal for "most weight placed" under upper quotas.
 */
export function augment(engine: Engine, u: number): boolean {
  const { candStart, candCohort, hi } = engine.problem;
  const { open, count, dead, mark, via, prev, queue, members } = engine;
  const s = candStart[u]!;
  const e = candStart[u + 1]!;
  for (let k = s; k < e; k++) {
    const c = candCohort[k]!;
    if (open[c] && count[c]! < hi[c]!) {
      engine.place(u, c);
      return true;
    }
  }
  const stamp = ++engine.stamp;
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
      engine.work += candStart[v + 1]! - candStart[v]!;
      for (let k = candStart[v]!; k < candStart[v + 1]!; k++) {
        const d = candCohort[k]!;
        if (!open[d] || dead[d] || mark[d] === stamp) continue;
        mark[d] = stamp;
        via[d] = v;
        prev[d] = c;
        if (count[d]! < hi[d]!) {
          applyChain(engine, d);
          engine.stats.augmentations++;
          return true;
        }
        queue[qt++] = d;
      }
    }
  }
  for (let q = 0; q < qt; q++) dead[queue[q]!] = 1;
  return false;
}

export function applyChain(engine: Engine, end: number): void {
  let cur = end;
  for (;;) {
    const v = engine.via[cur]!;
    const back = engine.prev[cur]!;
    engine.moveTo(v, cur);
    if (back === -1) return;
    cur = back;
  }
}

export function augmentAll(engine: Engine): void {
  engine.work += engine.n;
  for (let i = 0; i < engine.n; i++) if (engine.assign[i] === -1) augment(engine, i);
}
