import { defineConfig } from 'vitest/config';

// One root run over every workspace project; each package resolves its siblings' source through the
// "@lotsen/source" export condition, so tests never wait for a build.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tools/*'],
    // Says once per run which reference inputs (LOTSEN_REFERENCE_DIR) are missing and skipped.
    globalSetup: ['tools/test-support/src/global-setup.ts'],
  },
});
