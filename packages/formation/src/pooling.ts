// Pooling: a cohort that cannot start is closed and its children are re-placed in other cohorts,
// nearest first, in waitlist order.
import { augment } from './chains.js';
import type { Engine } from './engine.js';

/** Closes a cohort that cannot start and re-places its children elsewhere, in waitlist order. */
export function close(engine: Engine, c: number): void {
  engine.open[c] = 0;
  engine.closedBelow[c] = 1;
  engine.stats.closed++;
  const released = engine.members[c]!.slice().sort((a, b) => a - b);
  for (const v of released) {
    engine.unplace(v);
  }
  for (const v of released) augment(engine, v);
}
