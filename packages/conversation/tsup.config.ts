import { defineConfig } from 'tsup';

export default defineConfig({
  // The fixture runner is its own entry (@lotsen/conversation/testing), off the main one.
  entry: ['src/index.ts', 'src/testing.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
});
