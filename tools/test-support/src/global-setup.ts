// Vitest global set-up (root vitest.config.ts): before a run, one line per missing reference input,
// saying which tests are skipped and how to provide it, so a skip is never silent.
import { missingReferences } from './references.js';

/** Prints the missing reference inputs once per run. */
export default function setup(): void {
  for (const missing of missingReferences()) console.warn(`[lotsen] ${missing.notice}`);
}
