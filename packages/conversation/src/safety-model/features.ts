import { indexWords, normalizeText, tokens } from '../normalize.js';
import type { SafetyConceptName } from '../lexicon/safety-frames.js';
import type { SafetyCategory } from '../config.js';
import type { Role } from '../messages.js';
import { findConcepts, findFrames, type FrameHit } from './frames.js';
import { stem } from './stem.js';

/** What the classifier and the frames see of one message. */
export interface SafetyFeatures {
  /** Feature names: stems, stem pairs, character 4-grams, concepts and frames. */
  readonly features: readonly string[];
  readonly concepts: ReadonlySet<SafetyConceptName>;
  readonly frames: readonly FrameHit[];
}

/**
 * Turns a message into features for the safety classifier: the stem of every word (`w:`), pairs of
 * neighbouring stems (`b:`), the character 4-grams of every word with its edges (`c:`; they carry
 * compound parts and misspellings the stems miss), the concepts found (`k:`) and the frames, full
 * (`F:`) or partial (`P:`), who writes (`r:`) and what the phrase lists found (`l:`). Every feature counts once per message.
 */
export function safetyFeatures(
  text: string,
  role?: Role | null,
  floor: readonly SafetyCategory[] = [],
): SafetyFeatures {
  const normalized = normalizeText(text);
  const index = indexWords(normalized);
  const out = new Set<string>([`r:${role ?? 'other'}`, ...floor.map((c) => `l:${c}`)]);
  let previous: string | undefined;
  for (const word of tokens(normalized)) {
    if (word === ',') {
      previous = undefined;
      continue;
    }
    const s = stem(word);
    out.add(`w:${s}`);
    if (previous !== undefined) out.add(`b:${previous}_${s}`);
    previous = s;
    if (word.length >= 3 && !/^\d+$/.test(word)) {
      const padded = `<${word}>`;
      for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
    }
  }
  const concepts = findConcepts(normalized, index);
  for (const c of concepts) out.add(`k:${c}`);
  const frames = findFrames(concepts);
  for (const f of frames) out.add(`${f.full ? 'F' : 'P'}:${f.frame.name}`);
  return { features: [...out], concepts, frames };
}
