// Phase 3 of the engine, local improvement (1): reopening closed cohorts, and closing a running
// cohort so that a closed one can reopen, each kept only when the objective improves.
import { augmentAll } from './chains.js';
import { EPS, type Engine } from './engine.js';
import { close } from './pooling.js';
import { pull, repair } from './repair.js';

// ---- phase 3: improvement -------------------------------------------------------------------

/**
 * Tries to reopen each closed cohort that unplaced children fit: it takes those children, then
 * children pulled from cohorts that can spare them, and if that is not enough, children taken from
 * any cohort (which may then fall short and be repaired or closed in turn). The trial is kept only
 * when the whole objective improves; otherwise everything is rolled back.
 */
export function reopen(engine: Engine, only?: Uint8Array): void {
  const { lo, hi, usable } = engine.problem;
  const order: { c: number; gain: number }[] = [];
  for (let c = 0; c < engine.m; c++) {
    if (only && !only[c]) continue;
    if (!usable[c] || engine.open[c] || lo[c]! > engine.fitStart[c + 1]! - engine.fitStart[c]!)
      continue;
    let unplacedFits = 0;
    for (let k = engine.fitStart[c]!; k < engine.fitStart[c + 1]!; k++)
      if (engine.assign[engine.fitChild[k]!] === -1) unplacedFits++;
    // Without a new child to take, reopening only moves children around: nothing to gain.
    if (unplacedFits > 0) order.push({ c, gain: unplacedFits });
  }
  order.sort((a, b) => b.gain - a.gain || a.c - b.c);
  for (const { c: b } of order) {
    if (engine.work > engine.trialLimit) return;
    if (engine.open[b]) continue;
    const before = engine.objective();
    const trial = engine.checkpoint();
    engine.open[b] = 1;
    engine.closedBelow[b] = 0;
    engine.dead.fill(0); // an open cohort with seats makes every region that reaches it live
    for (let k = engine.fitStart[b]!; k < engine.fitStart[b + 1]!; k++) {
      const v = engine.fitChild[k]!;
      if (engine.count[b]! >= hi[b]!) break;
      if (engine.assign[v] === -1) engine.place(v, b);
    }
    engine.dry.fill(0);
    while (engine.count[b]! < lo[b]! && pull(engine, b) !== 0);
    engine.dry.fill(0); // forced pulls may go where plain ones found nothing
    while (engine.count[b]! < lo[b]! && pull(engine, b, true) !== 0);
    if (engine.count[b]! >= lo[b]!) {
      engine.dead.fill(0); // forced pulls may have taken from a dead region
      repair(engine, b);
      augmentAll(engine);
      if (engine.open[b] && engine.objective() > before + EPS) {
        engine.stats.reopened++;
        continue;
      }
    }
    engine.rollBack(trial);
  }
}

/**
 * Tries closing a running cohort whose children also fit a closed one: the closed cohort may then
 * reopen with them (through {@link reopen}) and place more children in total, which neither move
 * finds alone. Kept only when the objective improves. Only cohorts next to a closed cohort are
 * tried, so the cost stays small when few cohorts are closed.
 */
export function swapClosed(engine: Engine): boolean {
  const { lo, usable } = engine.problem;
  const reopenable = new Uint8Array(engine.m);
  let any = false;
  for (let c = 0; c < engine.m; c++) {
    if (!usable[c] || engine.open[c] || lo[c]! > engine.fitStart[c + 1]! - engine.fitStart[c]!)
      continue;
    for (let k = engine.fitStart[c]!; k < engine.fitStart[c + 1]!; k++) {
      if (engine.assign[engine.fitChild[k]!] === -1) {
        reopenable[c] = 1;
        any = true;
        break;
      }
    }
  }
  if (!any) return false;
  const tries: number[] = [];
  for (let c = 0; c < engine.m; c++) {
    if (!engine.open[c] || lo[c] === 0 || engine.count[c] === 0) continue;
    let touches = false;
    for (const v of engine.members[c]!) {
      for (
        let k = engine.problem.candStart[v]!;
        k < engine.problem.candStart[v + 1]! && !touches;
        k++
      )
        if (reopenable[engine.problem.candCohort[k]!]) touches = true;
      if (touches) break;
    }
    if (touches) tries.push(c);
  }
  tries.sort((a, b) => engine.count[a]! - engine.count[b]! || a - b);
  let improved = false;
  const near = new Uint8Array(engine.m);
  for (const c of tries) {
    if (engine.work > engine.trialLimit) break;
    if (!engine.open[c]) continue;
    // Only the closed cohorts this cohort's children fit are worth reopening after closing it.
    near.fill(0);
    for (const v of engine.members[c]!)
      for (let k = engine.problem.candStart[v]!; k < engine.problem.candStart[v + 1]!; k++) {
        const d = engine.problem.candCohort[k]!;
        if (reopenable[d] && !engine.open[d]) near[d] = 1;
      }
    const before = engine.objective();
    const trial = engine.checkpoint();
    close(engine, c);
    repair(engine);
    reopen(engine, near);
    engine.dead.fill(0);
    augmentAll(engine);
    if (engine.objective() > before + EPS) {
      improved = true;
      continue;
    }
    engine.rollBack(trial);
  }
  return improved;
}
