// The one tsup configuration of the workspace. A published package's tsup.config.ts re-exports
// `packageBuild`; an app's calls `appBuild` with its entry points. Change a build setting here, for
// every package at once.
import { defineConfig, type Options } from 'tsup';

/** What every build shares: Node 20 is the floor (`engines`), source maps for readable traces. */
const common = {
  sourcemap: true,
  clean: true,
  target: 'node20',
} satisfies Options;

/**
 * A published package: ESM and CommonJS with type declarations for both, from `src/index.ts`
 * (what publint and attw check in `check:pkg`).
 */
export const packageBuild = defineConfig({
  ...common,
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  // The declarations come from the package's tsconfig.json, which is a composite project for
  // `tsc -b`; tsup compiles the entry alone, so the project's file list must not apply here.
  dts: { compilerOptions: { composite: false } },
  treeshake: true,
});

/**
 * An app is run, not imported: ESM entries and no type declarations. Workspace packages are bundled
 * from their built output; npm dependencies stay external.
 */
export function appBuild(entry: string[]): ReturnType<typeof defineConfig> {
  return defineConfig({ ...common, entry, format: ['esm'] });
}
