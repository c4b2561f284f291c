import { defineProject } from 'vitest/config';
import { BUSY_MACHINE_TIMEOUTS } from '../../tools/test-support/src/timeouts.js';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  // Set-up opens databases and builds whole apps, and tests start processes; on a busy two-core
  // machine either can take longer than vitest's defaults.
  test: {
    name: '@lotsen/web',
    include: ['src/**/*.test.ts'],
    ...BUSY_MACHINE_TIMEOUTS,
  },
});
