import { defineProject } from 'vitest/config';
import { BUSY_MACHINE_TIMEOUTS } from '../../tools/test-support/src/timeouts.js';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  test: { name: '@lotsen/referral', include: ['src/**/*.test.ts'], ...BUSY_MACHINE_TIMEOUTS },
});
