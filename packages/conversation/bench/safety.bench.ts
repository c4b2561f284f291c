// Safety check latency per message: the phrase lists alone (detectSafetyConcern) beside the combined
// check (phrase lists, concept frames and the classifier: assessSafety), measured in the same run on
// the same messages: the evaluation set's development part and the understanding corpus.
// Run: pnpm bench (from the repo root), or `pnpm exec tsx --conditions=@lotsen/source bench/safety.bench.ts` here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectSafetyConcern } from '../src/index.js';
import { assessSafety } from '../src/safety-model/assess.js';

const dev = readFileSync('safety-eval/dev.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text as string);
const corpus = (
  JSON.parse(readFileSync('corpus/utterances.json', 'utf8')).utterances as { text: string }[]
).map((u) => u.text);
const messages = [...dev, ...corpus];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Wall time and CPU time per message. On a shared machine (two cores, several processes) the wall
 * time's tail is mostly time the process was not running; the CPU time (user + system, in µs) is
 * the check's own work.
 */
function measure(run: (text: string) => unknown, rounds: number) {
  for (const m of messages) run(m); // warm-up, and the lazy compilation of the tables
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const m of messages) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      run(m);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    p50: percentile(wall, 50),
    p99: percentile(wall, 99),
    mean: wall.reduce((a, b) => a + b, 0) / wall.length,
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
  };
}

const rounds = 10;
const phrases = measure((t) => detectSafetyConcern(t, 'young'), rounds);
const combined = measure((t) => assessSafety(t, 'young'), rounds);
const rows = [
  { name: 'phrase lists alone (detectSafetyConcern)', ...phrases },
  { name: 'combined check (assessSafety)', ...combined },
];
const fmt = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
console.log(`\n${messages.length} messages × ${rounds} rounds`);
console.log(
  '| case | p50 | p99 | mean | CPU p50 | CPU p99 |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of rows) {
  console.log(
    `| ${r.name} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${fmt(r.mean)} | ${fmt(r.cpuP50)} | ${fmt(r.cpuP99)} |`,
  );
}
const ratio = {
  p50: combined.p50 / phrases.p50,
  p99: combined.p99 / phrases.p99,
  mean: combined.mean / phrases.mean,
  cpuP99: combined.cpuP99 / phrases.cpuP99,
};
console.log(
  `\nratio combined / phrase lists: p50 ${ratio.p50.toFixed(2)}, p99 ${ratio.p99.toFixed(2)}, mean ${ratio.mean.toFixed(2)}, CPU p99 ${ratio.cpuP99.toFixed(2)}`,
);
console.log(
  `target: p99 under 1 ms a message: wall ${combined.p99 < 1 ? 'met' : 'NOT met'} (${fmt(combined.p99)}), CPU ${combined.cpuP99 < 1 ? 'met' : 'NOT met'} (${fmt(combined.cpuP99)})`,
);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/safety.json',
  JSON.stringify(
    {
      node: process.version,
      date: new Date().toISOString(),
      messages: messages.length,
      rounds,
      rows,
      ratio,
    },
    null,
    2,
  ),
);
