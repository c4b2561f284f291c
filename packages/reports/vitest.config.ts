import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  test: { name: '@lotsen/reports', include: ['src/**/*.test.ts'] },
});
