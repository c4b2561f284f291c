#!/usr/bin/env node
// Fails on any import cycle among the workspace's TypeScript modules: within a package, and across
// packages through their entry points. Type-only imports count too: a cycle of types is still two
// modules that cannot be read, moved or split one without the other.
//
// Usage: node scripts/check-cycles.mjs [workspace root]   (exit 1 and every cycle listed if any)
// Also importable: `findCycles(root)` returns the cycles as lists of paths relative to the root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const WORKSPACE_DIRS = ['packages', 'apps', 'tools'];
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.turbo', 'public']);

/** The workspace's packages: name → { dir, exports } from each package.json. */
function workspacePackages(root) {
  const packages = new Map();
  for (const group of WORKSPACE_DIRS) {
    const base = join(root, group);
    if (!existsSync(base)) continue;
    for (const name of readdirSync(base)) {
      const file = join(base, name, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      packages.set(manifest.name, { dir: join(base, name), exports: manifest.exports ?? {} });
    }
  }
  return packages;
}

/** Every .ts/.mts/.tsx file under a package directory, outside build output and dependencies. */
function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir)) {
    if (SKIP_DIRS.has(entry) || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(m?ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The source file an export target names: the "@lotsen/source" condition, or a plain path. */
function sourceTarget(target) {
  if (typeof target === 'string') return /\.(m?ts|tsx)$/.test(target) ? target : undefined;
  if (target && typeof target === 'object') {
    if (typeof target['@lotsen/source'] === 'string') return target['@lotsen/source'];
    for (const value of Object.values(target)) {
      const found = sourceTarget(value);
      if (found) return found;
    }
  }
  return undefined;
}

/** A relative specifier as a file: `./x.js` is `./x.ts` in source, `./dir` is `./dir/index.ts`. */
function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m?js|jsx)$/, '');
  const candidates = [base, `${stem}.ts`, `${stem}.mts`, `${stem}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => /\.(m?ts|tsx)$/.test(c) && existsSync(c));
}

/** A workspace package specifier (`@lotsen/x`, `@lotsen/x/sub`) as the source file it exports. */
function resolvePackage(packages, specifier) {
  for (const [name, pkg] of packages) {
    if (specifier !== name && !specifier.startsWith(`${name}/`)) continue;
    const key = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
    const target = sourceTarget(pkg.exports[key] ?? (key === '.' ? pkg.exports : undefined));
    return target ? resolve(pkg.dir, target) : undefined;
  }
  return undefined;
}

/** The import graph: file → the workspace files it imports (static, type-only, re-exports, dynamic). */
export function importGraph(root) {
  const packages = workspacePackages(root);
  const graph = new Map();
  for (const pkg of packages.values()) {
    for (const file of sourceFiles(pkg.dir)) {
      const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const targets = new Set();
      for (const { fileName } of importedFiles) {
        const target = fileName.startsWith('.')
          ? resolveRelative(file, fileName)
          : resolvePackage(packages, fileName);
        if (target) targets.add(target);
      }
      graph.set(file, targets);
    }
  }
  return graph;
}

/** The strongly connected components with more than one module, or one that imports itself. */
function stronglyConnected(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  // Iterative Tarjan: the graph is a few hundred files deep at most, but recursion is not needed.
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work = [{ node: start, edges: [...(graph.get(start) ?? [])], i: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.i < frame.edges.length) {
        const next = frame.edges[frame.i++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, edges: [...(graph.get(next) ?? [])], i: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node), index.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = graph.get(frame.node)?.has(frame.node) ?? false;
        if (component.length > 1 || selfLoop) components.push(component.sort());
      }
    }
  }
  return components;
}

/** Every import cycle in the workspace at `root`, as sorted lists of paths relative to it. */
export function findCycles(root) {
  return stronglyConnected(importGraph(root))
    .map((component) => component.map((file) => relative(root, file)))
    .sort((a, b) => a[0].localeCompare(b[0]));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const cycles = findCycles(root);
  if (cycles.length === 0) {
    console.log('No import cycles.');
  } else {
    console.error(
      `${cycles.length} import cycle(s); each group imports itself through the others:`,
    );
    for (const cycle of cycles) console.error(`- ${cycle.join('\n  ')}`);
    process.exit(1);
  }
}
