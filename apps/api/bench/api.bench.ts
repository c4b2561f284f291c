// HTTP throughput and p99 latency of the real app for GET /v1/services and POST /v1/match, beside
// bare fastify JSON routes measured in the same run: one per method answering a tiny object (the
// POST one taking the same JSON body as the match route), and one per API answer sending the very
// same bytes from a buffer, so that the cost of the method and of moving the body are told apart
// from what the app adds, and one doing only the match route's own work (validation, matching,
// writing the answer) without the app's hooks. Each API row is judged against the bare route of its
// method with the same body and against its own work (targets in verdict.ts). The servers run in a
// child process, so the load generator (autocannon, here) does not share their event loop; they
// listen on 127.0.0.1 only.
// Run: pnpm bench (from the repo root), or
// `pnpm exec tsx --conditions=@lotsen/source bench/api.bench.ts` here.
// BENCH_PROFILE=<dir> writes a CPU profile of the servers; BENCH_ONLY=<regular expression>
// measures only the cases whose names match (to profile one route) and writes no results.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Catalogue, matchValidatedQuery } from '@lotsen/catalogue';
import autocannon from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TARGETS, verdictLine, verdictOf } from './verdict.js';

const WARM_UP_SECONDS = 1;
// The machine is shared and its load swings within seconds (the bare route alone has measured
// anywhere from 40,000 to 80,000 requests/s), so the cases take turns in short slices, seven rounds
// of one second each, and every slice of a case follows a slice of the bare route: each ratio is
// taken within its round, against the bare route just before it, and the medians are reported.
// (Single slices of one case still scatter by ±0.03 in their ratio; BENCH_ROUNDS sets more rounds.)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('BENCH_ROUNDS must be a whole number');
const SECONDS = 1;
const CONNECTIONS = 10;

/** What every client of the catalogue sends; browsers and most HTTP libraries send this. */
const ACCEPT_COMPRESSED = { 'accept-encoding': 'gzip, deflate, br' };
/**
 * The language real clients ask for: browsers send Accept-Language, and the city's systems and the
 * chat show Swedish. The headline rows send it; a row without it keeps the bilingual answer.
 */
const ACCEPT_SWEDISH = { 'accept-language': 'sv' };
const MATCH_BODY = { age: 10, districtId: 'skarholmen', needs: ['parental-substance-abuse'] };
const MATCH_EXPANDED = { ...MATCH_BODY, expand: ['service', 'provider'] };

/** What the child tells the parent: where it listens, and how large each answer is. */
interface Served {
  readonly app: number;
  readonly bare: number;
  readonly bytes: Readonly<Record<string, number>>;
}

/** The child: the real app (with its database, auth, helmet and rate limit) and bare routes. */
async function serve(): Promise<void> {
  const { buildApp } = await import('../src/app.js');
  const { openDatabase } = await import('@lotsen/storage');
  const { matchValidatedQuery, stockholmCatalogue } = await import('@lotsen/catalogue');
  const db = await openDatabase({ dataDir: 'memory://' });
  const catalogue = stockholmCatalogue();
  // As server.ts builds it, except that request logging is off (as for the bare route) and the
  // anonymous limit is raised so that the limiter counts every request but refuses none.
  const app = await buildApp({ db, catalogue, anonymousRateLimit: 1_000_000_000 });
  const bare = Fastify();
  await matchWorkOnly(bare, catalogue, matchValidatedQuery);
  bare.get('/bare', async () => ({ hello: 'world' }));
  // The same tiny answer to a POST: fastify reads and parses the JSON body (its default parser)
  // before the handler runs, as it does for every POST route.
  bare.post('/bare', async () => ({ hello: 'world' }));
  // The same bytes the API answers, sent ready-made by a bare route: the most a route can do.
  const answers = {
    services: await app.inject({ method: 'GET', url: '/v1/services' }),
    servicesSv: await app.inject({ method: 'GET', url: '/v1/services', headers: ACCEPT_SWEDISH }),
    servicesBr: await app.inject({
      method: 'GET',
      url: '/v1/services',
      headers: ACCEPT_COMPRESSED,
    }),
    match: await app.inject({ method: 'POST', url: '/v1/match', payload: MATCH_BODY }),
    matchSv: await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: MATCH_BODY,
      headers: ACCEPT_SWEDISH,
    }),
    matchExpanded: await app.inject({ method: 'POST', url: '/v1/match', payload: MATCH_EXPANDED }),
  };
  for (const [name, res] of Object.entries(answers)) {
    if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.body}`);
  }
  if (answers.servicesBr.headers['content-encoding'] !== 'br') throw new Error('no brotli');
  for (const answer of [answers.servicesSv, answers.matchSv]) {
    if (answer.headers['content-language'] !== 'sv') throw new Error('not in Swedish');
  }
  const json = 'application/json; charset=utf-8';
  bare.get('/bare/services', async (_request, reply) =>
    reply.type(json).send(answers.services.rawPayload),
  );
  bare.get('/bare/services-sv', async (_request, reply) =>
    reply.type(json).send(answers.servicesSv.rawPayload),
  );
  bare.get('/bare/services-br', async (_request, reply) =>
    reply.type(json).header('content-encoding', 'br').send(answers.servicesBr.rawPayload),
  );
  bare.post('/bare/match', async (_request, reply) =>
    reply.type(json).send(answers.match.rawPayload),
  );
  bare.post('/bare/match-sv', async (_request, reply) =>
    reply.type(json).send(answers.matchSv.rawPayload),
  );
  // The own-work route must send the very bytes of the app's route, in each language asked.
  for (const [headers, answer] of [
    [ACCEPT_SWEDISH, answers.matchSv],
    [{}, answers.match],
  ] as const) {
    const ownWork = await bare.inject({
      method: 'POST',
      url: MATCH_WORK_PATH,
      payload: MATCH_BODY,
      headers,
    });
    if (!ownWork.rawPayload.equals(answer.rawPayload)) {
      throw new Error(`the match route's own work answers otherwise: ${ownWork.body}`);
    }
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  await bare.listen({ host: '127.0.0.1', port: 0 });
  const port = (s: typeof bare) => {
    const address = s.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return address.port;
  };
  process.send!({
    app: port(app as unknown as typeof bare),
    bare: port(bare),
    bytes: Object.fromEntries(
      Object.entries(answers).map(([name, res]) => [name, res.rawPayload.length]),
    ),
  } satisfies Served);
  process.on('disconnect', () => {
    void Promise.all([app.close(), bare.close()])
      .then(() => db.close())
      .then(() => process.exit(0));
  });
}

