#!/usr/bin/env node
// The README's commands: `npm start`, `npm test` and `npm run bench` on a machine that has only Node
// 20 and npm. This script brings pnpm (from the npm registry, pinned), installs the workspace, and
// then does the job. It uses only Node's standard library, because nothing else is installed yet.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(
  readFileSync(join(root, 'package.json'), 'utf8'),
).packageManager.split('@')[1];
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  NEXT_TELEMETRY_DISABLED: '1',
};

function log(message) {
  console.log(`\n[lotsen] ${message}`);
}

/** pnpm as installed, or the pinned version through npx when it is not (a fresh machine). */
function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

const pnpm = pnpmCommand();

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runPnpm(args, options) {
  return run(pnpm[0], [...pnpm.slice(1), ...args], options);
}

function mustPnpm(args, what) {
  const status = runPnpm(args);
  if (status !== 0) {
    console.error(`[lotsen] ${what} failed (exit ${status})`);
    process.exit(status);
  }
}

function install() {
  log(`installing dependencies with pnpm ${PNPM_VERSION}`);
  // CI and fresh clones must get exactly the locked versions.
  mustPnpm(['install', '--frozen-lockfile', '--prefer-offline'], 'install');
}

function start() {
  install();
  log('building the packages, the API, the bot and the web pages');
  mustPnpm(
    [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@lotsen/api...',
      '--filter=@lotsen/bot...',
      '--filter=@lotsen/web...',
      '--output-logs=errors-only',
    ],
    'build',
  );
  log('starting Lotsen: the API, the chatbot with its web chat, and the web pages');
  // Three processes, as in production (and a fourth, the development identity provider, for a
  // newcomer): the API and the bot each have their own embedded database
  // folder (PGlite serves one process), and with DATABASE_URL both share PostgreSQL; the web pages
  // hold no data and ask the API.
  const apiUrl = `http://127.0.0.1:${env.PORT ?? 3000}`;
  const webUrl = env.LOTSEN_WEB_URL ?? `http://127.0.0.1:${env.WEB_PORT ?? 3100}`;
  // The desk's login: the city's identity provider when LOTSEN_OIDC_ISSUER is set; otherwise, for
  // a newcomer, the development provider (never with NODE_ENV=production), which the API trusts.
  const devIdp = !env.LOTSEN_OIDC_ISSUER && env.NODE_ENV !== 'production';
  const idpUrl = `http://127.0.0.1:${env.LOTSEN_DEV_IDP_PORT ?? 3200}`;
  const apiEnv =
    devIdp && !env.LOTSEN_JWT_ISSUER
      ? { ...env, LOTSEN_JWT_ISSUER: idpUrl, LOTSEN_JWKS_URL: `${idpUrl}/jwks` }
      : env;
  const webEnv = {
    ...env,
    LOTSEN_WEB_URL: webUrl,
    LOTSEN_API_URL: env.LOTSEN_API_URL ?? apiUrl,
    LOTSEN_CHAT_URL: env.LOTSEN_CHAT_URL ?? `http://127.0.0.1:${env.BOT_PORT ?? 3978}/chat/`,
    ...(devIdp
      ? { LOTSEN_OIDC_ISSUER: idpUrl, LOTSEN_OIDC_RESOURCE: 'urn:lotsen:api', LOTSEN_DEV_IDP: '1' }
      : {}),
  };
  const node = (file, childEnv) =>
    spawn(process.execPath, ['--enable-source-maps', file], {
      cwd: root,
      stdio: 'inherit',
      env: childEnv,
    });
  const children = [
    node('apps/api/dist/server.js', apiEnv),
    // The bot alone reads PORT as a fallback (a host that sets only PORT); here PORT is the API's.
    node('apps/bot/dist/index.js', { ...env, BOT_PORT: env.BOT_PORT ?? '3978' }),
    node('apps/web/dist/server.js', webEnv),
    ...(devIdp ? [node('apps/web/dist/dev-idp-server.js', webEnv)] : []),
  ];
  setTimeout(
    () =>
      log(
        `the groups page: ${webUrl}/grupper (English: ${webUrl}/en/groups)\n` +
          `  the desk:        ${webUrl}/desk` +
          (devIdp
            ? '\n  development logins (any password): koordinator, socialsekreterare, gruppledare, stadsdelsredaktor, utforarredaktor'
            : '') +
          '\n  example data is shown on the embedded database; remove it with npm run example-data:remove',
      ),
    3000,
  ).unref();
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    process.exitCode = code;
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
  // If one of them stops, stop the other too, so nothing is left half-running.
  for (const child of children) child.on('exit', (code) => stop(code ?? 0));
}

