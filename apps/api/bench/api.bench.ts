// HTTP throughput and p99 latency of the real app for GET /v1/services and POST /v1/match, beside
// bare fastify JSON routes measured in the same run: one answering a tiny object, and one per API
// route answering the very same bytes from a string, so that the cost of moving a 60 kB or 20 kB
// body is told apart from what the app adds. The servers run in a child process, so the load
// generator (autocannon, here) does not share their event loop; they listen on 127.0.0.1 only.
// Run: pnpm bench (from the repo root), or
// `pnpm exec tsx --conditions=@lotsen/source bench/api.bench.ts` here.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Fastify from 'fastify';

const WARM_UP_SECONDS = 1;
// The machine is shared, so the cases take turns: three rounds of two seconds each, and the median
// of the rounds is reported. Drift in the machine's load then hits every case alike.
const ROUNDS = 3;
const SECONDS = 2;
const CONNECTIONS = 10;
const TARGET_RATIO = 0.5;

interface Ports {
  readonly app: number;
  readonly bare: number;
}

/** The child: the real app (with its database, auth, helmet and rate limit) and a bare route. */
async function serve(): Promise<void> {
  const { buildApp } = await import('../src/app.js');
  const { openDatabase } = await import('@lotsen/storage');
  const db = await openDatabase({ dataDir: 'memory://' });
  // As server.ts builds it, except that request logging is off (as for the bare route) and the
  // anonymous limit is raised so that the limiter counts every request but refuses none.
  const app = await buildApp({ db, anonymousRateLimit: 1_000_000_000 });
  const bare = Fastify();
  bare.get('/bare', async () => ({ hello: 'world' }));
  // The same bytes the API answers, sent ready-made by a bare route: the most a route can do.
  const services = (await app.inject({ method: 'GET', url: '/v1/services' })).rawPayload;
  const match = (await app.inject({ method: 'POST', url: '/v1/match', payload: MATCH_BODY }))
    .rawPayload;
  bare.get('/bare/services', async (_request, reply) =>
    reply.type('application/json').send(services),
  );
  bare.post('/bare/match', async (_request, reply) => reply.type('application/json').send(match));
  await app.listen({ host: '127.0.0.1', port: 0 });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const port = (s: typeof bare) => {
    const address = s.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  };
  process.send!({ app: port(app as unknown as typeof bare), bare: port(bare) } satisfies Ports);
  process.on('disconnect', () => {
    void Promise.all([app.close(), bare.close()])
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

const MATCH_BODY = { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] };

interface Case {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly url: (ports: Ports) => string;
  readonly body?: unknown;
}

const BARE: Case = {
  name: 'bare fastify `GET /bare` (baseline)',
  method: 'GET',
  url: (p) => `http://127.0.0.1:${p.bare}/bare`,
};
const CASES: readonly Case[] = [
  BARE,
  {
    name: 'app `GET /health` (auth, security headers, CORS, rate limit; tiny body)',
    method: 'GET',
    url: (p) => `http://127.0.0.1:${p.app}/health`,
  },
  {
    name: 'bare fastify, the same bytes as `GET /v1/services`',
    method: 'GET',
    url: (p) => `http://127.0.0.1:${p.bare}/bare/services`,
  },
  {
    name: '`GET /v1/services` (first page of 50)',
    method: 'GET',
    url: (p) => `http://127.0.0.1:${p.app}/v1/services`,
  },
  {
    name: 'bare fastify, the same bytes as `POST /v1/match`',
    method: 'POST',
    url: (p) => `http://127.0.0.1:${p.bare}/bare/match`,
    body: MATCH_BODY,
  },
  {
    name: '`POST /v1/match`',
    method: 'POST',
    url: (p) => `http://127.0.0.1:${p.app}/v1/match`,
    body: MATCH_BODY,
  },
];

function options(c: Case, ports: Ports) {
  return {
    url: c.url(ports),
    method: c.method,
    connections: CONNECTIONS,
    ...(c.body === undefined
      ? {}
      : { body: JSON.stringify(c.body), headers: { 'content-type': 'application/json' } }),
  };
}

async function round(c: Case, ports: Ports) {
  const r = await autocannon({ ...options(c, ports), duration: SECONDS });
  if (r.non2xx > 0 || r.errors > 0) {
    throw new Error(`${c.name}: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  }
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function measureAll(ports: Ports) {
  for (const c of CASES) await autocannon({ ...options(c, ports), duration: WARM_UP_SECONDS });
  const rounds = CASES.map(() => [] as { rps: number; p50: number; p99: number }[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, c] of CASES.entries()) rounds[k]!.push(await round(c, ports));
  }
  return CASES.map((c, k) => ({
    name: c.name,
    requestsPerSecond: Math.round(medianOf(rounds[k]!.map((r) => r.rps))),
    p50Ms: medianOf(rounds[k]!.map((r) => r.p50)),
    p99Ms: medianOf(rounds[k]!.map((r) => r.p99)),
    rounds: rounds[k]!.map((r) => Math.round(r.rps)),
  }));
}

async function main(): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Ports));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const results = await measureAll(ports);
    const bare = results[0]!.requestsPerSecond;
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    // Each API route beside the bare route that sends its very bytes (the row just before it).
    const sameBytes: Record<string, number> = {
      [results[3]!.name]: results[2]!.requestsPerSecond,
      [results[5]!.name]: results[4]!.requestsPerSecond,
    };
    const rows = results.map((r) => ({
      ...r,
      ratioToBare: ratio(r.requestsPerSecond, bare),
      ...(sameBytes[r.name] === undefined
        ? {}
        : { ratioToSameBytes: ratio(r.requestsPerSecond, sameBytes[r.name]!) }),
    }));
    const lines = [
      `| case | requests/s | p50 | p99 | ratio to bare \`/bare\` | ratio to bare, same bytes |`,
      `| --- | ---: | ---: | ---: | ---: | ---: |`,
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.requestsPerSecond.toLocaleString('en-US')} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.ratioToBare.toFixed(2)} | ${r.ratioToSameBytes === undefined ? '' : r.ratioToSameBytes.toFixed(2)} |`,
      ),
    ];
    const api = rows.filter((r) => r.ratioToSameBytes !== undefined);
    const metSameBytes = api.every((r) => r.ratioToSameBytes! >= TARGET_RATIO);
    const metTiny = api.every((r) => r.ratioToBare >= TARGET_RATIO);
    const met = { againstTinyBareRoute: metTiny, againstSameBytes: metSameBytes };
    console.log(lines.join('\n'));
    console.log(
      `\nTarget, at least ${TARGET_RATIO} of the bare route's throughput: against the tiny \`/bare\` ${metTiny ? 'met' : 'NOT met'}; against a bare route sending the same bytes ${metSameBytes ? 'met' : 'NOT met'}.`,
    );
    mkdirSync('bench-results', { recursive: true });
    writeFileSync(
      'bench-results/api.json',
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          cpus: cpus().length,
          connections: CONNECTIONS,
          seconds: SECONDS,
          rounds: ROUNDS,
          target: { ratio: TARGET_RATIO, met },
          results: rows,
        },
        null,
        2,
      )}\n`,
    );
  } finally {
    child.disconnect();
  }
}

if (process.argv.includes('--serve')) await serve();
else await main();
