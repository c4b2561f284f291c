/**
 * Benchmark for @lotsen/outcomes: scoring throughput (administrations per second on one core) and the
 * time to aggregate one million administrations, each beside a trivial baseline measured in the same
 * run on the same data. Prints a Markdown table and writes bench-results/outcomes.json.
 *
 * Run from the package folder: `pnpm exec tsx bench/outcomes.bench.ts` (or `pnpm bench`).
 * Set OUTCOMES_BENCH_N to change the number of administrations (default 1,000,000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@lotsen/test-support/random';
import {
  DEFAULT_OUTCOMES_CONFIG,
  aggregateOutcomes,
  scoreKasam,
  scorePcoms,
  scoreScore15,
  type OutcomeObservation,
  type PcomsInput,
} from '../src/index.js';

const N = Number(process.env.OUTCOMES_BENCH_N ?? 1_000_000);
const TARGET_SCORED_PER_SECOND = 2_000_000;
const TARGET_AGGREGATE_MS = 1000;

// Deterministic data: the same numbers every run, so runs are comparable.
const rand = seededRandom(20250101);
const mark = (): number => Math.floor(rand() * 101) / 10; // 0.0–10.0 cm at mm resolution

/** Runs `fn` `runs` times after a warm-up and returns the fastest wall time in ms (least disturbed by other load). */
function time(runs: number, fn: () => number): { ms: number; sink: number } {
  let sink = fn(); // warm-up: lets V8 optimise before measuring
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    sink += fn();
    const ms = performance.now() - t0;
    if (ms < best) best = ms;
  }
  return { ms: best, sink };
}

// --- Scoring -------------------------------------------------------------------------------------
const pcomsInputs: PcomsInput[] = new Array(N);
for (let i = 0; i < N; i++) {
  pcomsInputs[i] = {
    form: i % 5 === 0 ? 'SRS' : 'ORS',
    items: [mark(), mark(), mark(), mark()],
    age: 13 + (i % 40),
  };
}

const baselineScoring = time(5, () => {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const it = pcomsInputs[i]!.items as number[];
    acc += it[0]! + it[1]! + it[2]! + it[3]!;
  }
  return acc;
});

const pcomsScoring = time(5, () => {
  let acc = 0;
  for (let i = 0; i < N; i++) {
    const r = scorePcoms(pcomsInputs[i]!, DEFAULT_OUTCOMES_CONFIG);
    if (r.ok) acc += r.value.totalMm;
  }
  return acc;
});

const M = Math.max(1, Math.floor(N / 5));
const kasamInputs = Array.from({ length: M }, () => ({
  form: 'SOC-13' as const,
  items: Array.from({ length: 13 }, () => 1 + Math.floor(rand() * 7)),
}));
const kasamScoring = time(3, () => {
  let acc = 0;
  for (let i = 0; i < M; i++) {
    const r = scoreKasam(kasamInputs[i]!, DEFAULT_OUTCOMES_CONFIG);
    if (r.ok) acc += r.value.total;
  }
  return acc;
});
const score15Inputs = Array.from({ length: M }, () => ({
  items: Array.from({ length: 15 }, () => 1 + Math.floor(rand() * 5)),
}));
const score15Scoring = time(3, () => {
  let acc = 0;
  for (let i = 0; i < M; i++) {
    const r = scoreScore15(score15Inputs[i]!, DEFAULT_OUTCOMES_CONFIG);
    if (r.ok) acc += r.value.total.sum;
  }
  return acc;
});

