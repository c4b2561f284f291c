// How long a test may take before vitest calls it hung, for a whole-suite run on a busy two-core
// machine (CI, or a laptop doing other work). Vitest's defaults (5 s a test, 10 s a hook) are met by
// a test that starts processes, opens PGlite (initdb in WebAssembly) or runs a long property check
// once the cores are shared. Every project takes these values from here through the shared vitest
// config (config/vitest.ts), and tests set no lower timeout of their own.

/** Timeouts for one package's tests, as vitest's `testTimeout` and `hookTimeout` take them. */
export interface Timeouts {
  readonly testTimeout: number;
  readonly hookTimeout: number;
}

/** A test: a minute; set-up (opening databases, building whole apps): two. */
export const BUSY_MACHINE_TIMEOUTS: Timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };
