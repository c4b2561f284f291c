// The training of the safety classifier, shared by the command (train-safety.ts) and the test that
// checks the checked-in weights are what the data gives: a multinomial logistic regression by seeded
// stochastic gradient descent over the features of safetyFeatures. Deterministic for a given seed
// and data: the same files give the same weights, byte for byte.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@lotsen/test-support/random';
import {
  SAFETY_CLASSES,
  scoreFeatures,
  softmax,
  type SafetyClass,
  type SafetyModelData,
} from '../src/safety-model/model.js';
import { hasHarmCue } from '../src/safety-model/assess.js';
import { safetyFeatures } from '../src/safety-model/features.js';
import { COMMAND_PHRASES, INTENT_RULES, SHORT_ANSWER_RULES } from '../src/lexicon/intents.js';
import type { Role } from '../src/messages.js';
import { SAFETY_ANSWER_NO_PHRASES } from '../src/lexicon/safety.js';
import { detectSafetyConcern } from '../src/safety.js';
import type { FrameHit } from '../src/safety-model/frames.js';
import { cardOf, readSafetyMessages, type SafetyMessage } from './safety-data.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the trained model is written. */
export const MODEL_PATH = join(root, 'src', 'safety-model', 'weights.generated.ts');

/** The TypeScript module that holds a trained model. */
export function modelSource(model: SafetyModelData): string {
  return (
    `// Written by \`pnpm --filter @lotsen/conversation train:safety\` (tools/train-safety.ts); do not edit.\n` +
    `import type { SafetyModelData } from './model.js';\n\n` +
    `/** The trained safety classifier. */\n` +
    `export const SAFETY_MODEL_DATA: SafetyModelData = ${JSON.stringify(model, null, 2)};\n`
  );
}

/** A message as the trainer sees it. */
export interface Example {
  readonly message: SafetyMessage;
  readonly features: readonly string[];
  readonly frames: readonly FrameHit[];
  /** A concept of harm was found (see `hasHarmCue`). */
  readonly cue: boolean;
  readonly y: number;
}

export function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export const role = (m: SafetyMessage) => (m.role === 'other' ? null : m.role);

export function featuresOf(text: string, writer: Role | null) {
  const floor = detectSafetyConcern(text, writer)?.categories ?? [];
  return safetyFeatures(text, writer, floor);
}

export function toExample(message: SafetyMessage): Example {
  const { features, frames, concepts } = featuresOf(message.text, role(message));
  const card = cardOf(message);
  return {
    message,
    features,
    frames,
    cue: hasHarmCue(concepts),
    y: SAFETY_CLASSES.indexOf(card ?? 'ordinary'),
  };
}

export interface Trained {
  readonly vocab: Map<string, number>;
  readonly weights: Float64Array;
  readonly bias: number[];
}

const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-3;
const MIN_COUNT = 2;

/** Multinomial logistic regression by stochastic gradient descent, seeded. */
export function train(examples: readonly Example[], seed: number): Trained {
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
  const next = seededRandom(seed);
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

export function crisisProbability(model: Trained, features: readonly string[]): number {
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

export function quantise(model: Trained, seed: number, data: readonly string[]): SafetyModelData {
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
export function corpusExamples(): Example[] {
  const corpus = JSON.parse(readFileSync(join(root, 'corpus', 'utterances.json'), 'utf8')) as {
    utterances: { text: string; context?: { role?: Role }; expect: { safety: string } }[];
  };
  return corpus.utterances.map((u, i) => {
    const { features, frames, concepts } = featuresOf(u.text, u.context?.role ?? null);
    const y = SAFETY_CLASSES.indexOf(
      u.expect.safety === 'none' ? 'ordinary' : (u.expect.safety as SafetyClass),
    );
    const message: SafetyMessage = {
      id: `corpus-${i}`,
      text: u.text,
      lang: 'sv',
      role: u.context?.role ?? 'other',
      label: y === 0 ? 'ordinary' : 'crisis',
      category: y === 0 ? 'corpus' : 'corpus_crisis',
      source: 'corpus/utterances.json',
    };
    return { message, features, frames, cue: hasHarmCue(concepts), y };
  });
}

/**
 * The bot's own commands and short answers ("försök igen", "börja om", "ja", "nej", "nej, ingen
 * fara") as ordinary messages: short texts the classifier must not mistake for anything, taken
 * from the intent tables and the answers to the safety question (pattern syntax left out).
 */
export function commandExamples(): Example[] {
  const phrases = [
    ...Object.values(COMMAND_PHRASES).flatMap((byLanguage) => Object.values(byLanguage).flat()),
    ...INTENT_RULES.flatMap((r) => r.phrases),
    ...SHORT_ANSWER_RULES.flatMap((r) => r.phrases),
    ...SAFETY_ANSWER_NO_PHRASES,
    ...SAFETY_ANSWER_NO_PHRASES.map((p) => `nej, ${p}`),
  ].filter((p) => !/[*|~]/.test(p));
  // From every kind of writer, so that who writes never makes a short message a crisis alone.
  const writers = ['young', 'parent', 'staff', 'other'] as const;
  return [...new Set(phrases)].sort().flatMap((text, i) =>
    writers.map((writer) => {
      const { features, frames, concepts } = featuresOf(text, writer === 'other' ? null : writer);
      const message: SafetyMessage = {
        id: `command-${i}-${writer}`,
        text,
        lang: 'sv',
        role: writer,
        label: 'ordinary',
        category: 'command',
        source: 'src/lexicon/intents.ts, src/lexicon/safety.ts',
      };
      return { message, features, frames, cue: hasHarmCue(concepts), y: 0 };
    }),
  );
}

export function load(withDev = true): { examples: Example[]; data: string[] } {
  const files = readdirSync(join(root, 'safety-train'))
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join('safety-train', f));
  const dev = join('safety-eval', 'dev.jsonl');
  if (withDev && existsSync(join(root, dev))) files.push(dev);
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
