// Trains the safety classifier and writes src/safety-model/weights.generated.ts.
// Run: pnpm --filter @lotsen/conversation train:safety [-- --seed 7] [-- --cv 5]
// Deterministic for a given seed and data: the same files give the same weights, byte for byte.
// With --cv K it also prints K-fold cross-validated figures for the band thresholds (nothing written
// by the cross-validation itself).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  SAFETY_CLASSES,
  scoreFeatures,
  type SafetyClass,
  softmax,
  type SafetyModelData,
} from '../src/safety-model/model.js';
import { safetyFeatures } from '../src/safety-model/features.js';
import {
  decideSafetyBand,
  SAFETY_THRESHOLDS,
  type SafetyThresholds,
} from '../src/safety-model/assess.js';
import { COMMAND_PHRASES, INTENT_RULES, SHORT_ANSWER_RULES } from '../src/lexicon/intents.js';
import type { Role } from '../src/messages.js';
import { detectSafetyConcern } from '../src/safety.js';
import type { FrameHit } from '../src/safety-model/frames.js';
import { cardOf, readSafetyMessages, type SafetyMessage } from './safety-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A message as the trainer sees it. */
interface Example {
  readonly message: SafetyMessage;
  readonly features: readonly string[];
  readonly frames: readonly FrameHit[];
  readonly y: number;
}

/** A small, seedable generator (mulberry32), so shuffles repeat exactly. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const role = (m: SafetyMessage) => (m.role === 'other' ? null : m.role);

function featuresOf(text: string, writer: Role | null) {
  const floor = detectSafetyConcern(text, writer)?.categories ?? [];
  return safetyFeatures(text, writer, floor);
}

function toExample(message: SafetyMessage): Example {
  const { features, frames } = featuresOf(message.text, role(message));
  const card = cardOf(message);
  return { message, features, frames, y: SAFETY_CLASSES.indexOf(card ?? 'ordinary') };
}

interface Trained {
  readonly vocab: Map<string, number>;
  readonly weights: Float64Array;
  readonly bias: number[];
}

const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-3;
const MIN_COUNT = 2;

/** Multinomial logistic regression by stochastic gradient descent, seeded. */
function train(examples: readonly Example[], seed: number): Trained {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= MIN_COUNT).sort();
  const vocab = new Map(names.map((n, i) => [n, i]));
  const K = SAFETY_CLASSES.length;
  const weights = new Float64Array(names.length * K);
  const bias = new Array<number>(K).fill(0);
  // Crisis and ordinary messages weigh the same in total, whatever their counts.
  const crisisCount = examples.filter((e) => e.y !== 0).length;
  const weightOf = (e: Example) =>
    examples.length / (2 * (e.y === 0 ? examples.length - crisisCount : crisisCount));
  const next = random(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch * 0.1);
    for (const e of shuffled(examples, next)) {
      const rows = e.features.map((f) => vocab.get(f)).filter((r) => r !== undefined);
      const norm = e.features.length > 0 ? 1 / Math.sqrt(e.features.length) : 0;
      const logits = [...bias];
      for (const r of rows) for (let k = 0; k < K; k++) logits[k]! += weights[r * K + k]! * norm;
      const p = softmax(logits);
      const w = weightOf(e);
      for (let k = 0; k < K; k++) {
        const g = w * (p[k]! - (k === e.y ? 1 : 0));
        bias[k]! -= rate * g;
        for (const r of rows) {
          const i = r * K + k;
          weights[i] = weights[i]! - rate * (g * norm + L2 * weights[i]!);
        }
      }
    }
  }
  return { vocab, weights, bias };
}

function crisisProbability(model: Trained, features: readonly string[]): number {
  const K = SAFETY_CLASSES.length;
  const logits = scoreFeatures(
    features,
    (f, k) => {
      const r = model.vocab.get(f);
      return r === undefined ? 0 : model.weights[r * K + k]!;
    },
    model.bias,
  );
  return 1 - softmax(logits)[0]!;
}

function quantise(model: Trained, seed: number, data: readonly string[]): SafetyModelData {
  const max = model.weights.reduce((m, w) => Math.max(m, Math.abs(w)), 0) || 1;
  const scale = max / 127;
  const bytes = Int8Array.from(model.weights, (w) => Math.round(w / scale));
  const names = [...model.vocab.keys()];
  return {
    version: 1,
    classes: [...SAFETY_CLASSES],
    trainedWith: { seed, data: [...data] },
    features: names.join('\n'),
    scale,
    weights: Buffer.from(bytes.buffer).toString('base64'),
    bias: model.bias.map((b) => Math.round(b * 1e6) / 1e6),
  };
}

/**
 * The understanding corpus (corpus/utterances.json) as training messages: its safety expectations
 * are labels too (a category is the card, "none" is ordinary), and its 176 ordinary messages are the
 * questions the bot exists for.
 */
function corpusExamples(): Example[] {
  const corpus = JSON.parse(readFileSync(join(root, 'corpus', 'utterances.json'), 'utf8')) as {
    utterances: { text: string; context?: { role?: Role }; expect: { safety: string } }[];
  };
  return corpus.utterances.map((u, i) => {
    const { features, frames } = featuresOf(u.text, u.context?.role ?? null);
    const y = SAFETY_CLASSES.indexOf(u.expect.safety === 'none' ? 'ordinary' : (u.expect.safety as SafetyClass));
    const message: SafetyMessage = {
      id: `corpus-${i}`,
      text: u.text,
      lang: 'sv',
      role: u.context?.role ?? 'other',
      label: y === 0 ? 'ordinary' : 'crisis',
      category: y === 0 ? 'corpus' : 'corpus_crisis',
      source: 'corpus/utterances.json',
    };
    return { message, features, frames, y };
  });
}

