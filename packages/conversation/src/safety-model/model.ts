import { SAFETY_CATEGORIES, type SafetyCategory } from '../config.js';

/** The classes of the safety classifier: an ordinary message, or the crisis card it needs. */
export const SAFETY_CLASSES = ['ordinary', ...SAFETY_CATEGORIES] as const;
/** A class of the safety classifier. */
export type SafetyClass = (typeof SAFETY_CLASSES)[number];

/**
 * A trained safety classifier as it is checked in (`weights.generated.ts`, written by
 * `pnpm --filter @lotsen/conversation train:safety`): a multinomial logistic regression over the
 * features of `safetyFeatures`. The weights are quantised to signed bytes (`weight = byte * scale`)
 * and stored as base64, one row of `classes.length` bytes per feature, to keep the bundle small.
 */
export interface SafetyModelData {
  readonly version: 1;
  readonly classes: readonly string[];
  /** The seed the training ran with, and what it ran on (file names and message counts). */
  readonly trainedWith: { readonly seed: number; readonly data: readonly string[] };
  /** Feature names, one a line. */
  readonly features: string;
  readonly scale: number;
  readonly weights: string;
  readonly bias: readonly number[];
}

/** A loaded classifier. */
export interface SafetyModel {
  readonly classes: readonly SafetyClass[];
  readonly rows: ReadonlyMap<string, number>;
  readonly weights: Int8Array;
  readonly scale: number;
  readonly bias: readonly number[];
}

/** Decodes checked-in model data; throws when it does not fit the classes of this package. */
export function loadSafetyModel(data: SafetyModelData): SafetyModel {
  if (data.classes.join() !== SAFETY_CLASSES.join()) {
    throw new Error(`Safety model classes ${data.classes.join()} are not ${SAFETY_CLASSES.join()}`);
  }
  const names = data.features.length === 0 ? [] : data.features.split('\n');
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (weights.length !== names.length * SAFETY_CLASSES.length) {
    throw new Error('Safety model weights do not match its features');
  }
  return {
    classes: SAFETY_CLASSES,
    rows: new Map(names.map((n, i) => [n, i * SAFETY_CLASSES.length])),
    weights,
    scale: data.scale,
    bias: data.bias,
  };
}

/** The raw class scores (logits) of a message's features, with weights as given. */
export function scoreFeatures(
  features: readonly string[],
  weightOf: (feature: string, k: number) => number,
  bias: readonly number[],
): number[] {
  // Longer messages have more features; dividing by the root keeps their scores comparable.
  const norm = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  const logits = [...bias];
  for (const f of features) {
    for (let k = 0; k < logits.length; k++) logits[k]! += weightOf(f, k) * norm;
  }
  return logits;
}

/** Softmax of logits, in place of nothing: a new array. */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** What the classifier says of a message. */
export interface SafetyPrediction {
  /** The probability that the message is a crisis (1 − P(ordinary)). */
  readonly crisis: number;
  /** The most likely card, among the crisis classes. */
  readonly category: SafetyCategory;
}

/** Runs the classifier on a message's features. */
export function predictSafety(model: SafetyModel, features: readonly string[]): SafetyPrediction {
  // scoreFeatures asks for every class of a feature in a row: its row is looked up once.
  let feature: string | undefined;
  let row: number | undefined;
  const logits = scoreFeatures(
    features,
    (f, k) => {
      if (f !== feature) {
        feature = f;
        row = model.rows.get(f);
      }
      return row === undefined ? 0 : model.weights[row + k]! * model.scale;
    },
    model.bias,
  );
  const p = softmax(logits);
  let best = 1;
  for (let k = 2; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return { crisis: 1 - p[0]!, category: model.classes[best] as SafetyCategory };
}
