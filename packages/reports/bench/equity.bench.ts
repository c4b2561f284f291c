/**
 * Benchmark for @lotsen/reports: the equity report (JSON object and CSV) for 100,000 referrals over
 * the Stockholm catalogue, beside a plain group-by (referrals per district and need) over the same
 * rows in the same run. Prints a Markdown table and writes bench-results/equity.json.
 *
 * Run from the package folder: `pnpm exec tsx --conditions=@lotsen/source bench/equity.bench.ts`
 * (or `pnpm bench`). Set REPORTS_BENCH_N to change the number of referrals (default 100,000).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { seededRandom } from '@lotsen/test-support/random';
import { equityCsv, equityReport, type OutcomeFact, type ReferralFacts } from '../src/index.js';

const N = Number(process.env.REPORTS_BENCH_N ?? 100_000);
const TARGET_MS = 1000;
const AS_OF = '2026-12-31';
const DAY = 86_400_000;

// Deterministic data: the same rows every run, so runs are comparable.
const rand = seededRandom(20260101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

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

// --- Data: 100,000 referrals in 14 districts, one to three needs each, over two years -----------
const catalogue = stockholmCatalogue();
const districtIds = catalogue.districts.map((d) => d.id);
const needIds = catalogue.needs.needs.map((n) => n.id);
const start = Date.parse('2025-01-01T08:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const referrals: ReferralFacts[] = new Array(N);
let administrations = 0;
for (let i = 0; i < N; i++) {
  const submitted = start + Math.floor(rand() * 700) * DAY;
  const needs = [pick(needIds)];
  if (rand() < 0.4) needs.push(pick(needIds));
  if (rand() < 0.1) needs.push(pick(needIds));
  const path = rand();
  const enrolled = path < 0.6 ? submitted + Math.floor(rand() * 90) * DAY : undefined;
  const outcomes: OutcomeFact[] = [];
  if (enrolled !== undefined && rand() < 0.5) {
    // An ORS series of two to four sessions, a week apart.
    let score = Math.floor(rand() * 300) / 10;
    const sessions = 2 + Math.floor(rand() * 3);
    for (let s = 1; s <= sessions; s++) {
      outcomes.push({
        instrument: 'ORS',
        session: s,
        date: iso(enrolled + s * 7 * DAY).slice(0, 10),
        rater: 'young-person',
        total: score,
        population: 'adolescent',
        caretakerRated: false,
      });
      score = Math.min(40, Math.max(0, Math.round((score + (rand() * 8 - 2.5)) * 10) / 10));
    }
    administrations += sessions;
  }
  referrals[i] = {
    id: `r-${i}`,
    districtId: pick(districtIds),
    needs,
    submittedAt: iso(submitted),
    enrolledAt: enrolled === undefined ? null : iso(enrolled),
    completedAt: enrolled !== undefined && path < 0.45 ? iso(enrolled + 100 * DAY) : null,
    discontinuedAt: enrolled !== undefined && path >= 0.5 ? iso(enrolled + 30 * DAY) : null,
    closedAt: path >= 0.8 ? iso(submitted + Math.floor(rand() * 60) * DAY) : null,
    outcomes,
  };
}

// Baseline: one plain group-by pass over the same rows (referrals per district and need).
const baseline = time(5, () => {
  const counts = new Map<string, number>();
  for (const r of referrals) {
    for (const need of r.needs) {
      const key = `${r.districtId}\u0000${need}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts.size;
});

const report = time(5, () => {
  const r = equityReport({ catalogue, referrals, asOf: AS_OF });
  if (!r.ok) throw r.error; // the bench data is valid; a failure here is a bug worth stopping for
  return r.value.rows.length;
});

const computed = equityReport({ catalogue, referrals, asOf: AS_OF });
if (!computed.ok) throw computed.error;
const csv = time(5, () => equityCsv(computed.value).length);

// --- Report --------------------------------------------------------------------------------------
const round = (ms: number): number => Math.round(ms * 10) / 10;
const fmt = (n: number): string => n.toLocaleString('en-US');
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  referrals: N,
  administrations,
  rows: computed.value.rows.length,
  baselineGroupByMs: round(baseline.ms),
  equityReportMs: round(report.ms),
  equityCsvMs: round(csv.ms),
  targetMs: TARGET_MS,
  // The target is about 100,000 referrals; a smaller REPORTS_BENCH_N run is a smoke test only.
  fullSize: N >= 100_000,
  meetsTarget: N >= 100_000 && report.ms + csv.ms < TARGET_MS,
  checksum: baseline.sink + report.sink + csv.sink,
};

const table = [
  `## @lotsen/reports benchmark (${results.node}, ${results.cpu}, one core)`,
  '',
  `${fmt(N)} referrals, ${fmt(administrations)} ORS administrations, ${fmt(results.rows)} rows (14 districts × ${needIds.length} needs).`,
  '',
  '| Measurement | Result | Baseline (same run) | Target | Met |',
  '|---|---|---|---|---|',
  `| equityReport | ${results.equityReportMs} ms | ${results.baselineGroupByMs} ms (count per district and need) | – | – |`,
  `| equityCsv | ${results.equityCsvMs} ms | – | – | – |`,
  `| report + CSV | ${round(report.ms + csv.ms)} ms | – | < ${TARGET_MS} ms | ${results.meetsTarget ? 'yes' : 'NO'} |`,
].join('\n');
console.log(table);

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'bench-results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'equity.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${join('bench-results', 'equity.json')}`);