// --- Aggregation ---------------------------------------------------------------------------------
// 1,000,000 administrations: 200,000 cases × 5 sessions, ORS and CORS, spread over groups.
const SESSIONS = 5;
const cases = Math.max(1, Math.floor(N / SESSIONS));
const observations: OutcomeObservation[] = new Array(cases * SESSIONS);
{
  let k = 0;
  for (let c = 0; c < cases; c++) {
    const child = c % 3 === 0;
    const caseId = `case-${c}`;
    const cohortId = `cohort-${c % 997}`;
    const serviceId = `service-${c % 120}`;
    const providerId = `provider-${c % 40}`;
    const districtId = `district-${c % 14}`;
    let score = Math.floor(rand() * 300) / 10;
    for (let s = 1; s <= SESSIONS; s++) {
      observations[k++] = {
        caseId,
        instrument: child ? 'CORS' : 'ORS',
        session: s,
        rater: child ? 'child' : 'young-person',
        population: child ? 'child' : 'adolescent',
        score,
        cohortId,
        serviceId,
        providerId,
        districtId,
      };
      score = Math.min(40, Math.max(0, Math.round((score + (rand() * 8 - 2.5)) * 10) / 10));
    }
  }
}

// Baseline: one trivial group-by pass over the same records (sum of scores per district).
const baselineAggregate = time(3, () => {
  const sums = new Map<string, number>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i]!;
    sums.set(o.districtId!, (sums.get(o.districtId!) ?? 0) + o.score);
  }
  return sums.size;
});

const options = { reliableChange: { CORS: { child: 10 } } };
const aggregate = time(3, () => {
  const r = aggregateOutcomes(observations, {}, options);
  if (!r.ok) throw r.error; // the bench data is valid; a failure here is a bug worth stopping for
  return r.value.groups.district?.length ?? 0;
});

// --- Report --------------------------------------------------------------------------------------
const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  administrations: N,
  scoring: {
    baselineSumPerSecond: perSecond(N, baselineScoring.ms),
    pcomsPerSecond: perSecond(N, pcomsScoring.ms),
    kasamSoc13PerSecond: perSecond(M, kasamScoring.ms),
    score15PerSecond: perSecond(M, score15Scoring.ms),
    targetPerSecond: TARGET_SCORED_PER_SECOND,
    meetsTarget: perSecond(N, pcomsScoring.ms) >= TARGET_SCORED_PER_SECOND,
  },
  aggregation: {
    observations: observations.length,
    baselineGroupByMs: round(baselineAggregate.ms),
    aggregateMs: round(aggregate.ms),
    targetMs: TARGET_AGGREGATE_MS,
    // The target is about one million; a smaller OUTCOMES_BENCH_N run is a smoke test only.
    fullSize: observations.length >= 1_000_000,
    meetsTarget: observations.length >= 1_000_000 && aggregate.ms < TARGET_AGGREGATE_MS,
  },
  checksum:
    pcomsScoring.sink +
    kasamScoring.sink +
    score15Scoring.sink +
    baselineScoring.sink +
    aggregate.sink +
    baselineAggregate.sink,
};

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
const fmt = (n: number): string => n.toLocaleString('en-US');

const table = [
  `## @lotsen/outcomes benchmark (${results.node}, ${results.cpu}, one core)`,
  '',
  '| Measurement | Result | Baseline (same run) | Target | Met |',
  '|---|---|---|---|---|',
  `| PCOMS scoring (ORS/SRS, validated) | ${fmt(results.scoring.pcomsPerSecond)} adm/s | ${fmt(results.scoring.baselineSumPerSecond)} adm/s (sum items) | ≥ ${fmt(TARGET_SCORED_PER_SECOND)} adm/s | ${results.scoring.meetsTarget ? 'yes' : 'NO'} |`,
  `| KASAM SOC-13 scoring | ${fmt(results.scoring.kasamSoc13PerSecond)} adm/s | – | – | – |`,
  `| SCORE-15 scoring | ${fmt(results.scoring.score15PerSecond)} adm/s | – | – | – |`,
  `| Aggregate ${fmt(observations.length)} administrations | ${results.aggregation.aggregateMs} ms | ${results.aggregation.baselineGroupByMs} ms (sum per district) | < ${TARGET_AGGREGATE_MS} ms | ${results.aggregation.meetsTarget ? 'yes' : 'NO'} |`,
].join('\n');
console.log(table);

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'outcomes.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${join('bench-results', 'outcomes.json')}`);
