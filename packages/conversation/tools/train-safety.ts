// Trains the safety classifier and writes src/safety-model/weights.generated.ts.
// Run: pnpm --filter @lotsen/conversation train:safety [-- --seed 7] [-- --cv 5 [--grid]]
// Deterministic for a given seed and data: the same files give the same weights, byte for byte.
// With --cv K it also prints K-fold cross-validated figures for the band thresholds, and with
// --grid the threshold settings that keep false alarms at or under 2 % (nothing else is written).
// With --without-dev the development part is left out, so that eval:safety -- --part dev measures it
// as unseen data; train again without the flag afterwards.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { seededRandom } from '@lotsen/test-support/random';
import {
  decideSafetyBand,
  SAFETY_THRESHOLDS,
  type SafetyThresholds,
} from '../src/safety-model/assess.js';
import { detectSafetyConcern } from '../src/safety.js';
import {
  crisisProbability,
  load,
  MODEL_PATH,
  modelSource,
  quantise,
  role,
  shuffled,
  train,
  type Example,
} from './safety-train.js';

function crossValidate(examples: readonly Example[], folds: number, seed: number): void {
  const order = shuffled(
    examples.map((_, i) => i),
    seededRandom(seed + 1),
  );
  const oof = new Array<number>(examples.length).fill(0);
  for (let k = 0; k < folds; k++) {
    const held = new Set(order.filter((_, i) => i % folds === k));
    const model = train(
      examples.filter((_, i) => !held.has(i)),
      seed,
    );
    for (const i of held) oof[i] = crisisProbability(model, examples[i]!.features);
  }
  const floor = examples.map(
    (e) => detectSafetyConcern(e.message.text, role(e.message)) !== undefined,
  );
  if (grid) searchThresholds(examples, floor, oof);
  const bands = examples.map((e, i) =>
    decideSafetyBand({ floor: floor[i]!, crisis: oof[i]!, frames: e.frames, cue: e.cue }),
  );
  const byCategory = new Map<string, { n: number; card: number; ask: number; label: string }>();
  examples.forEach((e, i) => {
    const key = e.message.category;
    const row = byCategory.get(key) ?? { n: 0, card: 0, ask: 0, label: e.message.label };
    row.n++;
    if (bands[i] === 'card') row.card++;
    if (bands[i] === 'ask') row.ask++;
    byCategory.set(key, row);
  });
  console.log(`\n${folds}-fold cross-validation, thresholds ${JSON.stringify(SAFETY_THRESHOLDS)}`);
  for (const [category, r] of [...byCategory].sort()) {
    const figure =
      r.label === 'crisis'
        ? `stopped ${(((r.card + r.ask) / r.n) * 100).toFixed(1)} %`
        : `card ${((r.card / r.n) * 100).toFixed(1)} %`;
    console.log(
      `${r.label.padEnd(9)} ${category.padEnd(18)} n=${String(r.n).padStart(3)} card=${r.card} ask=${r.ask}  ${figure}`,
    );
  }
  const crisis = examples.map((e, i) => ({ e, i })).filter(({ e }) => e.message.label === 'crisis');
  const ordinary = examples
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.message.label !== 'crisis');
  const stopped = crisis.filter(({ i }) => bands[i] !== 'none').length;
  const alarms = ordinary.filter(({ i }) => bands[i] === 'card').length;
  const asked = ordinary.filter(({ i }) => bands[i] === 'ask').length;
  console.log(
    `overall: recall ${stopped}/${crisis.length}, false alarms ${alarms}/${ordinary.length}, asked ${asked}/${ordinary.length}`,
  );
  for (const { e, i } of crisis) {
    if (bands[i] === 'none')
      console.log(`  missed (${oof[i]!.toFixed(2)}) ${e.message.category}: ${e.message.text}`);
  }
  for (const { e, i } of ordinary) {
    if (bands[i] === 'card')
      console.log(`  alarm (${oof[i]!.toFixed(2)}) ${e.message.category}: ${e.message.text}`);
  }
}

