// Phase 2 of the engine: lower quotas (minimums), by pulling children into cohorts below their
// minimum and closing the cohorts that still cannot start.
import { augmentAll } from './chains.js';
import type { Engine } from './engine.js';
import { close } from './pooling.js';

// ---- phase 2: lower quotas ------------------------------------------------------------------

/**
 * Gives deficit cohort B one more child: a backward search for a chain that ends either in an
 * unplaced child who fits (a gain of one) or in a cohort above its minimum that can spare a child
 * (a neutral move that frees a seat there). 0: no chain; 1: moved; 2: placed a new child.
 */
export function pull(engine: Engine, b: number, forced = false): 0 | 1 | 2 {
  const { lo } = engine.problem;
  const { fitStart, fitChild, assign, open, dry, mark, count, queue } = engine;
  const next = engine.via; // reuse: next[A] = the cohort A's mover goes to
  const mover = engine.prev; // reuse: mover[A] = the child that leaves A
  const stamp = ++engine.stamp;
  mark[b] = stamp;
  queue[0] = b;
  let qt = 1;
  for (let qh = 0; qh < qt; qh++) {
    const x = queue[qh]!;
    engine.work += 2 * (fitStart[x + 1]! - fitStart[x]!);
    // First the unplaced child who is first in line...
    for (let k = fitStart[x]!; k < fitStart[x + 1]!; k++) {
      const v = fitChild[k]!;
      if (assign[v] !== -1) continue;
      applyPull(engine, v, x, b);
      engine.stats.pulls++;
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
        applyPull(engine, v, x, b);
        engine.stats.pulls++;
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

export function applyPull(engine: Engine, v: number, x: number, b: number): void {
  engine.moveTo(v, x);
  let y = x;
  while (y !== b) {
    const w = engine.prev[y]!;
    const z = engine.via[y]!;
    engine.moveTo(w, z);
    y = z;
  }
}

export function deficits(engine: Engine): number[] {
  const { lo } = engine.problem;
  const out: number[] = [];
  for (let c = 0; c < engine.m; c++) if (engine.open[c] && engine.count[c]! < lo[c]!) out.push(c);
  return out;
}

/**
 * Until every open cohort reaches its minimum: fill deficits by pulling children from cohorts that
 * can spare them (and let unplaced children take the seats that frees); when some cohort still
 * cannot reach its minimum, close the one furthest from it and re-place its children; repeat.
 */
export function repair(engine: Engine, keep = -1): void {
  const { lo } = engine.problem;
  for (;;) {
    const short = deficits(engine);
    if (short.length === 0) return;
    // Smallest deficit first: the cohorts most likely to start get the spare children first.
    short.sort((a, b) => lo[a]! - engine.count[a]! - (lo[b]! - engine.count[b]!) || a - b);
    engine.dry.fill(0);
    let freed = false;
    for (const b of short) {
      while (engine.count[b]! < lo[b]!) {
        const r = pull(engine, b);
        if (r === 0) break;
        if (r === 1) freed = true;
      }
    }
    if (freed) augmentAll(engine);
    let victim = -1;
    for (const c of short) {
      if (!engine.open[c] || engine.count[c]! >= lo[c]! || c === keep) continue;
      if (victim === -1) {
        victim = c;
        continue;
      }
      const dv = lo[victim]! - engine.count[victim]!;
      const dc = lo[c]! - engine.count[c]!;
      // Furthest from its minimum first, then the fewest children to re-place, then the later one.
      if (
        dc > dv ||
        (dc === dv &&
          (engine.count[c]! < engine.count[victim]! ||
            (engine.count[c] === engine.count[victim] && c > victim)))
      )
        victim = c;
    }
    // The cohort being reopened is closed only when nothing else is short.
    if (victim === -1 && keep >= 0 && engine.open[keep] && engine.count[keep]! < lo[keep]!)
      victim = keep;
    if (victim === -1) continue;
    close(engine, victim);
  }
}
