import {
  SAFETY_CONCEPTS,
  SAFETY_FRAMES,
  type CountedNumber,
  type SafetyConcept,
  type SafetyConceptName,
  type SafetyFrame,
} from '../lexicon/safety-frames.js';
import {
  candidatePhrases,
  compileIndexedPhrase,
  indexWords,
  matchesAnyPhrase,
  normalizeText,
  phraseTable,
  type Phrase,
  type PhraseTable,
  type WordIndex,
} from '../normalize.js';

interface CompiledConcept {
  readonly name: SafetyConceptName;
  readonly phrases: readonly Phrase[];
  readonly parts: readonly string[];
  readonly counted: CountedNumber | undefined;
}

let compiled: Map<SafetyConceptName, CompiledConcept> | undefined;
let table:
  { readonly concepts: readonly CompiledConcept[]; readonly phrases: PhraseTable } | undefined;

/** Every concept's phrases in one table, so a message only tries the phrases its words can start. */
function conceptTable() {
  if (table) return table;
  const list = [...concepts().values()];
  table = { concepts: list, phrases: phraseTable(list.map((c) => c.phrases)) };
  return table;
}

function concepts(): Map<SafetyConceptName, CompiledConcept> {
  compiled ??= new Map(
    (Object.keys(SAFETY_CONCEPTS) as SafetyConceptName[]).map((name) => {
      const concept: SafetyConcept = SAFETY_CONCEPTS[name];
      return [
        name,
        {
          name,
          phrases: concept.phrases.map(compileIndexedPhrase),
          parts: (concept.parts ?? []).map((p) => normalizeText(p)),
          counted: concept.counted,
        },
      ];
    }),
  );
  return compiled;
}

function matchesConcept(concept: CompiledConcept, normalized: string, index: WordIndex): boolean {
  return matchesAnyPhrase(concept.phrases, normalized, index) || matchesParts(concept, index);
}

/** Whether a part of the concept is inside one of the message's longer words (a compound). */
function matchesParts(concept: CompiledConcept, index: WordIndex): boolean {
  return (
    concept.parts.length > 0 &&
    index.list.some((w) => w.length >= 6 && concept.parts.some((p) => w.includes(p)))
  );
}

/** A number in digits with an optional unit written onto it: "20", "500mg", "3g". */
const DIGITS = /^(\d+)([a-z]*)$/;

/** Whether a number written in digits in the message counts as the concept (see CountedNumber). */
function hasCountedNumber(rule: CountedNumber, list: readonly string[]): boolean {
  const near = concept(rule.near);
  const across = rule.notAcross.map(concept);
  return list.some((word, i) => {
    const m = DIGITS.exec(word);
    if (!m) return false;
    const written = m[2] ? m[2] : undefined;
    const unit = written ?? list[i + 1];
    if (unit !== undefined && unit in rule.units) {
      return Number(m[1]) * rule.units[unit]! >= rule.min;
    }
    if (written !== undefined || Number(m[1]) < rule.min) return false;
    if (unit !== undefined && rule.notBefore.includes(unit)) return false;
    // The concept may start up to `within` words on, and run one word further ("sleeping pills").
    for (let j = i + 1; j <= i + 1 + rule.within && j < list.length && list[j] !== ','; j++) {
      if (across.some((c) => matchesWords(c, [list[j]!]))) return false;
      const here = list.slice(j, j + 2).filter((w) => w !== ',');
      if (matchesWords(near, here)) return true;
    }
    return false;
  });
}

function concept(name: string): CompiledConcept {
  const found = concepts().get(name as SafetyConceptName);
  if (!found) throw new Error(`Unknown concept "${name}" in a counted number`);
  return found;
}

function matchesWords(c: CompiledConcept, words: readonly string[]): boolean {
  const text = words.join(' ');
  return matchesConcept(c, text, indexWords(text));
}

/**
 * The concepts found in folded text. A part is looked for inside longer words only (a compound
 * split), so "könsstympningen" holds "stympning" and "mordhotet" holds "hot". A number in digits is
 * a quantity only next to a substance or before a unit ("20 alvedon", "3 g"), never an age.
 */
export function findConcepts(normalized: string, index: WordIndex): Set<SafetyConceptName> {
  const { concepts: all, phrases } = conceptTable();
  const candidates = candidatePhrases(phrases, index);
  const found = new Set<SafetyConceptName>();
  // In the concepts' own order, as matching each concept in turn would find them.
  all.forEach((concept, i) => {
    const matched =
      candidates[i]?.some((p) => {
        const re = concept.phrases[p]!.re;
        re.lastIndex = 0;
        return re.test(normalized);
      }) ||
      matchesParts(concept, index) ||
      (concept.counted && hasCountedNumber(concept.counted, index.list));
    if (matched) found.add(concept.name);
  });
  return found;
}

/** A frame found in a message: all its concept groups (`full`), or its core and all but one. */
export interface FrameHit {
  readonly frame: SafetyFrame;
  readonly full: boolean;
  /** A full frame that is an emergency (see `SafetyFrame.emergency`): the full card. */
  readonly emergency: boolean;
}

/** The frames the concepts make up, full ones first. */
export function findFrames(found: ReadonlySet<SafetyConceptName>): FrameHit[] {
  const hits: FrameHit[] = [];
  for (const frame of SAFETY_FRAMES) {
    const met = frame.groups.map((g) => g.some((c) => found.has(c)));
    if (!met[0]) continue;
    const count = met.filter(Boolean).length;
    if (count === met.length) {
      const e = frame.emergency;
      hits.push({
        frame,
        full: true,
        emergency: !!e && found.has(e.needs) && !found.has(e.unless),
      });
    } else if (count === met.length - 1 && met.length > 2) {
      hits.push({ frame, full: false, emergency: false });
    }
  }
  return hits.sort((a, b) => Number(b.full) - Number(a.full));
}
