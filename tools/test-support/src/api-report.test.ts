import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiReport, sourceEntries } from './api-report.js';

// A package of its own in a temporary directory, with every kind of export a report names.
const root = mkdtempSync(join(tmpdir(), 'lotsen-api-report-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}

write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'NodeNext', strict: true } }));
write(
  'package.json',
  JSON.stringify({
    name: '@example/pkg',
    type: 'module',
    exports: {
      '.': { '@lotsen/source': './src/index.ts', import: './dist/index.js' },
      './testing': './src/testing.ts',
      './data/*.json': './data/*.json',
      './package.json': './package.json',
    },
  }),
);
write(
  'src/index.ts',
  [
    "export * from './values.js';",
    "export { helper as renamed } from './values.js';",
    "export type { Shape } from './types.js';",
    'export interface Options { readonly size: number }',
    'export type Size = number;',
    'export enum Colour { Red }',
    'export namespace Units { export const metre = 1; }',
  ].join('\n'),
);
write(
  'src/values.ts',
  [
    "import { z } from 'zod';",
    'export const Schema = z.object({});',
    'export let counter = 0;',
    'export function helper(): number { return counter; }',
    'export class Failure extends Error {}',
  ].join('\n'),
);
write('src/types.ts', 'export type Shape = { readonly sides: number };');
write('src/testing.ts', "export { helper as run } from './values.js';");

describe('apiReport', () => {
  it('reads the entry points with a TypeScript source from package.json', () => {
    expect(sourceEntries(root)).toEqual({ '.': './src/index.ts', './testing': './src/testing.ts' });
  });

  it('lists every exported name once, sorted, with its kind, per entry point', () => {
    expect(apiReport(root)).toBe(
      [
        '# API report',
        '',
        'What each entry point exports, written by the `api-report` test from the sources. After a',
        'change to the exports, update it with `pnpm vitest run -u <package dir>/src/api-report.test.ts`',
        'and review it like any other change: a name here is a promise to the package’s users.',
        '',
        '## `.` (src/index.ts)',
        '',
        '10 names: 7 values, 3 types.',
        '',
        '- `Colour`: enum',
        '- `Failure`: class',
        '- `Options`: interface',
        '- `Schema`: const',
        '- `Shape`: type',
        '- `Size`: type',
        '- `Units`: namespace',
        '- `counter`: let',
        '- `helper`: function',
        '- `renamed`: function',
        '',
        '## `./testing` (src/testing.ts)',
        '',
        '1 name: 1 value, 0 types.',
        '',
        '- `run`: function',
        '',
      ].join('\n'),
    );
  });
});
