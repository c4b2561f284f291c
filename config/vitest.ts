// The one vitest project configuration of the workspace: each package's and app's vitest.config.ts
// calls `lotsenProject` with its name. The root vitest.config.ts runs them all as one suite.
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';
// The timeouts are @lotsen/test-support's (its README says why); the shared config is the one place
// outside that package that reads them.
import { BUSY_MACHINE_TIMEOUTS } from '../tools/test-support/src/timeouts.js';

/** What a project may set: its name, and test files other than `src/**\/*.test.ts`. */
export interface ProjectOptions {
  /** The package name, e.g. `@lotsen/domain`; vitest prints it beside each test. */
  readonly name: string;
  readonly include?: readonly string[];
}

/**
 * One workspace project's vitest configuration. Sibling packages resolve to their source through
 * the "@lotsen/source" export condition, so tests never wait for a build. Set-up opens databases and
 * builds whole apps, and tests start processes: on a busy two-core machine either can take longer
 * than vitest's defaults, hence BUSY_MACHINE_TIMEOUTS.
 */
export function lotsenProject({
  name,
  include = ['src/**/*.test.ts'],
}: ProjectOptions): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions: ['@lotsen/source'] },
    ssr: { resolve: { conditions: ['@lotsen/source'] } },
    test: { name, include: [...include], ...BUSY_MACHINE_TIMEOUTS },
  });
}
