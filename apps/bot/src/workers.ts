import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';

/** How many bot processes to run, from `BOT_WORKERS`: a number, or `auto` for one per CPU core. */
export function workerCount(
  setting: string | undefined,
  cores = availableParallelism(),
): { ok: true; count: number } | { ok: false; message: string } {
  if (setting === undefined || setting === '') return { ok: true, count: 1 };
  if (setting === 'auto') return { ok: true, count: Math.max(1, cores) };
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    return {
      ok: false,
      message: `BOT_WORKERS must be "auto" or a whole number 1–64, not "${setting}"`,
    };
  }
  return { ok: true, count };
}

/** Options of {@link runInWorkers}. */
export interface WorkerOptions {
  /** Processes to run; 1 runs `start` in this process. */
  readonly count: number;
  /** Starts one bot process (opens the database, listens). */
  readonly start: () => Promise<void>;
  /** Where the primary reports workers that stopped (never anything about a conversation). */
  readonly log?: (message: string) => void;
}

/**
 * Runs the bot in several processes on one machine, sharing its port (node:cluster hands each new
 * connection to the next worker). This works because the bot keeps nothing of a conversation in a
 * process that another process would need: chat state, web chat activities and counters are in the
 * shared PostgreSQL, and a process's memory of recent conversations is only a shortcut that a
 * conditional write checks (see `state-store.ts`). A worker that dies is started again after a
 * pause, unless it died before it ever listened (it could not start; the bot stops with its exit
 * code). SIGTERM or SIGINT on the primary stops every worker, each closing its server first.
 */
export async function runInWorkers(options: WorkerOptions): Promise<void> {
  if (options.count <= 1 || !cluster.isPrimary) {
    await options.start();
    return;
  }
  const log = options.log ?? ((message: string) => console.error(`[lotsen-bot] ${message}`));
  let stopping = false;
  const stopAll = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };
  // A worker that stops before it ever listened could not start (a bad setting, no database):
  // starting it again would only repeat that, so the whole bot stops with its exit code.
  const listened = new Set<number>();
  cluster.on('listening', (worker) => listened.add(worker.id));
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (!listened.has(worker.id)) {
      log(`worker ${worker.id} could not start (${signal ?? code}); stopping`);
      process.exitCode = typeof code === 'number' && code !== 0 ? code : 1;
      stopAll();
      return;
    }
    log(`worker ${worker.id} stopped (${signal ?? code}); starting another in 1 s`);
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, 1_000).unref();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopAll);
  for (let i = 0; i < options.count; i++) cluster.fork();
}
