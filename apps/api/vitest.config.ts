import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  // Set-up opens databases and builds whole apps; on a busy two-core CI machine that can take more
  // than the default 10 s. Tests themselves keep the default.
  test: {
    name: '@lotsen/api',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    hookTimeout: 60_000,
  },
});
