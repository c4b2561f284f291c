// @ts-check
// The ESLint rule that keeps the workspace's packages behind their front doors: code in one package
// or app may use another only through that package's name and the subpaths its package.json
// `exports` lists (`@lotsen/domain`, `@lotsen/test-support/random`), never by reaching into its
// files (`@lotsen/api/src/app.js`, `../../catalogue/src/x.test-support.js`). What is not exported is
// the package's own business, free to change; a test helper others need is exported from a proper
// entry (a `/testing` subpath) or moved to @lotsen/test-support.
// Files outside every package (the root's configs and scripts) are not restricted.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is in config/). */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {Map<string, string | null>} folder → the nearest folder with a package.json, below the root */
const ownerCache = new Map();

/**
 * The workspace project (its folder) that a file or folder belongs to: the nearest ancestor with a
 * package.json that is not the repository root; null for files outside every project.
 * @param {string} path
 * @param {string} root
 * @returns {string | null}
 */
function projectOf(path, root) {
  let folder = dirname(path);
  const seen = [];
  let owner = null;
  while (folder.startsWith(root + sep)) {
    const cached = ownerCache.get(folder);
    if (cached !== undefined) {
      owner = cached;
      break;
    }
    seen.push(folder);
    if (existsSync(join(folder, 'package.json'))) {
      owner = folder;
      break;
    }
    folder = dirname(folder);
  }
  for (const folder of seen) ownerCache.set(folder, owner);
  return owner;
}

/** @type {Map<string, { folder: string, exports: string[] | null }>} package name → where and what */
let workspace;

/**
 * The workspace's packages by name, from the package.json files of every project folder found under
 * the globs of pnpm-workspace.yaml (only `folder/*` globs are used there).
 * @param {string} root
 */
function workspacePackages(root) {
  if (workspace) return workspace;
  workspace = new Map();
  const text = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const globs = [...text.matchAll(/^\s+-\s+['"]?([^'"\s]+)['"]?\s*$/gm)].map((m) => m[1] ?? '');
  for (const glob of globs.filter((g) => g.endsWith('/*'))) {
    const parent = join(root, glob.slice(0, -2));
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent)) {
      const manifestPath = join(parent, entry, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const exports = manifest.exports ? Object.keys(manifest.exports) : null;
      workspace.set(manifest.name, { folder: join(parent, entry), exports });
    }
  }
  return workspace;
}

/**
 * True when `subpath` (`./testing`, `./fixtures/a.json`) is one of the `exports` keys, with `*`
 * matching any text as Node's subpath patterns do.
 * @param {string} subpath
 * @param {string[]} keys
 */
function exported(subpath, keys) {
  return keys.some((key) => {
    if (!key.includes('*')) return key === subpath;
    const [before = '', after = ''] = key.split('*');
    return (
      subpath.startsWith(before) &&
      subpath.endsWith(after) &&
      subpath.length >= before.length + after.length
    );
  });
}

/** @type {import('eslint').Rule.RuleModule} */
const workspaceBoundaries = {
  meta: {
    type: 'problem',
    docs: {
      description:
        "Use another workspace package only through its name and its package.json's exports.",
    },
    schema: [],
    messages: {
      relative:
        "'{{source}}' reaches into {{target}} by a relative path: import it by its package name (and an exported subpath).",
      deep: "'{{source}}' is not among {{name}}'s exports ({{exports}}): export what is needed from a proper entry (e.g. a /testing subpath) or move it to @lotsen/test-support.",
    },
  },
  create(context) {
    const root = ROOT;
    const file = context.filename;
    const own = projectOf(file, root);
    if (!own) return {};
    /** @param {{ type: string, value?: unknown } | null | undefined} node an import's source */
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const source = node.value;
      if (source.startsWith('.')) {
        const target = projectOf(resolve(dirname(file), source), root);
        if (target && target !== own) {
          const name = target.slice(root.length + 1);
          context.report({ node, messageId: 'relative', data: { source, target: name } });
        }
        return;
      }
      const match = /^(@[^/]+\/[^/]+|[^@/][^/]*)(\/.*)?$/.exec(source);
      if (!match?.[2]) return;
      const name = match[1] ?? '';
      const target = workspacePackages(root).get(name);
      if (!target || target.folder === own) return;
      const keys = target.exports ?? [];
      if (!exported(`.${match[2]}`, keys)) {
        context.report({
          node,
          messageId: 'deep',
          data: { source, name, exports: keys.join(', ') || 'none' },
        });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

/** The local plugin: `lotsen/workspace-boundaries`. */
export const lotsenPlugin = { rules: { 'workspace-boundaries': workspaceBoundaries } };
