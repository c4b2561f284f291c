import { defineConfig } from 'tsup';

// The app is run, not imported: one ESM entry, no type declarations. Workspace packages are bundled
// from their built output; npm dependencies stay external.
export default defineConfig({
  entry: ['src/server.ts', 'src/example-data-remove.ts'],
  format: ['esm'],
  sourcemap: true,
  clean: true,
  target: 'node20',
});
