import { defineConfig } from 'tsup';

// The bot is run, not imported: ESM entries, no type declarations; npm dependencies stay external.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
});
