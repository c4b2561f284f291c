import { defineProject } from 'vitest/config';
import { BUSY_MACHINE_TIMEOUTS } from './src/timeouts.js';

export default defineProject({
  test: { name: '@lotsen/test-support', include: ['src/**/*.test.ts'], ...BUSY_MACHINE_TIMEOUTS },
});
