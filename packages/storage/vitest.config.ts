import { defineProject } from 'vitest/config';
import { BUSY_MACHINE_TIMEOUTS } from '../../tools/test-support/src/timeouts.js';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  test: {
    name: '@lotsen/storage',
    include: ['src/**/*.test.ts'],
    // Opening an in-memory PGlite runs initdb in WebAssembly: a few seconds alone, much longer when
    // the whole monorepo's tests share two cores.
    ...BUSY_MACHINE_TIMEOUTS,
  },
});