const MATCH_WORK_PATH = '/bare/match-work';

/**
 * The match route's own work on a bare fastify, in a route of its own: the same body schema and
 * zod validator, the same matching and the same answer writer, reading `Accept-Language` as the
 * route does, but none of the app's hooks (authentication, security headers, CORS, rate limit) and
 * none of its headers. What the route costs however lean the app around it were: the floor under
 * the match rows on this machine.
 */
async function matchWorkOnly(
  bare: FastifyInstance,
  catalogue: Catalogue,
  match: typeof matchValidatedQuery,
): Promise<void> {
  const { validatorCompiler } = await import('fastify-type-provider-zod');
  const { catalogueJson } = await import('../src/routes/catalogue-json.js');
  const { preferredLanguage } = await import('../src/routes/language.js');
  const { MatchBodySchema } = await import('../src/routes/schemas.js');
  const json = catalogueJson(catalogue);
  const zodBare = bare.withTypeProvider<ZodTypeProvider>();
  zodBare.setValidatorCompiler(validatorCompiler);
  zodBare.post(MATCH_WORK_PATH, { schema: { body: MatchBodySchema } }, async (request, reply) => {
    const { expand, ...query } = request.body;
    const result = match(catalogue, query);
    if (!result.ok) throw new Error(result.error.code);
    const language = preferredLanguage(request.headers['accept-language']);
    return reply
      .type('application/json; charset=utf-8')
      .send(json.matchAnswer(result.value, expand, language));
  });
}

interface Case {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly url: (served: Served) => string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** The answer's name in {@link Served.bytes}. */
  readonly answer?: string;
  /** For an API case: the name of the bare case that sends the same bytes. */
  readonly sameBytes?: string;
  /** For an API case: the name of the bare case doing only this route's own work. */
  readonly ownWork?: string;
}

const SAME_SERVICES_SV = 'bare fastify, the same bytes as `GET /v1/services` in Swedish';
const SAME_SERVICES = 'bare fastify, the same bytes as `GET /v1/services` in both languages';
const SAME_SERVICES_BR = 'bare fastify, the same bytes as `GET /v1/services` with brotli';
const SAME_MATCH_SV = 'bare fastify, the same bytes as `POST /v1/match` in Swedish';
const SAME_MATCH = 'bare fastify, the same bytes as `POST /v1/match` in both languages';
const OWN_MATCH_SV =
  "bare fastify doing only the match route's own work in Swedish (validation, matching, the answer; no hooks)";
const OWN_MATCH = "bare fastify doing only the match route's own work in both languages";

const BARE: Case = {
  name: 'bare fastify `GET /bare` (baseline)',
  method: 'GET',
  url: (s) => `http://127.0.0.1:${s.bare}/bare`,
};

