// How long a test may take before vitest calls it hung, for a whole-suite run on a busy two-core
// machine (CI, or a laptop doing other work): vitest's 5 s default is met by a test that starts
// processes, opens PGlite or runs a long property check when the cores are shared. The packages'
// vitest configs take these values from here.

/** Timeouts for one package's tests, as vitest's `testTimeout` and `hookTimeout` take them. */
export interface Timeouts {
  readonly testTimeout: number;
  readonly hookTimeout: number;
}

/** Pure packages whose property checks run many generated cases (seconds each when the cores are busy). */
export const PROPERTY_TEST_TIMEOUTS: Timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

/**
 * Packages whose tests open PGlite (initdb in WebAssembly), build whole apps or start processes
 * (a tsx start-up alone can take several seconds on a busy machine).
 */
export const PROCESS_TEST_TIMEOUTS: Timeouts = { testTimeout: 60_000, hookTimeout: 120_000 };