/** True when something accepts TCP connections on host:port within a second. */
function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port, timeout: 1000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/**
 * The storage tests run on PostgreSQL as well as PGlite when DATABASE_URL is set. Where it is not set
 * and a PostgreSQL answers locally (as on the CI machine), use its `test` database.
 */
async function choosePostgres() {
  if (env.DATABASE_URL)
    return log(`storage tests also run on PostgreSQL at ${redact(env.DATABASE_URL)}`);
  if (await reachable('127.0.0.1', 5432)) {
    env.DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';
    return log('a local PostgreSQL answers: storage tests also run on it');
  }
  log('no PostgreSQL found (set DATABASE_URL to use one): storage tests run on PGlite only');
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * The web chat's end-to-end test drives Debian's Chromium (browser downloads are not possible here).
 * Where it is missing and we may install system packages (root, apt-get), install it.
 */
function ensureBrowser() {
  if (env.LOTSEN_SKIP_BROWSER === '1' || existsSync('/usr/bin/chromium')) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || spawnSync('sh', ['-c', 'command -v apt-get'], { env }).status !== 0) {
    log(
      "Chromium is missing (/usr/bin/chromium): install Debian's chromium package, or set LOTSEN_SKIP_BROWSER=1",
    );
    return;
  }
  log("installing Debian's chromium for the browser test");
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env: aptEnv, stdio: ['ignore', 'ignore', 'inherit'] });
  run('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: aptEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function test() {
  install();
  ensureBrowser();
  await choosePostgres();
  const report = join(root, '.vitest-report.json');
  log('running the whole test suite');
  const status = runPnpm([
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    const skipped = r.numPendingTests + r.numTodoTests;
    // The plain closing line CI reads, beside vitest's own summary.
    console.log(
      `${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
    );
    if (r.numFailedTests === 0 && r.numFailedTestSuites > 0) {
      console.error(`[lotsen] ${r.numFailedTestSuites} test file(s) failed to load`);
    }
  } else {
    console.log('0 passed, 1 failed');
  }
  process.exit(status);
}

function bench() {
  install();
  const benches = ['packages', 'apps'].flatMap((group) =>
    readdirSync(join(root, group)).flatMap((name) => {
      const dir = join(root, group, name, 'bench');
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => ({ cwd: join(root, group, name), file: join('bench', f) }));
    }),
  );
  let failed = 0;
  for (const { cwd, file } of benches) {
    log(`benchmark ${join(cwd.slice(root.length + 1), file)}`);
    const status = runPnpm(['exec', 'tsx', '--conditions=@lotsen/source', file], { cwd });
    if (status !== 0) failed++;
  }
  log(`results are in each package's bench-results/ folder; docs/benchmarks.md explains them`);
  process.exit(failed ? 1 : 0);
}

/** Removes the example term from the API's database (stop `npm start` first on the embedded one). */
function removeExampleData() {
  install();
  mustPnpm(
    ['exec', 'turbo', 'run', 'build', '--filter=@lotsen/api...', '--output-logs=errors-only'],
    'build',
  );
  process.exit(run(process.execPath, ['apps/api/dist/example-data-remove.js']));
}

const commands = { start, test, bench, install, 'remove-example-data': removeExampleData };
const command = process.argv[2];
if (!commands[command]) {
  console.error(`usage: node scripts/lotsen.mjs ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
await commands[command]();