/**
 * The baseline of a POST route: a bare fastify JSON route that takes the same request (method,
 * headers, the match body, which fastify parses) and answers `{"hello":"world"}`. Against a GET, a
 * POST route would be charged for HTTP's method: reading and parsing a request body costs fastify
 * a fifth to a third of its throughput here before any route code runs.
 */
const BARE_POST: Case = {
  name: 'bare fastify `POST /bare` with the match body (baseline of POST routes)',
  method: 'POST',
  url: (s) => `http://127.0.0.1:${s.bare}/bare`,
  body: MATCH_BODY,
};

/**
 * The bare route of a case's own method, measured right before each of its slices (after the bare
 * GET slice every case gets): {@link BARE_POST} for a POST case, none for a GET case, whose own
 * method's baseline is {@link BARE} already.
 */
function sameMethodBaseline(c: Case): Case | undefined {
  return c.method === 'POST' && c !== BARE_POST ? BARE_POST : undefined;
}

const CASES: readonly Case[] = [
  BARE,
  BARE_POST,
  {
    name: 'app `GET /health` (auth, security headers, CORS, rate limit; tiny body)',
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.app}/health`,
  },
  {
    name: SAME_SERVICES_SV,
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.bare}/bare/services-sv`,
    answer: 'servicesSv',
  },
  {
    name: '`GET /v1/services` with `accept-language: sv` (first page of 20, compact)',
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.app}/v1/services`,
    headers: ACCEPT_SWEDISH,
    answer: 'servicesSv',
    sameBytes: SAME_SERVICES_SV,
  },
  {
    name: SAME_SERVICES,
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.bare}/bare/services`,
    answer: 'services',
  },
  {
    name: '`GET /v1/services` without `accept-language` (both languages)',
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.app}/v1/services`,
    answer: 'services',
    sameBytes: SAME_SERVICES,
  },
  {
    name: SAME_SERVICES_BR,
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.bare}/bare/services-br`,
    answer: 'servicesBr',
  },
  {
    name: '`GET /v1/services` with `accept-encoding: gzip, deflate, br`',
    method: 'GET',
    url: (s) => `http://127.0.0.1:${s.app}/v1/services`,
    headers: ACCEPT_COMPRESSED,
    answer: 'servicesBr',
    sameBytes: SAME_SERVICES_BR,
  },
  {
    name: SAME_MATCH_SV,
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.bare}/bare/match-sv`,
    body: MATCH_BODY,
    answer: 'matchSv',
  },
  {
    name: OWN_MATCH_SV,
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.bare}${MATCH_WORK_PATH}`,
    body: MATCH_BODY,
    headers: ACCEPT_SWEDISH,
    answer: 'matchSv',
  },
  {
    name: '`POST /v1/match` with `accept-language: sv` (compact; this query has 5 results)',
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.app}/v1/match`,
    body: MATCH_BODY,
    headers: ACCEPT_SWEDISH,
    answer: 'matchSv',
    sameBytes: SAME_MATCH_SV,
    ownWork: OWN_MATCH_SV,
  },
  {
    name: SAME_MATCH,
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.bare}/bare/match`,
    body: MATCH_BODY,
    answer: 'match',
  },
  {
    name: OWN_MATCH,
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.bare}${MATCH_WORK_PATH}`,
    body: MATCH_BODY,
    answer: 'match',
  },
  {
    name: '`POST /v1/match` without `accept-language` (both languages)',
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.app}/v1/match`,
    body: MATCH_BODY,
    answer: 'match',
    sameBytes: SAME_MATCH,
    ownWork: OWN_MATCH,
  },
  {
    name: '`POST /v1/match` with `expand: ["service", "provider"]`',
    method: 'POST',
    url: (s) => `http://127.0.0.1:${s.app}/v1/match`,
    body: MATCH_EXPANDED,
    answer: 'matchExpanded',
  },
];

function options(c: Case, served: Served) {
  const json = c.body === undefined ? {} : { 'content-type': 'application/json' };
  return {
    url: c.url(served),
    method: c.method,
    connections: CONNECTIONS,
    headers: { ...json, ...c.headers },
    ...(c.body === undefined ? {} : { body: JSON.stringify(c.body) }),
  };
}

