import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORTS_ERROR_CODES } from './index.js';

// The README's TypeScript examples are run as they are written (with `node:assert`), importing this
// package's source, so that the documentation cannot drift from the code.
const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const indexPath = fileURLToPath(new URL('./index.ts', import.meta.url));
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
// Inside the package's node_modules, so that the examples resolve @lotsen/catalogue as a user would.
const dir = mkdtempSync(
  join(fileURLToPath(new URL('../node_modules/', import.meta.url)), '.readme-examples-'),
);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('README', () => {
  it('has a runnable example that uses the package', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(1);
    for (const block of blocks) expect(block).toContain("from '@lotsen/reports'");
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))(
    'example %i runs and its assertions hold',
    async (i, code) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(
        file,
        code.replaceAll("from '@lotsen/reports'", `from ${JSON.stringify(indexPath)}`),
      );
      await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
    },
  );

  it('documents every error code', () => {
    for (const code of REPORTS_ERROR_CODES)
      expect(readme).toMatch(new RegExp(`\\|\\s*\`${code}\`\\s*\\|`));
  });

  it('lists every runtime export in the API section', async () => {
    const api = readme.slice(readme.indexOf('## API'), readme.indexOf('## Errors'));
    const missing = Object.keys(await import('./index.js')).filter(
      (name) => !api.includes(`\`${name}`),
    );
    expect(missing).toEqual([]);
  });
});
