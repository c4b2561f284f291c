import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The README's TypeScript examples are run as they are written (with `node:assert`), importing this
// package's source, so that the documentation cannot drift from the code.
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const indexPath = fileURLToPath(new URL('./index.ts', import.meta.url));
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const readme = readFileSync(readmePath, 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), 'outcomes-readme-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('README examples', () => {
  it('has runnable examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    for (const block of blocks) expect(block).toContain("from '@lotsen/outcomes'");
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))(
    'example %i runs and its assertions hold',
    async (i, code) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(
        file,
        code.replaceAll("from '@lotsen/outcomes'", `from ${JSON.stringify(indexPath)}`),
      );
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    },
  );

  it('documents every error code', async () => {
    const { OUTCOMES_ERROR_CODES } = await import('./errors.js');
    for (const code of OUTCOMES_ERROR_CODES)
      expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|`));
  });

  it('refers to nothing outside the package: the scales spec is described in it', () => {
    // A published package cannot point at a file beside the repository (the spec used to be linked
    // as `shared/docs/…`, which only exists next to a development checkout).
    expect(readme).not.toMatch(/shared\/docs|\.\.\//);
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = fileURLToPath(new URL(`../${link}`, import.meta.url));
      expect(existsSync(target), link).toBe(true);
      expect(target.startsWith(packageDir), link).toBe(true);
    }
  });

  it('lists every option in the Conventions table', async () => {
    const { DEFAULT_OUTCOMES_CONFIG } = await import('./config.js');
    const table = readme.slice(readme.indexOf('## Conventions'), readme.indexOf('Other rules'));
    const missing = Object.keys(DEFAULT_OUTCOMES_CONFIG).filter(
      (key) => !table.includes(`\`${key}\``),
    );
    expect(missing).toEqual([]);
  });

  it('documents the keys of the SCORE-15 supplementary answers', async () => {
    const { SCORE15_EXTRA_RATINGS, SCORE15_EXTRA_TEXT } = await import('./score15.js');
    for (const key of [...SCORE15_EXTRA_RATINGS, ...SCORE15_EXTRA_TEXT])
      expect(readme).toContain(`\`${key}\``);
  });

  it('lists every runtime export in the API section', async () => {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Errors'));
    const exports = Object.keys(await import('./index.js'));
    const missing = exports.filter((name) => !api.includes(`\`${name}`));
    expect(missing).toEqual([]);
  });
});
