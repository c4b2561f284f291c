import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { workerCount } from './workers.js';

describe('BOT_WORKERS', () => {
  it('is one process by default, one per core for "auto", or a whole number', () => {
    expect(workerCount(undefined)).toEqual({ ok: true, count: 1 });
    expect(workerCount('auto', 4)).toEqual({ ok: true, count: 4 });
    expect(workerCount('3')).toEqual({ ok: true, count: 3 });
    for (const bad of ['0', '-1', '1.5', 'many', '65']) {
      expect(workerCount(bad)).toMatchObject({ ok: false });
    }
  });
});

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

describe('several bot processes on one port', () => {
  it('shares the port between workers, replaces a worker that dies, and stops them all on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'workers-fixture.test-support.ts')],
      {
        env: { ...process.env, PORT: String(port), WORKERS: '2' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const listening = () => output.match(/listening \d+/g)?.length ?? 0;
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(check()).toBe(true);
    };
    try {
      await until(() => listening() === 2);
      const pids = new Set<string>();
      for (let i = 0; i < 20; i++)
        pids.add(await (await fetch(`http://127.0.0.1:${port}/`)).text());
      expect(pids.size).toBe(2);

      await fetch(`http://127.0.0.1:${port}/die`);
      await until(() => listening() === 3);
      expect(output).toMatch(/primary: worker \d+ stopped \(3\)/);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('stops with the exit code of a worker that could not start, instead of restarting it forever', async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'workers-fixture.test-support.ts')],
      {
        env: { ...process.env, PORT: String(port), WORKERS: '2', FAIL_TO_START: '1' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(7);
    expect(output).toMatch(/could not start/);
    expect(output).not.toMatch(/starting another/);
  });
});
