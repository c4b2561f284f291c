import { defineConfig } from 'vitest/config';

// One root run over every workspace project; each package resolves its siblings' source through the
// "@lotsen/source" export condition, so tests never wait for a build.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
