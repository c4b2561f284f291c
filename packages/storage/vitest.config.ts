import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@lotsen/source'] },
  ssr: { resolve: { conditions: ['@lotsen/source'] } },
  test: {
    name: '@lotsen/storage',
    include: ['src/**/*.test.ts'],
    // Opening an in-memory PGlite runs initdb in WebAssembly: a few seconds alone, much longer when
    // the whole monorepo's tests share two cores.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
