import { defineProject } from 'vitest/config';
import { PROPERTY_TEST_TIMEOUTS } from '../../tools/test-support/src/timeouts.js';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  test: { name: '@lotsen/outcomes', include: ['src/**/*.test.ts'], ...PROPERTY_TEST_TIMEOUTS },
});
