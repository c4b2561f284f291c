import {
  SAFETY_CONCEPTS,
  SAFETY_FRAMES,
  type SafetyConceptName,
  type SafetyFrame,
} from '../lexicon/safety-frames.js';
import {
  compileIndexedPhrase,
  matchesAnyPhrase,
  normalizeText,
  type Phrase,
  type WordIndex,
} from '../normalize.js';

interface CompiledConcept {
  readonly name: SafetyConceptName;
  readonly phrases: readonly Phrase[];
  readonly parts: readonly string[];
}

let compiled: CompiledConcept[] | undefined;

function concepts(): CompiledConcept[] {
  compiled ??= (Object.keys(SAFETY_CONCEPTS) as SafetyConceptName[]).map((name) => {
    const concept: { phrases: readonly string[]; parts?: readonly string[] } =
      SAFETY_CONCEPTS[name];
    return {
      name,
      phrases: concept.phrases.map(compileIndexedPhrase),
      parts: (concept.parts ?? []).map((p) => normalizeText(p)),
    };
  });
  return compiled;
}

/**
 * The concepts found in folded text. A part is looked for inside longer words only (a compound
 * split), so "könsstympningen" holds "stympning" and "mordhotet" holds "hot".
 */
export function findConcepts(normalized: string, index: WordIndex): Set<SafetyConceptName> {
  const found = new Set<SafetyConceptName>();
  for (const concept of concepts()) {
    if (matchesAnyPhrase(concept.phrases, normalized, index)) {
      found.add(concept.name);
      continue;
    }
    if (
      concept.parts.length > 0 &&
      index.list.some((w) => w.length >= 6 && concept.parts.some((p) => w.includes(p)))
    ) {
      found.add(concept.name);
    }
  }
  return found;
}

/** A frame found in a message: all its concept groups (`full`), or its core and all but one. */
export interface FrameHit {
  readonly frame: SafetyFrame;
  readonly full: boolean;
}

/** The frames the concepts make up, full ones first. */
export function findFrames(found: ReadonlySet<SafetyConceptName>): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const frame of SAFETY_FRAMES) {
    const met = frame.groups.map((g) => g.some((c) => found.has(c)));
    if (!met[0]) continue;
    const count = met.filter(Boolean).length;
    if (count === met.length) hits.push({ frame, full: true });
    else if (count === met.length - 1 && met.length > 2) hits.push({ frame, full: false });
  }
  return hits.sort((a, b) => Number(b.full) - Number(a.full));
}
