import type { SafetyCategory } from '../config.js';
import type { SafetyConceptName } from '../lexicon/safety-frames.js';
import { SAFETY_PRIORITY } from '../lexicon/safety.js';
import type { Role } from '../messages.js';
import { detectSafetyConcern, type SafetyFinding } from '../safety.js';
import { safetyFeatures } from './features.js';
import type { FrameHit } from './frames.js';
import { loadSafetyModel, predictSafety, type SafetyModel } from './model.js';
import { SAFETY_MODEL_DATA } from './weights.generated.js';

/**
 * What the combined safety check does with a message: show the full crisis card, ask the safety
 * question ("Är du eller någon annan i fara just nu?") with the crisis contacts, or go on.
 */
export type SafetyBand = 'card' | 'ask' | 'none';

/**
 * Where the classifier's crisis probability puts a message. Chosen on cross-validated predictions
 * of the training file and the evaluation set's development part (docs/decisions/0001).
 */
export interface SafetyThresholds {
  /** At or above: the full card. */
  readonly card: number;
  /** At or above, with a full frame: the full card. */
  readonly frameCard: number;
  /** At or above: the safety question. */
  readonly ask: number;
  /** At or above, with a full frame: the safety question. */
  readonly frameAsk: number;
  /** At or above, with a partial frame: the safety question. */
  readonly partialAsk: number;
  /** At or above, with a concept of harm (an act, a substance, a threat…): the safety question. */
  readonly cueAsk: number;
  /**
   * Below this, a message the phrase lists caught gets the safety question instead of the full
   * card ("pappa slog mig när jag var liten", "mamma kommer mörda mig om jag tappar nycklarna"):
   * the floor always stops the flow, the classifier only softens how.
   */
  readonly floorAsk: number;
}

/** The thresholds the bot runs with. */
export const SAFETY_THRESHOLDS: SafetyThresholds = {
  card: 0.85,
  frameCard: 0.8,
  ask: 0.2,
  frameAsk: 0.05,
  partialAsk: 0.15,
  cueAsk: 0.1,
  floorAsk: 0.9,
};

/** The evidence about one message, as {@link decideSafetyBand} weighs it. */
export interface SafetyEvidence {
  /** The phrase lists found something: the floor, never let through. */
  readonly floor: boolean;
  /** The classifier's crisis probability. */
  readonly crisis: number;
  readonly frames: readonly FrameHit[];
  /** A concept of harm was found: more than who, when or what kind of question. */
  readonly cue: boolean;
}

/**
 * The band of a message: an emergency frame (a substance told as taken in a quantity, not as over)
 * first, whatever the probability, since it needs care at once whether or not the writer means to
 * die; then the phrase lists, then the classifier and the frames together.
 */
export function decideSafetyBand(
  evidence: SafetyEvidence,
  t: SafetyThresholds = SAFETY_THRESHOLDS,
): SafetyBand {
  const full = evidence.frames.some((f) => f.full);
  const partial = evidence.frames.length > 0;
  if (evidence.frames.some((f) => f.emergency)) return 'card';
  if (evidence.floor) return evidence.crisis < t.floorAsk ? 'ask' : 'card';
  if (evidence.crisis >= t.card || (full && evidence.crisis >= t.frameCard)) return 'card';
  if (
    evidence.crisis >= t.ask ||
    (full && evidence.crisis >= t.frameAsk) ||
    (partial && evidence.crisis >= t.partialAsk) ||
    (evidence.cue && evidence.crisis >= t.cueAsk)
  ) {
    return 'ask';
  }
  return 'none';
}

/** Whether the concepts found include one of harm, not only who, when or what kind of message. */
export function hasHarmCue(concepts: ReadonlySet<SafetyConceptName>): boolean {
  for (const c of concepts) if (!NEUTRAL_CONCEPTS.has(c)) return true;
  return false;
}

const NEUTRAL_CONCEPTS: ReadonlySet<SafetyConceptName> = new Set([
  'self',
  'friend',
  'adult',
  'child',
  'now',
  'over',
  'generalQuestion',
  'journey',
  'quantity',
  'taken',
  'taking',
]);

/** What the combined safety check found. */
export interface SafetyAssessment {
  readonly band: SafetyBand;
  /** The cards the message points to, the most likely first (empty for `none`). */
  readonly categories: readonly SafetyCategory[];
  /** The classifier's crisis probability. */
  readonly crisis: number;
}

let model: SafetyModel | undefined;

/**
 * The safety check that generalises beyond phrases: the phrase lists of {@link detectSafetyConcern}
 * as a floor (what they find always stops the flow: the full card, or the safety question when the
 * classifier finds the message ordinary, as a memory or a figure of speech), then a classifier
 * trained in this package (a logistic regression over stems, character 4-grams and concept
 * frames) and the frames themselves. Partial evidence gives the `ask` band. Runs in well under a millisecond, offline.
 *
 * @param floor the phrase lists' finding when the caller already has it (saves a second pass)
 *
 * @example
 * ```ts
 * assessSafety('alla skulle ha det bättre utan mig', 'young').band; // "card" or "ask"
 * assessSafety('vad är gruppstöd?', 'parent').band; // "none"
 * ```
 */
export function assessSafety(
  text: string,
  role?: Role | null,
  floor: SafetyFinding | undefined | null = detectSafetyConcern(text, role),
): SafetyAssessment {
  model ??= loadSafetyModel(SAFETY_MODEL_DATA);
  const { features, frames, concepts } = safetyFeatures(text, role, floor?.categories);
  const prediction = predictSafety(model, features);
  const band = decideSafetyBand({
    floor: !!floor,
    crisis: prediction.crisis,
    frames,
    cue: hasHarmCue(concepts),
  });
  if (band === 'none') return { band, categories: [], crisis: prediction.crisis };
  const found = new Set<SafetyCategory>([
    ...(floor?.categories ?? []),
    prediction.category,
    ...frames.filter((f) => f.full).map((f) => f.frame.category),
  ]);
  const categories = floor
    ? [
        ...floor.categories,
        ...SAFETY_PRIORITY.filter((c) => found.has(c) && !floor.categories.includes(c)),
      ]
    : [...found];
  return { band, categories, crisis: prediction.crisis };
}
