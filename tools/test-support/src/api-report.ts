import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/** What an exported name is, as a reader of the API sees it. */
export type ExportKind =
  'class' | 'function' | 'const' | 'let' | 'enum' | 'interface' | 'type' | 'namespace';

/** One name an entry point exports. */
export interface ExportedName {
  readonly name: string;
  readonly kind: ExportKind;
}

// A value may also be a type of the same name (a zod schema's inferred type is usually named
// apart, but a class is both): the value's kind wins, as that is what an import gets at run time.
const KINDS: readonly (readonly [ts.SymbolFlags, ExportKind])[] = [
  [ts.SymbolFlags.Class, 'class'],
  [ts.SymbolFlags.Function, 'function'],
  [ts.SymbolFlags.Enum, 'enum'],
  [ts.SymbolFlags.BlockScopedVariable, 'const'],
  [ts.SymbolFlags.FunctionScopedVariable, 'let'],
  [ts.SymbolFlags.ValueModule, 'namespace'],
  [ts.SymbolFlags.Interface, 'interface'],
  [ts.SymbolFlags.TypeAlias, 'type'],
];

function kindOf(symbol: ts.Symbol, checker: ts.TypeChecker): ExportKind {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const found = KINDS.find(([flag]) => target.flags & flag);
  if (!found) throw new Error(`Export ${symbol.name} is of no kind the report knows`);
  // `let` and `const` are both block scoped to TypeScript: the declaration says which.
  if (found[1] === 'const') {
    const list = target.valueDeclaration?.parent;
    if (list && ts.isVariableDeclarationList(list) && !(list.flags & ts.NodeFlags.Const)) {
      return 'let';
    }
  }
  return found[1];
}

/** The config the workspace's packages type-check with: customConditions reads siblings' sources. */
function compilerOptions(fromDir: string): ts.CompilerOptions {
  const file = ts.findConfigFile(fromDir, (path) => ts.sys.fileExists(path));
  if (!file) throw new Error(`No tsconfig.json at or above ${fromDir}`);
  const read = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(file));
  // Only the names are wanted: no lib checking, no emit.
  return { ...parsed.options, noEmit: true, skipLibCheck: true, types: [] };
}

/**
 * The names each entry point exports, sorted, with their kind: read from the TypeScript sources
 * with the compiler's own resolution, so `export *` and re-exports count as what they bring.
 *
 * @example
 * ```ts
 * const names = exportedNames(['/repo/packages/reports/src/index.ts']);
 * ```
 */
export function exportedNames(
  entries: readonly string[],
): ReadonlyMap<string, readonly ExportedName[]> {
  const options = compilerOptions(dirname(entries[0]!));
  const host = ts.createCompilerHost(options);
  // Only the workspace's own modules are read: what a name is (a class, a const, a type) is in its
  // declaration, so the standard library and other dependencies' types (zod's alone is large)
  // would only cost time.
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, resolveOptions) =>
    literals.map(({ text }) =>
      text.startsWith('.') || text.startsWith('@lotsen/')
        ? ts.resolveModuleName(text, containingFile, resolveOptions, host, undefined, redirected)
        : { resolvedModule: undefined },
    );
  const program = ts.createProgram(entries, { ...options, noLib: true }, host);
  const checker = program.getTypeChecker();
  const result = new Map<string, readonly ExportedName[]>();
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${entry} is not a module`);
    const names = checker
      .getExportsOfModule(module)
      .map((symbol) => ({ name: symbol.name, kind: kindOf(symbol, checker) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    result.set(entry, names);
  }
  return result;
}

/**
 * The entry points a package.json declares, as subpath → source file: each export whose
 * "@lotsen/source" condition (or plain target) is a TypeScript file. Data exports (JSON) have none.
 */
export function sourceEntries(packageDir: string): Readonly<Record<string, string>> {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source =
      typeof target === 'string'
        ? target
        : (target as Record<string, unknown> | null)?.['@lotsen/source'];
    if (typeof source === 'string' && /\.m?tsx?$/.test(source)) entries[subpath] = source;
  }
  return entries;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A package's API report: for each entry point its package.json declares (see
 * {@link sourceEntries}), every exported name and its kind, one per line, in Markdown. Committed
 * beside the package as `api-report.md` and compared by a test, so that a change to what a package
 * exports shows in review.
 *
 * @example
 * ```ts
 * await expect(apiReport(fileURLToPath(new URL('..', import.meta.url)))).toMatchFileSnapshot(
 *   '../api-report.md',
 * );
 * ```
 */
export function apiReport(packageDir: string): string {
  const entries = sourceEntries(packageDir);
  const names = exportedNames(Object.values(entries).map((file) => join(packageDir, file)));
  const lines = [
    '# API report',
    '',
    'What each entry point exports, written by the `api-report` test from the sources. After a',
    'change to the exports, update it with `pnpm vitest run -u <package dir>/src/api-report.test.ts`',
    'and review it like any other change: a name here is a promise to the package’s users.',
  ];
  for (const [subpath, file] of Object.entries(entries)) {
    const exported = names.get(join(packageDir, file))!;
    const types = exported.filter((e) => e.kind === 'interface' || e.kind === 'type').length;
    lines.push(
      '',
      `## \`${subpath}\` (${file.replace(/^\.\//, '')})`,
      '',
      `${count(exported.length, 'name')}: ${count(exported.length - types, 'value')}, ${count(types, 'type')}.`,
      '',
      // A list, not a table: Prettier leaves it as written, so the file stays what the test writes.
      ...exported.map((e) => `- \`${e.name}\`: ${e.kind}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
