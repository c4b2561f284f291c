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
 * A published package: ESM and CommonJS with type declarations for both, from its entry points
 * (`src/index.ts`, and e.g. `src/testing.ts` for a `/testing` subpath); what publint and attw
 * check in `check:pkg`.
 */
export function packageBuildWith(entry: string[]): ReturnType<typeof defineConfig> {
  return defineConfig({
    ...common,
    entry,
    format: ['esm', 'cjs'],
    // The declarations come from the package's tsconfig.json, which is a composite project for
    // `tsc -b`; tsup compiles the entries alone, so the project's file list must not apply here.
    dts: { compilerOptions: { composite: false } },
    treeshake: true,
  });
}

/** A published package with the one entry point `src/index.ts`. */
export const packageBuild = packageBuildWith(['src/index.ts']);

/**
 * An app is run, not imported: ESM entries and no type declarations. Workspace packages are bundled
 * from their built output; npm dependencies stay external.
 */
export function appBuild(entry: string[]): ReturnType<typeof defineConfig> {
  return defineConfig({ ...common, entry, format: ['esm'] });
}