/**
 * The bot's own commands and short answers ("försök igen", "börja om", "ja", "nej") as ordinary
 * messages: short texts the classifier must not mistake for anything, taken from the intent tables
 * (phrases with pattern syntax left out).
 */
function commandExamples(): Example[] {
  const phrases = [
    ...Object.values(COMMAND_PHRASES).flatMap((byLanguage) => Object.values(byLanguage).flat()),
    ...INTENT_RULES.flatMap((r) => r.phrases),
    ...SHORT_ANSWER_RULES.flatMap((r) => r.phrases),
  ].filter((p) => !/[*|~]/.test(p));
  return [...new Set(phrases)].sort().map((text, i) => {
    const { features, frames } = featuresOf(text, null);
    const message: SafetyMessage = {
      id: `command-${i}`,
      text,
      lang: 'sv',
      role: 'other',
      label: 'ordinary',
      category: 'command',
      source: 'src/lexicon/intents.ts',
    };
    return { message, features, frames, y: 0 };
  });
}

function load(): { examples: Example[]; data: string[] } {
  const files = readdirSync(join(root, 'safety-train'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join('safety-train', f));
  const dev = join('safety-eval', 'dev.jsonl');
  if (existsSync(join(root, dev))) files.push(dev);
  const corpus = corpusExamples();
  const commands = commandExamples();
  const examples: Example[] = [...corpus, ...commands];
  const data: string[] = [
    `corpus/utterances.json (${corpus.length})`,
    `src/lexicon/intents.ts (${commands.length})`,
  ];
  for (const file of files) {
    const messages = readSafetyMessages(join(root, file));
    data.push(`${file} (${messages.length})`);
    examples.push(...messages.map(toExample));
  }
  return { examples, data };
}

function crossValidate(examples: readonly Example[], folds: number, seed: number): void {
  const order = shuffled(
    examples.map((_, i) => i),
    random(seed + 1),
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
    decideSafetyBand({ floor: floor[i]!, crisis: oof[i]!, frames: e.frames }),
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
  const ordinary = examples.map((e, i) => ({ e, i })).filter(({ e }) => e.message.label !== 'crisis');
  const stopped = crisis.filter(({ i }) => bands[i] !== 'none').length;
  const alarms = ordinary.filter(({ i }) => bands[i] === 'card').length;
  const asked = ordinary.filter(({ i }) => bands[i] === 'ask').length;
  console.log(
    `overall: recall ${stopped}/${crisis.length}, false alarms ${alarms}/${ordinary.length}, asked ${asked}/${ordinary.length}`,
  );
  for (const { e, i } of crisis) {
    if (bands[i] === 'none') console.log(`  missed (${oof[i]!.toFixed(2)}) ${e.message.category}: ${e.message.text}`);
  }
  for (const { e, i } of ordinary) {
    if (bands[i] === 'card') console.log(`  alarm (${oof[i]!.toFixed(2)}) ${e.message.category}: ${e.message.text}`);
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
    Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => Math.round((from + i * by) * 100) / 100);
  const rows: { t: SafetyThresholds; recall: number; alarms: number; asked: number }[] = [];
  const crisis = examples.filter((e) => e.message.label === 'crisis').length;
  const ordinary = examples.length - crisis;
  for (const card of steps(0.6, 0.95, 0.05))
    for (const frameCard of steps(0.4, card, 0.1))
      for (const ask of steps(0.1, 0.4, 0.05))
        for (const partialAsk of steps(0.05, ask, 0.05))
          for (const floorAsk of steps(0.1, 0.9, 0.1)) {
            const t = { card, frameCard, ask, partialAsk, floorAsk };
            let stopped = 0;
            let alarms = 0;
            let asked = 0;
            examples.forEach((e, i) => {
              const band = decideSafetyBand({ floor: floor[i]!, crisis: oof[i]!, frames: e.frames }, t);
              if (e.message.label === 'crisis') stopped += band === 'none' ? 0 : 1;
              else if (band === 'card') alarms++;
              else if (band === 'ask') asked++;
            });
            rows.push({ t, recall: stopped / crisis, alarms: alarms / ordinary, asked: asked / ordinary });
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
  },
  allowPositionals: true,
});
const seed = Number(values.seed);
const grid = values.grid;
const { examples, data } = load();
if (values.cv) crossValidate(examples, Number(values.cv), seed);
const model = quantise(train(examples, seed), seed, data);
const out = join(root, 'src', 'safety-model', 'weights.generated.ts');
writeFileSync(
  out,
  `// Written by \`pnpm --filter @lotsen/conversation train:safety\` (tools/train-safety.ts); do not edit.\n` +
    `import type { SafetyModelData } from './model.js';\n\n` +
    `/** The trained safety classifier. */\n` +
    `export const SAFETY_MODEL_DATA: SafetyModelData = ${JSON.stringify(model, null, 2)};\n`,
);
console.log(`\n${examples.length} messages (${data.join(', ')}), ${model.features.split('\n').length} features → ${out}`);
