// Match latency on the real Stockholm catalogue and on a synthetic one fifty times larger, beside a
// trivial baseline (a linear scan that only compares ages) measured in the same run.
// Run: pnpm bench (from the repo root), or `pnpm exec tsx --conditions=@lotsen/source bench/match.bench.ts` here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { STANDARD_NEEDS, ok, type Service } from '@lotsen/domain';
import {
  createCatalogue,
  matchServices,
  openLiveCatalogue,
  prepareMatching,
  stockholmCatalogueData,
  type Catalogue,
  type CatalogueData,
  type MatchQueryInput,
} from '../src/index.js';

function scaledData(factor: number): CatalogueData {
  const data = stockholmCatalogueData();
  const services: Service[] = [];
  for (let i = 0; i < factor; i++) {
    for (const s of data.services) services.push({ ...s, id: `${s.id}-x${i}` });
  }
  return { ...data, services };
}

function scaled(factor: number): Catalogue {
  const data = stockholmCatalogueData();
  const services: Service[] = [];
  for (let i = 0; i < factor; i++) {
    for (const s of data.services) services.push({ ...s, id: `${s.id}-x${i}` });
  }
  const result = createCatalogue({ ...data, services });
  if (!result.ok) throw result.error;
  return result.value;
}

function real(): Catalogue {
  const result = createCatalogue(stockholmCatalogueData());
  if (!result.ok) throw result.error;
  return result.value;
}

// A fixed, varied set of queries (deterministic pseudo-random) so runs are comparable.
function queries(catalogue: Catalogue, n: number): MatchQueryInput[] {
  const needs = STANDARD_NEEDS.filter((x) => x.kind === 'support').map((x) => x.id);
  let seed = 42;
  const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
  return Array.from({ length: n }, () => ({
    age: next() % 19,
    districtId: catalogue.districts[next() % catalogue.districts.length]!.id,
    needs: [needs[next() % needs.length]!],
    recentViolence: next() % 5 === 0,
    date: '2026-11-23',
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function measure(run: (i: number) => void, iterations: number) {
  for (let i = 0; i < Math.min(500, iterations); i++) run(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

const rows: { name: string; services: number; p50: number; p99: number; mean: number }[] = [];
for (const [name, catalogue] of [
  ['Stockholm catalogue', real()],
  ['synthetic ×50', scaled(50)],
] as const) {
  const qs = queries(catalogue, 2000);
  const baseline = measure((i) => {
    const age = qs[i % qs.length]!.age;
    let n = 0;
    for (const s of catalogue.services)
      if (s.ages === 'unknown' || (age >= s.ages.min && age <= s.ages.max)) n++;
    if (n < 0) throw new Error('unreachable');
  }, 5000);
  rows.push({ name: `${name}: baseline scan`, services: catalogue.services.length, ...baseline });
  const match = measure((i) => {
    const r = matchServices(catalogue, qs[i % qs.length]!);
    if (!r.ok) throw r.error;
  }, 5000);
  rows.push({ name: `${name}: matchServices`, services: catalogue.services.length, ...match });
}

// The live catalogue (issue 16): the same ×50 catalogue served through openLiveCatalogue, as the
// API and the bot serve the stored one, and the time to validate and index a new snapshot (what
// every instance does off the request path when the catalogue changes).
const largeData = scaledData(50);
const live = await openLiveCatalogue({
  revision: async () => ok(1),
  read: async () => ok(structuredClone(largeData)),
  watch: () => async () => {},
});
if (!live.ok) throw live.error;
const liveQueries = queries(live.value, 2000);
const liveMatch = measure((i) => {
  const r = matchServices(live.value, liveQueries[i % liveQueries.length]!);
  if (!r.ok) throw r.error;
}, 5000);
rows.push({
  name: 'synthetic ×50: matchServices, live catalogue',
  services: live.value.services.length,
  ...liveMatch,
});
await live.value.close();
/** Median and max of five rebuilds: validating the data, and building the matching index. */
function rebuildTimes(data: CatalogueData) {
  const validate: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < 5; i++) {
    const copy = structuredClone(data);
    const t0 = performance.now();
    const next = createCatalogue(copy);
    if (!next.ok) throw next.error;
    const t1 = performance.now();
    prepareMatching(next.value);
    validate.push(t1 - t0);
    index.push(performance.now() - t1);
  }
  const summary = (xs: number[]) => {
    xs.sort((a, b) => a - b);
    return { median: xs[2]!, max: xs[4]! };
  };
  return { validate: summary(validate), index: summary(index) };
}
const rebuilds = {
  stockholm: rebuildTimes(stockholmCatalogueData()),
  x50: rebuildTimes(largeData),
};

const fmt = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log('\n| case | services | p50 | p99 | mean |\n| --- | ---: | ---: | ---: | ---: |');
for (const r of rows)
  console.log(`| ${r.name} | ${r.services} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.mean)} |`);
const large = rows.find((r) => r.name === 'synthetic ×50: matchServices')!;
console.log(
  `\ntarget: p99 under 2 ms on the ×50 catalogue: ${large.p99 < 2 ? 'met' : 'NOT met'} (${fmt(large.p99)})`,
);
const liveRow = rows.find((r) => r.name === 'synthetic ×50: matchServices, live catalogue')!;
console.log(
  `live catalogue: p99 ${fmt(liveRow.p99)} (${(liveRow.p99 / large.p99).toFixed(2)} × the fixed catalogue's), target under 2 ms ${liveRow.p99 < 2 ? 'met' : 'NOT met'}`,
);
for (const [name, r] of Object.entries(rebuilds))
  console.log(
    `rebuild of a new snapshot (${name}): validate median ${r.validate.median.toFixed(1)} ms (max ${r.validate.max.toFixed(1)}), index median ${r.index.median.toFixed(1)} ms (max ${r.index.max.toFixed(1)})`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/match.json',
  JSON.stringify(
    { node: process.version, date: new Date().toISOString(), rows, indexRebuildMs: rebuilds },
    null,
    2,
  ),
);