async function round(c: Case, served: Served) {
  const r = await autocannon({ ...options(c, served), duration: SECONDS });
  if (r.non2xx > 0 || r.errors > 0) {
    throw new Error(`${c.name}: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  }
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Slice {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** Throughput of the bare GET route in the slice before. */
  readonly bareRps: number;
  /** Throughput of the bare route of the case's own method in the slice just before. */
  readonly sameMethodRps: number;
}

async function measureAll(served: Served, cases: readonly Case[]) {
  for (const c of cases) await autocannon({ ...options(c, served), duration: WARM_UP_SECONDS });
  const slices = cases.map(() => [] as Slice[]);
  for (let i = 0; i < ROUNDS; i++) {
    for (const [k, c] of cases.entries()) {
      // (When profiling one route without the bare one, no pairing: only that route's load.) A
      // POST case's slice comes right after a slice of the bare POST route as well.
      const bare = c === BARE || !cases.includes(BARE) ? undefined : await round(BARE, served);
      const baseline = bare === undefined ? undefined : sameMethodBaseline(c);
      const sameMethod = baseline === undefined ? undefined : await round(baseline, served);
      const slice = await round(c, served);
      const bareRps = bare?.rps ?? slice.rps;
      slices[k]!.push({
        ...slice,
        bareRps,
        sameMethodRps: sameMethod?.rps ?? (c === BARE_POST ? slice.rps : bareRps),
      });
    }
  }
  const slicesOf = (name: string | undefined) =>
    slices[cases.findIndex((other) => other.name === name)];
  return cases.map((c, k) => {
    const own = slices[k]!;
    const same = slicesOf(c.sameBytes);
    // Its own work on a bare fastify, in the same round (as the same bytes are).
    const work = slicesOf(c.ownWork);
    return {
      name: c.name,
      bodyBytes: c.answer === undefined ? undefined : served.bytes[c.answer],
      requestsPerSecond: Math.round(medianOf(own.map((r) => r.rps))),
      p50Ms: medianOf(own.map((r) => r.p50)),
      p99Ms: medianOf(own.map((r) => r.p99)),
      ratioToBare: ratio(medianOf(own.map((r) => r.rps / r.bareRps))),
      ratioToSameMethod: ratio(medianOf(own.map((r) => r.rps / r.sameMethodRps))),
      ...(same === undefined
        ? {}
        : { ratioToSameBytes: ratio(medianOf(own.map((r, i) => r.rps / same[i]!.rps))) }),
      ...(work === undefined
        ? {}
        : { ratioToOwnWork: ratio(medianOf(own.map((r, i) => r.rps / work[i]!.rps))) }),
      rounds: own.map((r) => Math.round(r.rps)),
      bareRounds: own.map((r) => Math.round(r.bareRps)),
      sameMethodRounds: own.map((r) => Math.round(r.sameMethodRps)),
    };
  });
}

const ratio = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [
      ...process.execArgv,
      ...(process.env.BENCH_PROFILE
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
        : []),
    ],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const served = await new Promise<Served>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Served));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const only = process.env.BENCH_ONLY;
    if (only) {
      console.table(
        await measureAll(
          served,
          CASES.filter((c) => new RegExp(only).test(c.name)),
        ),
      );
      return;
    }
    const rows = await measureAll(served, CASES);
    const kB = (bytes: number | undefined) =>
      bytes === undefined ? '' : `${(bytes / 1024).toFixed(1)} kB`;
    const lines = [
      `| case | body | requests/s | p50 | p99 | ratio to bare \`GET /bare\` | ratio to bare \`/bare\`, same method | ratio to bare, same bytes | ratio to own work on bare fastify |`,
      `| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
      ...rows.map(
        (r) =>
          `| ${r.name} | ${kB(r.bodyBytes)} | ${r.requestsPerSecond.toLocaleString('en-US')} | ${r.p50Ms} ms | ${r.p99Ms} ms | ${r.ratioToBare.toFixed(2)} | ${r.ratioToSameMethod.toFixed(2)} | ${r.ratioToSameBytes === undefined ? '' : r.ratioToSameBytes.toFixed(2)} | ${r.ratioToOwnWork === undefined ? '' : r.ratioToOwnWork.toFixed(2)} |`,
      ),
    ];
    // The targets (verdict.ts), for each API row that has a same-bytes bare route beside it: with
    // and without accept-language, and compressed. The tiny bare GET and the same bytes stay in the
    // table for the record; they are not targets.
    const verdicts = rows.filter((r, k) => CASES[k]!.sameBytes !== undefined).map(verdictOf);
    console.log(lines.join('\n'));
    console.log(
      `\nTargets: at least ${TARGETS.sameMethod} of the bare route of the same method with the same body, and at least ${TARGETS.ownWork} of the route's own work on a bare fastify (the app's overhead at most ${Math.round((1 - TARGETS.ownWork) * 100)} %):`,
    );
    for (const v of verdicts) console.log(verdictLine(v));
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
          targets: TARGETS,
          verdicts,
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
