// Servers for tests that take a database away: a throwaway PostgreSQL cluster that a test may stop,
// start and cut connections of (never the machine's shared server), Lotsen's servers as child
// processes (a crash ends the child, not the test runner), and loops of requests that keep going
// through an outage. Shared by the API's and the bot's outage tests and the bot's restart soak; what
// is one app's own (the API's writers, the bot's conversations) stays beside that app's tests.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './references.js';

/**
 * The folder of PostgreSQL's server programs: `LOTSEN_PG_BIN`, else the newest
 * `/usr/lib/postgresql/<version>/bin` (Debian's layout); `undefined` when there is no `initdb`.
 */
export function postgresBinaries(): string | undefined {
  const candidates = process.env.LOTSEN_PG_BIN
    ? [process.env.LOTSEN_PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .filter((v) => /^\d+$/.test(v))
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : [];
  return candidates.find((dir) => existsSync(join(dir, 'initdb')));
}

/**
 * {@link postgresBinaries} for a test file: where there are none, prints the one line saying the
 * file's PostgreSQL tests are skipped and how to provide the programs.
 */
export function postgresBinariesOrSkip(file: string): string | undefined {
  const bin = postgresBinaries();
  if (bin === undefined) {
    console.warn(
      `[${file}] skipped: no PostgreSQL server programs (initdb) in ${process.env.LOTSEN_PG_BIN || '/usr/lib/postgresql/<version>/bin'}; install PostgreSQL or set LOTSEN_PG_BIN`,
    );
  }
  return bin;
}

/** A free TCP port on the loopback address (free when asked; taken by whoever binds it first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A PostgreSQL cluster of a test's own, in a temporary folder, on a port of its own. */
export interface ThrowawayCluster {
  /** The connection string of its `postgres` database (trust authentication). */
  readonly url: string;
  /** Starts the server (again) and waits until it accepts connections. */
  start(): Promise<void>;
  /** Stops it as an administrator would for a restart: fast shutdown, open sessions ended. */
  stop(): Promise<void>;
  /** Ends every backend with this application name (`pg_terminate_backend`); returns how many. */
  terminateBackends(applicationName: string): Promise<number>;
  /** Stops the server if it runs and deletes its folder. */
  remove(): Promise<void>;
}

function runAs(command: string, args: readonly string[], asPostgres: boolean) {
  // PostgreSQL refuses to run as root: as root, its programs run as the postgres user.
  const [cmd, argv] = asPostgres
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, [...args]];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${stderr.trim()}`)),
    );
  });
}

/** Runs `command` and gives what it printed; fails with its error output if it fails. */
function output(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { encoding: 'utf8' }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${command} failed: ${stderr.trim() || error.message}`))
        : resolve(stdout),
    );
  });
}

/**
 * Creates and starts a throwaway cluster with `initdb` from `bin` ({@link postgresBinaries}).
 * Call `remove()` when done.
 */
