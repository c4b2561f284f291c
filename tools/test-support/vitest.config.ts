import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@lotsen/test-support', include: ['src/**/*.test.ts'] },
});