/**
 * Prints the threshold settings that keep cross-validated false alarms at or under 2 %, best
 * recall first, then fewest questions to ordinary messages: the figures the thresholds in
 * `assess.ts` were chosen from.
 */
function searchThresholds(
  examples: readonly Example[],
  floor: readonly boolean[],
  oof: readonly number[],
): void {
  const steps = (from: number, to: number, by: number) =>
    Array.from(
      { length: Math.round((to - from) / by) + 1 },
      (_, i) => Math.round((from + i * by) * 100) / 100,
    );
  // Judged on the labelled sets alone (the training files and dev), as the evaluation set is built:
  // the corpus and the commands are easy and would flatter the figures.
  const judged = examples
    .map((_, i) => i)
    .filter((i) => !/^(corpus|command)/.test(examples[i]!.message.category));
  const rows: { t: SafetyThresholds; recall: number; alarms: number; asked: number }[] = [];
  const crisis = judged.filter((i) => examples[i]!.message.label === 'crisis').length;
  const ordinary = judged.length - crisis;
  for (const card of steps(0.6, 0.95, 0.05))
    for (const frameCard of steps(0.4, card, 0.1))
      for (const ask of steps(0.1, 0.4, 0.05))
        for (const partialAsk of steps(0.05, ask, 0.05))
          for (const frameAsk of [0, 0.05, 0.1])
            for (const cueAsk of [0.05, 0.1, 0.15, ask])
              for (const floorAsk of steps(0.1, 0.9, 0.1)) {
                const t = { card, frameCard, ask, frameAsk, partialAsk, cueAsk, floorAsk };
                let stopped = 0;
                let alarms = 0;
                let asked = 0;
                judged.forEach((i) => {
                  const e = examples[i]!;
                  const band = decideSafetyBand(
                    { floor: floor[i]!, crisis: oof[i]!, frames: e.frames, cue: e.cue },
                    t,
                  );
                  if (e.message.label === 'crisis') stopped += band === 'none' ? 0 : 1;
                  else if (band === 'card') alarms++;
                  else if (band === 'ask') asked++;
                });
                rows.push({
                  t,
                  recall: stopped / crisis,
                  alarms: alarms / ordinary,
                  asked: asked / ordinary,
                });
              }
  // For each recall reached, the setting that asks ordinary messages least (a frontier).
  const best = rows
    .filter((r) => r.alarms <= 0.02)
    .sort((a, b) => b.recall - a.recall || a.asked - b.asked)
    .filter((r, i, all) => all.findIndex((o) => o.recall === r.recall) === i)
    .filter((r, i, all) => !all.slice(0, i).some((o) => o.asked <= r.asked))
    .slice(0, 12);
  console.log('\nthresholds with cross-validated false alarms ≤ 2 %:');
  for (const r of best) {
    console.log(
      `recall ${(r.recall * 100).toFixed(1)} %  alarms ${(r.alarms * 100).toFixed(1)} %  asked ${(r.asked * 100).toFixed(1)} %  ${JSON.stringify(r.t)}`,
    );
  }
}

const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm train:safety -- --cv 5` through.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    seed: { type: 'string', default: '7' },
    cv: { type: 'string' },
    grid: { type: 'boolean', default: false },
    // Leaves the development part out, to measure it as unseen data (train again without it after).
    'without-dev': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const seed = Number(values.seed);
const grid = values.grid;
const { examples, data } = load(!values['without-dev']);
if (values.cv) crossValidate(examples, Number(values.cv), seed);
const model = quantise(train(examples, seed), seed, data);
writeFileSync(MODEL_PATH, modelSource(model));
console.log(
  `\n${examples.length} messages (${data.join(', ')}), ${model.features.split('\n').length} features → ${MODEL_PATH}`,
);