export async function startThrowawayCluster(bin: string): Promise<ThrowawayCluster> {
  const asPostgres = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), 'lotsen-pg-'));
  if (asPostgres) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(folder, uid, gid);
  }
  chmodSync(folder, 0o700);
  const data = join(folder, 'data');
  const port = await freePort();
  const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const pgCtl = join(bin, 'pg_ctl');
  await runAs(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
    asPostgres,
  );
  const serverOptions = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=60',
    '-c shared_buffers=16MB',
  ].join(' ');
  let running = false;
  const cluster: ThrowawayCluster = {
    url,
    async start() {
      await runAs(
        pgCtl,
        [
          '-D',
          data,
          '-l',
          join(folder, 'server.log'),
          '-o',
          serverOptions,
          '-w',
          '-t',
          '60',
          'start',
        ],
        asPostgres,
      );
      running = true;
    },
    async stop() {
      await runAs(pgCtl, ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop'], asPostgres);
      running = false;
    },
    async terminateBackends(applicationName) {
      // Through psql beside initdb, so this package needs no database client of its own; psql's
      // own session has another application name and is not counted.
      const name = applicationName.replaceAll("'", "''");
      const ended = await output(join(bin, 'psql'), [
        '-X',
        '-At',
        url,
        '-c',
        `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '${name}'`,
      ]);
      return Number(ended.trim());
    },
    async remove() {
      if (running) await cluster.stop().catch(() => undefined);
      rmSync(folder, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}

/** A Lotsen server running as a child process. */
export interface ServerProcess {
  readonly url: string;
  /** Every line it wrote to stdout and stderr so far. */
  readonly lines: readonly string[];
  /** True while the process runs. */
  alive(): boolean;
  /** Ends it with SIGTERM (SIGKILL after 10 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Starts `entry` (a TypeScript file, run with tsx on the workspace's sources) with `env` added to
 * this process's environment, and waits until it prints `readyLine`.
 */
export function startServer(
  entry: string,
  env: Record<string, string>,
  readyLine: RegExp,
  url: string,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@lotsen/source', '--import', 'tsx', entry],
    { cwd: REPOSITORY_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const lines: string[] = [];
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const server: ServerProcess = {
    url,
    lines,
    alive: () => !exited,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exit;
      clearTimeout(timer);
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void server.stop();
      reject(new Error(`${entry} did not start in ${timeoutMs} ms:\n${lines.join('\n')}`));
    }, timeoutMs);
    const collect = (stream: NodeJS.ReadableStream | null) => {
      let buffer = '';
      stream?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        for (const line of parts) {
          lines.push(line);
          if (readyLine.test(line)) {
            clearTimeout(timer);
            resolve(server);
          }
        }
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited while starting:\n${lines.join('\n')}`));
    });
  });
}

/** Loops of requests, each sent when the last was answered, and how to stop them. */
export interface Load<T> {
  readonly tally: T;
  /** Stops the loops; waits for the requests under way. */
  stop(): Promise<T>;
}

/**
 * Starts `count` loops that call `step(loop, turn)` one after another until stopped. `step` sends one
 * request and counts its answer in `tally`; it returns `true` for an answer a client backs off from
 * (a 503), and a `step` that throws (connection refused or reset, no answer in time) counts as a
 * transport error. After either the loop pauses 50 ms, as a client backing off would.
 */
export function startLoops<T extends { transportErrors: number }>(
  count: number,
  tally: T,
  step: (loop: number, turn: number) => Promise<boolean>,
): Load<T> {
  let stopped = false;
  const loop = async (index: number) => {
    for (let turn = 0; !stopped; turn++) {
      let backOff: boolean;
      try {
        backOff = await step(index, turn);
      } catch {
        tally.transportErrors++;
        backOff = true;
      }
      if (backOff) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const loops = Array.from({ length: count }, (_, i) => loop(i));
  return {
    tally,
    async stop() {
      stopped = true;
      await Promise.all(loops);
      return tally;
    },
  };
}

/** Counts one answer by its HTTP status. */
export function countStatus(statuses: Map<number, number>, status: number): void {
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}

/**
 * Waits until `condition()` holds, checking every 20 ms; fails at once when `server` has ended (with
 * its last lines, where the crash is) and after `timeoutMs`.
 */
export async function waitUntil(
  server: ServerProcess,
  what: string,
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (!server.alive()) {
      const last = server.lines.slice(-15).join('\n');
      throw new Error(`The server ended while waiting for ${what}:\n${last}`);
    }
    if (performance.now() - started > timeoutMs) throw new Error(`No ${what} in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Polls `GET path` of `server` until it answers `status`; returns how long that took, in ms. */
export async function waitForStatus(
  server: ServerProcess,
  path: string,
  status: number,
  timeoutMs = 30_000,
): Promise<number> {
  const started = performance.now();
  const answers = async () =>
    (await fetch(`${server.url}${path}`, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.status,
      () => 0,
    )) === status;
  await waitUntil(server, `${status} from ${path}`, answers, timeoutMs);
  return performance.now() - started;
}

/** The messages of a server's JSON log lines (pino's `msg`), in order. */
export function logMessages(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      const parsed = JSON.parse(line) as { msg?: unknown };
      return typeof parsed.msg === 'string' ? [parsed.msg] : [];
    } catch {
      return [];
    }
  });
}
